// Quotes drawn from the store's own statements, with the changes newspapers make, and
// where each one truly comes from. Deterministic: the same seed gives the same probes.
import type { Statement } from "../src/index.js";
import { tokenizeWords } from "../src/index.js";

export const VARIANTS = ["exact", "typography", "edit10", "edit25", "ellipsis", "bracket"] as const;
export type Variant = (typeof VARIANTS)[number];

export interface Probe {
  length: number;
  variant: Variant;
  query: string;
  source: Statement;
  /** The span of `source.text` the quote was taken from. */
  expected: { start: number; end: number };
}

interface Word {
  start: number;
  end: number;
}

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)]!;
}

/** Curly for straight quotes and back, dashes, case of a word, extra and no-break spaces. */
function retype(text: string, random: () => number): string {
  let out = text
    .replace(/’/g, "'")
    .replace(/'/g, () => (random() < 0.7 ? "’" : "'"))
    .replace(/"([^"]*)"/g, "“$1”")
    .replace(/ — /g, () => pick([" -- ", "—", " – "], random));
  out = out.replace(/ /g, () => (random() < 0.1 ? pick(["  ", "\u00a0", " \u200b"], random) : " "));
  return out.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}

/**
 * `count` probes of `length` quoted words per variant. Edits replace, drop or insert
 * words (a replacement or insertion is a real word from another statement); the
 * ellipsis variant leaves out a run of inner words; the bracket variant replaces one or
 * two inner words with a bracketed word.
 */
export function makeProbes(
  statements: readonly Statement[],
  lengths: readonly number[],
  variants: readonly Variant[],
  count: number,
  random: () => number,
): Probe[] {
  const probes: Probe[] = [];
  const wordsOf = new Map<Statement, Word[]>();
  const words = (s: Statement) => {
    let w = wordsOf.get(s);
    if (!w) {
      w = tokenizeWords(s.text).words;
      wordsOf.set(s, w);
    }
    return w;
  };
  const randomWord = (): string => {
    for (;;) {
      const s = pick(statements, random);
      const w = words(s);
      if (w.length > 0) {
        const word = pick(w, random);
        return s.text.slice(word.start, word.end);
      }
    }
  };
  for (const length of lengths) {
    for (const variant of variants) {
      let made = 0;
      let tries = 0;
      while (made < count && tries++ < count * 1000) {
        const source = pick(statements, random);
        const w = words(source);
        const omitted = variant === "ellipsis" ? Math.max(2, Math.round(length / 3)) : 0;
        const span = length + omitted;
        if (w.length < span + 2) continue;
        const a = Math.floor(random() * (w.length - span));
        const z = a + span - 1;
        const expected = { start: w[a]!.start, end: w[z]!.end };
        const slice = (from: number, to: number) => source.text.slice(w[from]!.start, w[to]!.end);
        let query: string;
        if (variant === "exact") {
          query = slice(a, z);
        } else if (variant === "typography") {
          query = retype(slice(a, z), random);
        } else if (variant === "edit10" || variant === "edit25") {
          // Each part remembers the source word it came from, so that the expected passage is
          // the tightest one: from the first to the last source word the quote kept.
          const parts = Array.from({ length: span }, (_, k) => ({
            text: slice(a + k, a + k),
            from: (a + k) as number | undefined,
          }));
          const edits = Math.max(1, Math.round(length * (variant === "edit10" ? 0.1 : 0.25)));
          const touched = new Set<number>();
          for (let e = 0; e < edits; e++) {
            let at: number;
            do at = Math.floor(random() * parts.length);
            while (touched.has(at) && touched.size < parts.length);
            touched.add(at);
            const op = random();
            if (op < 0.6) parts[at] = { text: randomWord(), from: undefined };
            else if (op < 0.8) parts[at] = { text: "", from: undefined };
            else parts[at] = { text: `${parts[at]!.text} ${randomWord()}`, from: parts[at]!.from };
          }
          const kept = parts.map((p) => p.from).filter((k): k is number => k !== undefined);
          if (kept.length === 0) continue;
          expected.start = w[kept[0]!]!.start;
          expected.end = w[kept[kept.length - 1]!]!.end;
          query = parts
            .map((p) => p.text)
            .filter(Boolean)
            .join(" ");
        } else if (variant === "ellipsis") {
          const cut = a + 1 + Math.floor(random() * (length - 1));
          query = `${slice(a, cut - 1)} … ${slice(cut + omitted, z)}`;
        } else {
          const at = a + 1 + Math.floor(random() * (length - 2));
          const run = random() < 0.5 || at + 1 >= z ? 1 : 2;
          query = `${slice(a, at - 1)} [${randomWord()}] ${slice(at + run, z)}`;
        }
        probes.push({ length, variant, query, source, expected });
        made++;
      }
    }
  }
  return probes;
}

/** Overlap of two spans over their union (1 = identical). */
export function overlap(
  a: { start: number; end: number },
  b: { start: number; end: number },
): number {
  const inter = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return union === 0 ? 1 : inter / union;
}

/** The comparison words of a span, joined: two passages with the same words are the same text. */
export function spanWords(text: string, span: { start: number; end: number }): string {
  return tokenizeWords(text.slice(span.start, span.end))
    .words.map((w) => w.norm)
    .join(" ");
}
