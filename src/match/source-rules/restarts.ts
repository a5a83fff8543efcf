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
 * such run of at least MIN_REPEAT words); `j` when there is none.
 */
function restartedWithInsertions(words: readonly SourceWord[], j: number): number {
  let found = j;
  for (let p = j - MIN_REPEAT; p >= Math.max(0, j - LOOKBACK); p--) {
    if (words[p + 1]!.breakBefore === "sentence") break;
    const length = j - p;
    const end = Math.min(words.length, j + length + MAX_NEW_OPENING);
    let k = 0;
    for (let x = j; x < end && k < length; x++) {
      if (words[x]!.norm === words[p + k]!.norm) k++;
      else if (k === 0 && x >= j + MAX_NEW_OPENING) break; // the repeat must start early
    }
    if (k === length) found = p;
  }
  return found;
}
