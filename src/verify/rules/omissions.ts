import type { SourceWord } from "../../match/types.js";
import type { DifferenceKind } from "../types.js";

/** Content words dropped across a sentence boundary that make two passages one. */
const SPLICE_ACROSS_SENTENCES = 4;
/** Content words dropped inside one sentence that are a different passage, not a trim. */
const SPLICE_WITHIN_SENTENCE = 12;

/**
 * What leaving source words `[s, s + sn)` out of a quote (without an ellipsis) amounts
 * to: `disfluency` when they are only stutters, cut-offs and `uh`s (the speaker never
 * meant them); `filler_omission` when they are only those, discourse markers and an
 * abandoned false start; `splice` when whole passages are skipped (≥ 4 content words
 * across a sentence boundary or whole sentences, or ≥ 12 anywhere); otherwise `omission`.
 */
export function omissionKind(words: readonly SourceWord[], s: number, sn: number): DifferenceKind {
  let content = 0;
  let fillers = 0;
  for (let k = s; k < s + sn; k++) {
    const c = words[k]!.class;
    if (c === "content") content++;
    else if (c !== "disfluency") fillers++;
  }
  if (content === 0) return fillers === 0 ? "disfluency" : "filler_omission";
  // Across sentences: a sentence end inside the dropped words, or whole sentences
  // dropped (a sentence starts at both ends). Trimming the end of one sentence and
  // going on with the next is an omission.
  let inside = false;
  for (let k = s + 1; k < s + sn; k++) if (words[k]!.breakBefore === "sentence") inside = true;
  const startsSentence = words[s]!.breakBefore === "sentence";
  const nextStarts = s + sn >= words.length || words[s + sn]!.breakBefore === "sentence";
  const across = inside || (startsSentence && nextStarts);
  if (content >= SPLICE_WITHIN_SENTENCE) return "splice";
  if (across && content >= SPLICE_ACROSS_SENTENCES) return "splice";
  return "omission";
}
