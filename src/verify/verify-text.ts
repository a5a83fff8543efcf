import { extractQuotes } from "../attribute/index.js";
import { assertString } from "../errors.js";
import type { Quote } from "../extract/types.js";
import type { ReferenceStore } from "../store/types.js";
import { VerifyContext } from "./context.js";
import { parseArgument, type VerifyTextOptions, VerifyTextOptionsSchema } from "./options.js";
import { isFlagged } from "./status.js";
import {
  type QuoteReport,
  type TextReport,
  VERIFICATION_STATUSES,
  type Verification,
  type VerificationStatus,
} from "./types.js";
import { assertStore, resolveVerifyOptions, verifyWith } from "./verify-quote.js";

/** Speakers whose words can be on record: people, and institutions or documents that speak as one. */
function speakerOf(quote: Quote): string | undefined {
  const speaker = quote.speaker;
  if (!speaker) return undefined;
  if (speaker.kind === "anonymous" || speaker.kind === "unresolved") return undefined;
  return speaker.name;
}

/**
 * Maps an offset of `quote.text` (its parts joined with one space) to the article.
 * Undefined when the parts are not the article's text as joined (nothing to map through).
 */
function articleOffsets(text: string, quote: Quote): ((offset: number) => number) | undefined {
  const parts = quote.spans.map((s) => text.slice(s.start, s.end));
  if (parts.join(" ") !== quote.text) return undefined;
  return (offset) => {
    let at = 0;
    for (let i = 0; i < parts.length; i++) {
      const length = parts[i]!.length;
      if (offset <= at + length) return quote.spans[i]!.start + (offset - at);
      at += length + 1;
    }
    return quote.end;
  };
}

function withTextSpans(text: string, quote: Quote, v: Verification): Verification {
  if (v.status === "not_found") return v;
  const map = articleOffsets(text, quote);
  if (!map) return v;
  const differences = v.differences.map((d) => ({
    ...d,
    textSpan: { start: map(d.quote.start), end: map(d.quote.end) },
  }));
  return { ...v, differences };
}

function summarize(quotes: readonly QuoteReport[]): TextReport["summary"] {
  const byStatus = Object.fromEntries(VERIFICATION_STATUSES.map((s) => [s, 0])) as Record<
    VerificationStatus,
    number
  >;
  for (const q of quotes) byStatus[q.verification.status]++;
  return {
    total: quotes.length,
    byStatus,
    flagged: quotes.filter((q) => isFlagged(q.verification.status)).length,
  };
}

/**
 * Finds every quotation in `text` (extractQuotes) and verifies each against the
 * store with its attributed speaker (verifyQuote). The report keeps each Quote with
 * its Verification, in document order, and counts them by status.
 *
 * @throws InvalidInputError when the text, store or options are not what this accepts.
 */
export async function verifyText(
  text: string,
  store: ReferenceStore,
  options?: VerifyTextOptions,
): Promise<TextReport> {
  assertString(text, "text");
  assertStore(store);
  const parsed =
    options === undefined ? {} : parseArgument(VerifyTextOptionsSchema, options, "options");
  const resolved = resolveVerifyOptions(
    parsed.candidates === undefined ? undefined : { candidates: parsed.candidates },
  );
  const context = new VerifyContext(store);
  const quotes: QuoteReport[] = [];
  for (const quote of extractQuotes(text, parsed.extract)) {
    const input = { text: quote.text, speaker: speakerOf(quote), date: parsed.date };
    const verification = await verifyWith(input, context, resolved);
    quotes.push({ quote, verification: withTextSpans(text, quote, verification) });
  }
  return { quotes, summary: summarize(quotes) };
}
