import { HESITATIONS } from "../lexicon/fillers.js";
import type { SourceWord } from "../types.js";

/**
 * `uh`, `um`, `er`: fillers. Leaving one out is a meaning-preserving edit, but an
 * edit (`minor_differences`), unlike a stutter or a cut-off word, which the speaker
 * never meant as words at all.
 */
export function markHesitations(words: SourceWord[]): void {
  for (const word of words) if (HESITATIONS.has(word.norm)) word.class = "filler";
}
