import type { SourceWord } from "../types.js";

/** Editors' notes a transcript puts in brackets: not words anyone said. */
const NOTES: ReadonlySet<string> = new Set([
  "sic",
  "inaudible",
  "crosstalk",
  "laughter",
  "applause",
]);

/**
 * `[sic]`, `[inaudible]` in the record's text: the transcriber's words, left out of a
 * quote at no cost (`the United States also reminds [sic] ironclad in our — remains…`).
 */
export function markEditorialNotes(words: SourceWord[], text: string): void {
  for (const word of words) {
    if (!NOTES.has(word.norm)) continue;
    const before = text.slice(Math.max(0, word.start - 2), word.start);
    const after = text.slice(word.end, word.end + 2);
    if (/\[\s*$|\\\[$/.test(before) && /^\s*\\?\]/.test(after)) word.class = "disfluency";
  }
}
