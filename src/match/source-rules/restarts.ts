import type { SourceWord } from "../types.js";

/** How far back a restarted phrase may begin. */
const LOOKBACK = 12;
const MIN_REPEAT = 2;

/**
 * A false start: the speaker breaks off with a dash and starts the phrase again
 * (`And we will also rally the world — we will also rally around…`). The abandoned
 * words, from where the repeated opening first began up to the dash, may be left out
 * of a quote as a meaning-preserving edit.
 */
export function markRestarts(words: SourceWord[]): void {
  for (let j = 1; j < words.length; j++) {
    if (words[j]!.breakBefore !== "dash") continue;
    let bestP = -1;
    let bestK = 0;
    for (let p = j - 1; p >= Math.max(0, j - LOOKBACK); p--) {
      if (p < j - 1 && words[p + 1]!.breakBefore === "sentence") break;
      let k = 0;
      while (p + k < j && j + k < words.length && words[p + k]!.norm === words[j + k]!.norm) k++;
      if (k > bestK) {
        bestK = k;
        bestP = p;
      }
    }
    if (bestK < MIN_REPEAT) continue;
    for (let d = bestP; d < j; d++) if (words[d]!.class === "content") words[d]!.class = "restart";
  }
}
