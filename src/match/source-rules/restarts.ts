import type { SourceWord } from "../types.js";

/** How far back a restarted phrase may begin. */
const LOOKBACK = 12;
/** Words the speaker says again after the dash, at least. */
const MIN_REPEAT = 2;
/** New words a restart may open with (`this country has been unable — Congress has been unable`). */
const MAX_NEW_OPENING = 2;

/** First word of the clause `p` is in (back to a comma, dash or sentence start). */
function clauseStart(words: readonly SourceWord[], p: number): number {
  let q = p;
  while (q > 0 && words[q]!.breakBefore === "none") q--;
  return q;
}

/**
 * A false start: the speaker breaks off with a dash and says the phrase again
 * (`And we will also rally the world — we will also rally around…`), perhaps with a
 * new opening (`because this country has been unable — Congress has been unable`). The
 * abandoned words before the dash may be left out of a quote as a meaning-preserving
 * edit.
 */
export function markRestarts(words: SourceWord[]): void {
  for (let j = 1; j < words.length; j++) {
    if (words[j]!.breakBefore !== "dash") continue;
    let best = { p: -1, k: 0, d: 0 };
    for (let d = 0; d <= MAX_NEW_OPENING; d++) {
      for (let p = j - 1; p >= Math.max(0, j - LOOKBACK); p--) {
        if (p < j - 1 && words[p + 1]!.breakBefore === "sentence") break;
        let k = 0;
        while (
          p + k < j &&
          j + d + k < words.length &&
          words[p + k]!.norm === words[j + d + k]!.norm
        ) {
          k++;
        }
        if (k > best.k) best = { p, k, d };
      }
    }
    if (best.k < MIN_REPEAT) {
      // Said again with words put in (`and remain top — and it will remain top priorities`).
      const p = restartedWithInsertions(words, j);
      for (let x = p; x < j; x++) if (words[x]!.class === "content") words[x]!.class = "restart";
      continue;
    }
    // With a new opening, the words it replaces (as many as it has, plus one) go too.
    const from = best.d === 0 ? best.p : Math.max(clauseStart(words, best.p), best.p - best.d - 1);
    for (let x = from; x < j; x++) if (words[x]!.class === "content") words[x]!.class = "restart";
  }
}

/**
 * Where the words before the dash at `j` begin when all of them are said again right
 * after it, in order, with at most MAX_NEW_OPENING words put in among them (the longest
 * such run of at least MIN_REPEAT words); `j` when there is none. Contractions count as
 * the words they stand for (`they have adjusted — they've adjusted`).
 */
function restartedWithInsertions(words: readonly SourceWord[], j: number): number {
  let found = j;
  for (let p = j - MIN_REPEAT; p >= Math.max(0, j - LOOKBACK); p--) {
    if (words[p + 1]!.breakBefore === "sentence") break;
    const said = spelledOut(words, p, j);
    const again = spelledOut(words, j, Math.min(words.length, j + (j - p) + MAX_NEW_OPENING));
    let k = 0;
    let read = 0;
    for (; read < again.length && k < said.length; read++) {
      if (again[read] === said[k]) k++;
      else if (k === 0 && read >= MAX_NEW_OPENING) break; // the repeat must start early
    }
    // Every word said again, with at most MAX_NEW_OPENING others put in among them.
    if (k === said.length && read - said.length <= MAX_NEW_OPENING) found = p;
  }
  return found;
}

/** The words `[from, to)` with each contraction spelled out (`they've` → `they have`). */
function spelledOut(words: readonly SourceWord[], from: number, to: number): string[] {
  const out: string[] = [];
  for (let x = from; x < to; x++) {
    const w = words[x]!;
    if (w.expansions?.[0]) out.push(...w.expansions[0]);
    else out.push(w.norm);
  }
  return out;
}
