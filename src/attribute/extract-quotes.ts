import { assertString } from "../errors.js";
import { findQuotations } from "../extract/find-quotations.js";
import { type ExtractOptions, resolveExtractOptions } from "../extract/options.js";
import { QUOTE, type Token } from "../extract/tokens.js";
import type { Quote, QuoteCategory } from "../extract/types.js";
import { type Attributed, attributeQuotes } from "./attribute-quotes.js";

/** How sure a span is, by how it was found (see Quote.confidence). */
const SPAN_CERTAINTY = { closed: 1, unclosed: 0.6, turn: 0.95 } as const;
/** How sure a quotation with no speaker is. */
const NO_SPEAKER = 0.5;

/** A one-word quotation is speech only with its cue close before it (`called the decision "heartbreaking"`). */
const ONE_WORD_CUE_DISTANCE = 10;

function categoryOf(item: Attributed, tokens: readonly Token[]): QuoteCategory {
  const { candidate, attribution } = item;
  if (candidate.category) return candidate.category;
  if (candidate.turn) return "speech";
  // A short fragment nobody is said to have said is a scare quote: `the "experts"`.
  if (candidate.short && !attribution) return "scare";
  // One word far from its sentence's cue is a scare quote even in reported speech:
  // `said Kettleby … was focusing on protecting his "brand"`.
  if (candidate.short && candidate.words === 1 && attribution?.cue) {
    const q = candidate.tokens[0]!;
    const cue = attribution.cue.last;
    if (cue < q) {
      if (q - cue > ONE_WORD_CUE_DISTANCE) return "scare";
      for (let k = cue + 1; k < q; k++) if (tokens[k]!.kind === QUOTE) return "scare";
    }
  }
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
    const category = categoryOf(item, extraction.tokens);
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
