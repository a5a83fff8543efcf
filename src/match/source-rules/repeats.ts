import { editDistance } from "../../text/distance.js";
import { GRAMMATICAL_DOUBLES } from "../lexicon/fillers.js";
import type { SourceWord } from "../types.js";

const MAX_PHRASE = 4;
/** Letters two forms of one word share at the start, at least (`addition-al` / `addition`). */
const SHARED_STEM = 4;

type Again = "same" | "slip" | "form" | false;

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * How the last word broken off at a dash comes back: the same word, or one cut off
 * (`U-` / `Ukrainian`), or mistyped by one letter (`Stetes` / `States`): a `slip`; or
 * another form of it (`additional` / `addition`): a `form`, which is a restart.
 */
function lastAgain(first: SourceWord, again: string): Again {
  if (first.norm === again) return "same";
  if (first.cutOff && again.startsWith(first.norm)) return "slip";
  const shorter = Math.min(first.norm.length, again.length);
  if (shorter >= 4 && editDistance(first.norm, again) <= 1) return "slip";
  const shared = commonPrefix(first.norm, again);
  return shared >= SHARED_STEM && shared >= 0.6 * shorter ? "form" : false;
}

/** Words a..a+k said again at b (the last one may come back changed only after a dash). */
function sayAgain(words: SourceWord[], a: number, b: number, k: number): Again {
  for (let d = 0; d < k - 1; d++) if (words[a + d]!.norm !== words[b + d]!.norm) return false;
  const last = words[a + k - 1]!;
  const again = words[b + k - 1]!.norm;
  if (last.norm === again) return "same";
  return words[b]!.breakBefore === "dash" ? lastAgain(last, again) : false;
}

/**
 * A word or short phrase said twice in a row (`to — to getting`, `make a — make a
 * determination`, `But — but these`, `the U- — the Ukrainian`, `United Stetes — States`):
 * the first saying is a stutter. Said again in another form after a dash (`the
 * additional — the addition to`), it is a restart. `that that` and `had had` without a
 * pause between them can be good English, and a sentence said twice (`Not yet. Not
 * yet.`) is emphasis: both are kept.
 */
export function markRepeats(words: SourceWord[]): void {
  for (let i = 0; i < words.length; i++) {
    for (let k = MAX_PHRASE; k >= 1; k--) {
      if (i + 2 * k > words.length) continue;
      const again = sayAgain(words, i, i + k, k);
      if (!again) continue;
      const pause = words[i + k]!.breakBefore;
      if (k === 1 && pause === "none" && GRAMMATICAL_DOUBLES.has(words[i]!.norm)) continue;
      if (pause === "sentence") continue; // said again on purpose: "Not yet. Not yet."
      // With a comma between, the word is said again for emphasis (`never, never, never
      // acceptable`): leaving the repeats out is a meaning-preserving edit, not a stutter.
      const kind = again === "form" ? "restart" : pause === "clause" ? "filler" : "disfluency";
      for (let d = 0; d < k; d++) if (words[i + d]!.class === "content") words[i + d]!.class = kind;
      break;
    }
  }
}
