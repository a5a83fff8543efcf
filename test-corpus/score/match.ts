import type { Span } from "../../src/extract/types.js";

/**
 * One-to-one matching of predicted quotations against gold quotations.
 *
 * A quotation is a list of spans (a split or multi-paragraph quote has several).
 * - exact: same number of spans and every span equal, after trimming whitespace at
 *   each span's edges (`« Bonjour »` with inner spaces is the same quote either way).
 *   A split quote returned as two separate quotes is therefore NOT an exact match.
 * - overlap: the quotations share at least one character (over all their spans), and,
 *   when `minRatio` > 0, shared / union characters ≥ minRatio. Each gold quote is paired
 *   with at most one prediction and vice versa: pairs are taken greedily by the number
 *   of shared characters, largest first (ties in document order), so a prediction that
 *   swallows three gold quotes counts for one of them and the other two are misses.
 */

export interface Pair {
  gold: number;
  pred: number;
}

/** Sorted, disjoint, non-empty spans (robust to overlapping or unordered input). */
export function canonicalSpans(spans: readonly Span[]): Span[] {
  const sorted = spans
    .filter((s) => s.end > s.start)
    .map((s) => ({ start: s.start, end: s.end }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push(s);
  }
  return out;
}

export function spanLength(spans: readonly Span[]): number {
  let n = 0;
  for (const s of spans) n += s.end - s.start;
  return n;
}

/** Characters covered by both span lists (each canonical). */
export function sharedLength(a: readonly Span[], b: readonly Span[]): number {
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    shared += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
    if (x.end <= y.end) i++;
    else j++;
  }
  return shared;
}

const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);

/** The span without whitespace at its edges. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  return { start, end };
}

function exactKey(text: string, spans: readonly Span[]): string {
  return spans
    .map((s) => trimSpan(text, s))
    .map((s) => `${s.start}:${s.end}`)
    .join(",");
}

/** Pairs of gold/predicted quotations whose spans are all equal (see the module comment). */
export function matchExact(
  text: string,
  gold: readonly { spans: readonly Span[] }[],
  pred: readonly { spans: readonly Span[] }[],
): Pair[] {
  const byKey = new Map<string, number[]>();
  pred.forEach((p, index) => {
    const key = exactKey(text, p.spans);
    const list = byKey.get(key);
    if (list) list.push(index);
    else byKey.set(key, [index]);
  });
  const pairs: Pair[] = [];
  gold.forEach((g, index) => {
    const candidates = byKey.get(exactKey(text, g.spans));
    const predIndex = candidates?.shift();
    if (predIndex !== undefined) pairs.push({ gold: index, pred: predIndex });
  });
  return pairs;
}

/**
 * Pairs of gold/predicted quotations that overlap (see the module comment). `fixed`
 * pairs (the exact matches) are kept first, so every exact match is also an overlap match.
 */
export function matchOverlap(
  gold: readonly { spans: readonly Span[] }[],
  pred: readonly { spans: readonly Span[] }[],
  { minRatio = 0, fixed = [] }: { minRatio?: number; fixed?: readonly Pair[] } = {},
): Pair[] {
  const g = gold.map((q) => canonicalSpans(q.spans));
  const p = pred.map((q) => canonicalSpans(q.spans));
  const candidates: (Pair & { shared: number })[] = [];
  for (let i = 0; i < g.length; i++) {
    const gi = g[i]!;
    if (gi.length === 0) continue;
    const gStart = gi[0]!.start;
    const gEnd = gi[gi.length - 1]!.end;
    for (let j = 0; j < p.length; j++) {
      const pj = p[j]!;
      if (pj.length === 0 || pj[0]!.start >= gEnd || pj[pj.length - 1]!.end <= gStart) continue;
      const shared = sharedLength(gi, pj);
      if (shared === 0) continue;
      const union = spanLength(gi) + spanLength(pj) - shared;
      if (minRatio > 0 && shared / union < minRatio) continue;
      candidates.push({ gold: i, pred: j, shared });
    }
  }
  candidates.sort((a, b) => b.shared - a.shared || a.gold - b.gold || a.pred - b.pred);
  const goldTaken = new Set(fixed.map((f) => f.gold));
  const predTaken = new Set(fixed.map((f) => f.pred));
  const pairs: Pair[] = fixed.map((f) => ({ gold: f.gold, pred: f.pred }));
  for (const c of candidates) {
    if (goldTaken.has(c.gold) || predTaken.has(c.pred)) continue;
    goldTaken.add(c.gold);
    predTaken.add(c.pred);
    pairs.push({ gold: c.gold, pred: c.pred });
  }
  return pairs.sort((a, b) => a.gold - b.gold);
}
