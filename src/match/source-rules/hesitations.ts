import { HESITATIONS } from "../lexicon/fillers.js";
import type { SourceWord } from "../types.js";

/** `uh`, `um`, `er`: sounds, not words the speaker meant. */
export function markHesitations(words: SourceWord[]): void {
  for (const word of words) if (HESITATIONS.has(word.norm)) word.class = "disfluency";
}
