import { InvalidInputError } from "../errors.js";
import { parseQuote } from "../match/index.js";
import { REPORTER } from "../store/person-name.js";
import type { ReferenceStore } from "../store/types.js";
import { type Assessment, MAX_QUOTE_WORDS, wordUnits } from "./assess.js";
import { addSplices, assessAll } from "./candidates.js";
import { VerifyContext } from "./context.js";
import {
  DEFAULT_VERIFY_OPTIONS,
  parseArgument,
  QuoteToVerifySchema,
  type ResolvedVerifyOptions,
  type VerifyOptions,
  VerifyOptionsSchema,
} from "./options.js";
import { searchText } from "./search-text.js";
import { namesPerson, sameSpeaker } from "./speaker.js";
import type { QuoteToVerify, Verification } from "./types.js";
import { decide } from "./verdict.js";

/** The attributed speaker's candidate this close to the best makes a search of their own needless. */
const OWN_IN_RESULTS = 0.1;
/** A later source below this store score does not hold the quote's words. */
const LATER_SCORE = 0.5;
/** Below this best store score anywhere, the attributed speaker's own search is skipped. */
const OWN_SEARCH_FLOOR = 0.3;
/** Later sources asked for to explain a miss (one holding the words is enough). */
const LATER_CANDIDATES = 2;
/** Candidates asked for per attributed-speaker search. */
const OWN_CANDIDATES = 3;

export function assertStore(store: unknown): asserts store is ReferenceStore {
  const s = store as Partial<ReferenceStore> | null | undefined;
  if (
    typeof s !== "object" ||
    s === null ||
    typeof s.search !== "function" ||
    typeof s.speakers !== "function"
  ) {
    throw new InvalidInputError("store must be a ReferenceStore (createStore() or loadStore())", [
      "store",
    ]);
  }
}

export function resolveVerifyOptions(options: unknown): ResolvedVerifyOptions {
  if (options === undefined) return DEFAULT_VERIFY_OPTIONS;
  const parsed = parseArgument(VerifyOptionsSchema, options, "options");
  return { ...DEFAULT_VERIFY_OPTIONS, ...parsed };
}

function speakerName(speaker: QuoteToVerify["speaker"] | { name: string }): string | undefined {
  if (speaker === null || speaker === undefined) return undefined;
  return typeof speaker === "string" ? speaker : speaker.name;
}

/** The ISO date after `date`. */
function nextDay(date: string): string {
  return new Date(Date.parse(date) + 86_400_000).toISOString().slice(0, 10);
}

/** Verification of one already validated quote (shared by verifyQuote and verifyText). */
export async function verifyWith(
  input: { text: string; speaker: string | undefined; date: string | undefined },
  context: VerifyContext,
  options: ResolvedVerifyOptions,
): Promise<Verification> {
  const quote = parseQuote(input.text);
  const n = wordUnits(quote);
  if (n === 0) return { status: "not_found", reason: "no_words", nearest: [] };
  if (quote.units.length > MAX_QUOTE_WORDS)
    return { status: "not_found", reason: "too_long", nearest: [] };
  const store = context.store;
  const text = searchText(quote);
  const dateTo = input.date;
  const dated = dateTo ? { dateTo } : {};
  // Sources after the quote's date cannot verify it: they are left out of the search
  // (the store keeps the best earlier ones), and asked for only to explain a miss.
  const all = await store.search(text, { limit: options.candidates, ...dated });
  // The attributed speaker's own statements are searched too (the store matches any form
  // of the name), unless the first search already has one of theirs among its best.
  const top = all.reduce((m, c) => Math.max(m, c.score), 0);
  const speaker = input.speaker;
  const ownInAll =
    speaker !== undefined &&
    all.some((c) => c.score >= top - OWN_IN_RESULTS && sameSpeaker(speaker, c.statement.speaker));
  // When nothing anywhere holds even a third of the quote, the speaker's own best cannot.
  const own =
    speaker && !ownInAll && top >= OWN_SEARCH_FLOOR
      ? await store.search(text, { speaker, limit: OWN_CANDIDATES, ...dated })
      : [];
  // A speaker can be checked when the name is a person's or the store has statements by it
  // (an organisation speaking as one); a description (`a senior official`) cannot.
  const attributed =
    speaker && (namesPerson(speaker) || ownInAll || own.length > 0) ? speaker : undefined;
  const assessed = assessAll(quote, [...all, ...own], context, attributed);
  await addSplices(quote, assessed, context, options, input.date, attributed);
  // Later sources only explain a miss when they hold the words (the store scores them high).
  let later: Assessment[] = [];
  if (dateTo && !assessed.some((a) => a.found)) {
    const after = await store.search(text, { limit: LATER_CANDIDATES, dateFrom: nextDay(dateTo) });
    later = assessAll(
      quote,
      after.filter((c) => c.score >= LATER_SCORE),
      context,
      attributed,
    );
  }
  const verdict = decide({
    quote,
    attributed,
    unchecked: input.speaker && !attributed ? input.speaker : undefined,
    date: input.date,
    assessed,
    later,
  });
  // Transcripts name reporters only as `Reporter`: a question quoted under the name of
  // someone the record never names may be that reporter's own, so it cannot be called
  // misattributed (a question printed as an official's words still is).
  if (
    verdict.status === "misattributed" &&
    attributed &&
    verdict.source.speaker === REPORTER &&
    !(await onRecord(store, attributed))
  ) {
    return decide({
      quote,
      attributed: undefined,
      unchecked: attributed,
      date: input.date,
      assessed,
      later,
    });
  }
  return verdict;
}

/** Whether the store has statements by `speaker` (any form of the name). */
async function onRecord(store: ReferenceStore, speaker: string): Promise<boolean> {
  const speakers = await store.speakers();
  return speakers.some((recorded) => recorded !== REPORTER && sameSpeaker(speaker, recorded));
}

/**
 * Checks one quotation against the record: finds where the words (approximately)
 * occur, aligns them word by word, classifies every difference, and returns a
 * verdict with the source passage. Statements by everyone are searched even when a
 * speaker is given, so that words said by someone else come out as `misattributed`.
 * Sources dated after `quote.date` never verify it.
 *
 * @throws InvalidInputError when the quote, store or options are not what this accepts.
 */
export async function verifyQuote(
  quote: QuoteToVerify,
  store: ReferenceStore,
  options?: VerifyOptions,
): Promise<Verification> {
  const input = parseArgument(QuoteToVerifySchema, quote, "quote");
  assertStore(store);
  const resolved = resolveVerifyOptions(options);
  return verifyWith(
    { text: input.text, speaker: speakerName(input.speaker), date: input.date },
    new VerifyContext(store),
    resolved,
  );
}
