import type { ParsedQuote, SourceWord } from "../match/types.js";
import type { Described } from "./differences.js";
import { characterKind } from "./rules/characters.js";
import { isSentenceBreakChange } from "./rules/sentence-breaks.js";
import type { Spans } from "./spans.js";
import type { Difference, DifferenceKind } from "./types.js";

/** Score cost of differences found after alignment (alignment costs cover the rest). */
const EXTRA_COST: Partial<Record<DifferenceKind, number>> = {
  sentence_break: 0.1,
  invisible_character: 0.25,
  confusable_character: 1,
};

/** Punctuation turned into a sentence break between two kept words (see rules/sentence-breaks.ts). */
export function addSentenceBreaks(
  quote: ParsedQuote,
  words: readonly SourceWord[],
  unitSource: Described["unitSource"],
  spans: Spans,
  out: Difference[],
): number {
  let cost = 0;
  for (let u = 1; u < quote.units.length; u++) {
    const unit = quote.units[u]!;
    const previous = quote.units[u - 1]!;
    const here = unitSource[u];
    const before = unitSource[u - 1];
    if (unit.type !== "word" || previous.type !== "word" || !here || !before) continue;
    if (quote.ellipsisAfter.has(u - 1) || here.s !== before.s + before.sn || here.sn === 0)
      continue;
    if (here.op === "substitute" || before.op === "substitute") continue; // part of a change already
    const sourceWord = words[here.s]!;
    if (!isSentenceBreakChange(unit.word.breakBefore, sourceWord.breakBefore)) continue;
    out.push({
      kind: "sentence_break",
      quote: spans.quoteRange(previous.word.end, unit.word.start),
      source: spans.sourceRange(words[here.s - 1]!.end, sourceWord.start),
    });
    cost += EXTRA_COST.sentence_break!;
  }
  return cost;
}

/** `[sic]` marks, and invisible or look-alike characters found in the quote. */
export function addMarksAndCharacters(
  quote: ParsedQuote,
  words: readonly SourceWord[],
  unitSource: Described["unitSource"],
  spans: Spans,
  out: Difference[],
): number {
  let cost = 0;
  const sourceOf = (u: number) => {
    const at = unitSource[u];
    return at ? spans.sourceWords(at.s, at.sn) : spans.sourceWords(0, 0);
  };
  quote.units.forEach((unit, u) => {
    if (unit.type === "word" && unit.word.sic) {
      out.push({
        kind: "sic",
        quote: spans.quoteRange(unit.word.sic.start, unit.word.sic.end),
        source: sourceOf(u),
      });
    }
  });
  for (const finding of quote.findings) {
    const kind = characterKind(finding);
    const u = quote.units.findIndex((unit) => {
      const start = unit.type === "word" ? unit.word.start : unit.group.start;
      const end = unit.type === "word" ? unit.word.end : unit.group.end;
      return finding.start >= start && finding.start < end;
    });
    out.push({
      kind,
      quote: spans.quoteRange(finding.start, finding.end),
      source: u >= 0 ? sourceOf(u) : spans.sourceWords(0, 0),
    });
    cost += EXTRA_COST[kind] ?? 0;
  }
  void words;
  return cost;
}
