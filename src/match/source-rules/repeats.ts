import { GRAMMATICAL_DOUBLES } from "../lexicon/fillers.js";
import type { SourceWord } from "../types.js";

const MAX_PHRASE = 4;

/** Words a..a+k said again at b; a word cut off in the first saying matches what it began (`U-` / `Ukrainian`). */
function same(words: SourceWord[], a: number, b: number, k: number): boolean {
  for (let d = 0; d < k; d++) {
    const first = words[a + d]!;
    const again = words[b + d]!.norm;
    if (first.norm === again) continue;
    if (d === k - 1 && first.cutOff && again.startsWith(first.norm)) continue;
    return false;
  }
  return true;
}

/**
 * A word or short phrase said twice in a row (`to — to getting`, `make a — make a
 * determination`, `But — but these`, `the U- — the Ukrainian`): the first saying is a stutter. `that that`
 * and `had had` without a pause between them can be good English, and a sentence said
 * twice (`Not yet. Not yet.`) is emphasis: both are kept.
 */
export function markRepeats(words: SourceWord[]): void {
  for (let i = 0; i < words.length; i++) {
    for (let k = MAX_PHRASE; k >= 1; k--) {
      if (i + 2 * k > words.length || !same(words, i, i + k, k)) continue;
      const pause = words[i + k]!.breakBefore;
      if (k === 1 && pause === "none" && GRAMMATICAL_DOUBLES.has(words[i]!.norm)) continue;
      if (pause === "sentence") continue; // said again on purpose: "Not yet. Not yet."
      // With a comma between, the word is said again for emphasis (`never, never, never
      // acceptable`): leaving the repeats out is a meaning-preserving edit, not a stutter.
      const kind = pause === "clause" ? "filler" : "disfluency";
      for (let d = 0; d < k; d++) if (words[i + d]!.class === "content") words[i + d]!.class = kind;
      break;
    }
  }
}
