import { markAbandoned } from "./source-rules/abandoned.js";
import { markCutOffs } from "./source-rules/cut-offs.js";
import { markDiscourseMarkers } from "./source-rules/discourse-markers.js";
import { markEditorialNotes } from "./source-rules/editorial.js";
import { markHesitations } from "./source-rules/hesitations.js";
import { markRepeats } from "./source-rules/repeats.js";
import { markRestarts } from "./source-rules/restarts.js";
import { markSelfCorrections } from "./source-rules/self-corrections.js";
import type { SourceWord } from "./types.js";
import { matchWords } from "./words.js";

/**
 * The words of a source text (a statement, or the window `[from, to)` of it) with
 * the speech disfluencies marked, in rule order: a word keeps the first (cheapest)
 * class a rule gives it.
 */
export function sourceWords(text: string, from = 0, to = text.length): SourceWord[] {
  const words = matchWords(text, from, to);
  markEditorialNotes(words, text);
  markHesitations(words);
  markCutOffs(words, text);
  markRepeats(words);
  markRestarts(words);
  markAbandoned(words);
  markSelfCorrections(words);
  markDiscourseMarkers(words);
  return words;
}
