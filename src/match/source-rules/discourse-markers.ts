import { CLAUSE_OPENERS, PARENTHETICAL_FILLERS, TAG_SENTENCES } from "../lexicon/fillers.js";
import type { Break, SourceWord } from "../types.js";

function setOff(b: Break): boolean {
  return b === "clause" || b === "dash";
}

function matchesAt(words: SourceWord[], i: number, phrase: readonly string[]): boolean {
  if (i + phrase.length > words.length) return false;
  for (let d = 0; d < phrase.length; d++) {
    const word = words[i + d]!;
    if (word.norm !== phrase[d] || (d > 0 && word.breakBefore !== "none")) return false;
  }
  return true;
}

/**
 * Discourse markers that carry no content: a clause opener at the start of a
 * sentence or after a dash (`So we will…`, `— and we…`, `Now, the President…`), or a
 * marker set off by commas or dashes on both sides (`and, again, showing`,
 * `something as simple as, you know — and`), or by a comma before a sentence end
 * (`The arithmetic is not complicated, you know.`), or a tag sentence (`Right?`).
 */
export function markDiscourseMarkers(words: SourceWord[]): void {
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word.class !== "content") continue;
    const before = word.breakBefore;
    const after = words[i + 1]?.breakBefore ?? "sentence";
    if (TAG_SENTENCES.has(word.norm) && before === "sentence" && after === "sentence") {
      word.class = "filler"; // `…is safety. Right? And we…`
      continue;
    }
    if (CLAUSE_OPENERS.has(word.norm) && (before === "sentence" || before === "dash")) {
      word.class = "filler";
      continue;
    }
    if (!setOff(before) && before !== "sentence") continue;
    for (const phrase of PARENTHETICAL_FILLERS) {
      if (!matchesAt(words, i, phrase)) continue;
      const closing = words[i + phrase.length]?.breakBefore ?? "sentence";
      // Set off on both sides; a sentence end closes it too (`…not complicated, you know.`).
      if (!setOff(closing) && !(closing === "sentence" && setOff(before))) continue;
      for (let d = 0; d < phrase.length; d++) words[i + d]!.class = "filler";
      break;
    }
  }
}
