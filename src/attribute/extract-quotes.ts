import { assertString } from "../errors.js";
import { findQuotations } from "../extract/find-quotations.js";
import { type ExtractOptions, resolveExtractOptions } from "../extract/options.js";
import type { Quote, QuoteCategory } from "../extract/types.js";
import { type Attributed, attributeQuotes } from "./attribute-quotes.js";

/** How sure a span is, by how it was found (see Quote.confidence). */
const SPAN_CERTAINTY = { closed: 1, unclosed: 0.6, turn: 0.95 } as const;
/** How sure a quotation with no speaker is. */
const NO_SPEAKER = 0.5;

function categoryOf(item: Attributed): QuoteCategory {
  const { candidate, attribution } = item;
  if (candidate.category) return candidate.category;
  // A short fragment nobody is said to have said is a scare quote: `the "experts"`.
  if (candidate.short && !attribution && !candidate.turn) return "scare";
  return "speech";
}

function toQuote(
  text: string,
  item: Attributed,
  category: QuoteCategory,
  withCategory: boolean,
): Quote {
  const { candidate, resolved } = item;
  const spans = candidate.spans.map((s) => ({ start: s.start, end: s.end }));
  const quote: Quote = {
    text: spans.map((s) => text.slice(s.start, s.end)).join(" "),
    start: spans[0]!.start,
    end: spans[spans.length - 1]!.end,
    spans,
    kind: candidate.kind,
    speaker: resolved ? resolved.speaker : null,
    cue: null,
    confidence: 0,
  };
  const spanCertainty = candidate.turn
    ? SPAN_CERTAINTY.turn
    : candidate.unclosed
      ? SPAN_CERTAINTY.unclosed
      : SPAN_CERTAINTY.closed;
  quote.confidence = round(spanCertainty * (resolved ? resolved.certainty : NO_SPEAKER));
  if (candidate.nested.length > 0)
    quote.nested = candidate.nested.map((s) => ({ start: s.start, end: s.end }));
  if (candidate.unclosed) quote.unclosed = true;
  if (withCategory) quote.category = category;
  return quote;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/**
 * Finds every quotation in a text and who it is attributed to, in document order.
 * Offsets are UTF-16 code units into `text`, half-open.
 *
 * @throws InvalidInputError when `text` is not a string or an option is invalid.
 */
export function extractQuotes(text: string, options?: ExtractOptions): Quote[] {
  assertString(text, "text");
  const resolved = resolveExtractOptions(options);
  const extraction = findQuotations(text, { transcripts: resolved.transcripts });
  const attributed = attributeQuotes(extraction, { floating: resolved.floating });
  const quotes: Quote[] = [];
  for (const item of attributed) {
    const category = categoryOf(item);
    if (category !== "speech" && !resolved.includeNonSpeech) continue;
    const quote = toQuote(text, item, category, resolved.includeNonSpeech);
    if (item.attribution?.cue) {
      const { tokens } = extraction;
      const first = tokens[item.attribution.cue.first]!;
      const last = tokens[item.attribution.cue.last]!;
      quote.cue = { start: first.start, end: last.end, text: text.slice(first.start, last.end) };
    }
    quotes.push(quote);
  }
  return quotes;
}
