import { extractQuotes } from "../attribute/index.js";
import { assertString } from "../errors.js";
import type { Quote } from "../extract/types.js";
import type { ReferenceStore } from "../store/types.js";
import { VerifyContext } from "./context.js";
import { parseArgument, type VerifyTextOptions, VerifyTextOptionsSchema } from "./options.js";
import { isFlagged } from "./status.js";
import type { QuoteReport, TextReport, VerificationStatus } from "./types.js";
import { assertStore, resolveVerifyOptions, verifyWith } from "./verify-quote.js";

/** Speakers whose words can be on record: people, and institutions or documents that speak as one. */
function speakerOf(quote: Quote): string | undefined {
  const speaker = quote.speaker;
  if (!speaker) return undefined;
  if (speaker.kind === "anonymous" || speaker.kind === "unresolved") return undefined;
  return speaker.name;
}

const STATUSES: readonly VerificationStatus[] = [
  "verified",
  "verified_with_edits",
  "minor_differences",
  "altered",
  "meaning_changed",
  "misattributed",
  "ambiguous",
  "not_found",
];

function summarize(quotes: readonly QuoteReport[]): TextReport["summary"] {
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<
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
    quotes.push({ quote, verification: await verifyWith(input, context, resolved) });
  }
  return { quotes, summary: summarize(quotes) };
}
