import type { SourceWord } from "../types.js";

const HYPHEN = /[-\u2010\u2011]/;
const LETTER = /[\p{L}\p{N}]/u;

/** A word broken off mid-way: `ar- — around`, `Tom- — time is`, `offi- officers`. */
export function markCutOffs(words: SourceWord[], text: string): void {
  for (const word of words) {
    const after = text[word.end];
    if (after === undefined || !HYPHEN.test(after)) continue;
    const next = text[word.end + 1];
    if (next !== undefined && LETTER.test(next)) continue; // a hyphenated compound
    word.cutOff = true;
    word.class = "disfluency";
  }
}
