import { InvalidInputError } from "../errors.js";
import { parseQuote } from "../match/index.js";
import type { ParsedQuote } from "../match/types.js";
import type { Candidate, ReferenceStore } from "../store/types.js";
import { type Assessment, assess, MAX_QUOTE_WORDS, wordUnits } from "./assess.js";
import { VerifyContext } from "./context.js";
import {
  DEFAULT_VERIFY_OPTIONS,
  parseArgument,
  QuoteToVerifySchema,
  type ResolvedVerifyOptions,
  type VerifyOptions,
  VerifyOptionsSchema,
} from "./options.js";
import { namesPerson, sameSpeaker } from "./speaker.js";
import { withSplices } from "./splice.js";
import type { QuoteToVerify, Verification } from "./types.js";
import { decide } from "./verdict.js";

/** The attributed speaker's candidate this close to the best makes a search of their own needless. */
const OWN_IN_RESULTS = 0.1;
/** Below this best store score anywhere, the attributed speaker's own search is skipped. */
const OWN_SEARCH_FLOOR = 0.3;
/** Later sources asked for to explain a miss (one holding the words is enough). */
const LATER_CANDIDATES = 2;
/** Candidates asked for per attributed-speaker search. */
const OWN_CANDIDATES = 3;

/** What to send to the store: the quote's own words, without bracketed editorial words. */
export function searchText(quote: ParsedQuote): string {
  const parts: string[] = [];
  quote.units.forEach((unit, u) => {
    if (unit.type === "word") parts.push(quote.text.slice(unit.word.start, unit.word.end));
    if (quote.ellipsisAfter.has(u)) parts.push("…");
  });
  return parts.join(" ");
}

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
  return decide({
    quote,
    attributed,
    unchecked: input.speaker && !attributed ? input.speaker : undefined,
    date: input.date,
    assessed,
    later,
  });
}

/** Coverage above which a candidate has nothing left worth looking for elsewhere. */
const COMPLETE = 0.95;
/** Candidates (best covered first) whose unplaced words are looked up elsewhere. */
const SPLICE_CANDIDATES = 1;
/** Below this coverage a candidate is no anchor for a splice: the quote is simply not there. */
const SPLICE_ANCHOR = 0.4;
const SPLICE_SEARCH_LIMIT = 3;

/** Replaces the best-covered candidates by their spliced versions where a missing run is found elsewhere. */
async function addSplices(
  quote: ParsedQuote,
  assessed: Assessment[],
  context: VerifyContext,
  options: ResolvedVerifyOptions,
  dateTo: string | undefined,
  attributed: string | undefined,
): Promise<void> {
  if (assessed.some((a) => a.coverage >= COMPLETE)) return;
  const order = assessed
    .map((a, i) => ({ a, i }))
    .filter(({ a }) => a.coverage >= SPLICE_ANCHOR)
    .sort((x, y) => y.a.coverage - x.a.coverage)
    .slice(0, SPLICE_CANDIDATES);
  const search = async (text: string) =>
    context.store.search(text, {
      limit: Math.min(options.candidates, SPLICE_SEARCH_LIMIT),
      ...(dateTo ? { dateTo } : {}),
    });
  for (const { a, i } of order) {
    const spliced = await withSplices(quote, a, context, search, attributed, searchText);
    if (spliced) assessed[i] = spliced;
  }
}

/**
 * Candidates the store scores this far below its best cannot tie with it or overrule
 * the attributed speaker's: not worth aligning.
 */
const PRUNE_BELOW_BEST = 0.25;
/** …and below this store score a candidate matches too little of the quote to be found. */
const PRUNE_FLOOR = 0.2;
/** A later source below this store score does not hold the quote's words. */
const LATER_SCORE = 0.5;

function assessAll(
  quote: ParsedQuote,
  candidates: Candidate[],
  context: VerifyContext,
  attributed: string | undefined,
): Assessment[] {
  const top = candidates.reduce((m, c) => Math.max(m, c.score), 0);
  const taken: Candidate[] = [];
  const out: Assessment[] = [];
  for (const c of candidates) {
    if (c.score < top - PRUNE_BELOW_BEST || c.score < PRUNE_FLOOR) continue;
    // The same stretch of a statement found twice (by both searches) is aligned once.
    const seen = taken.some(
      (t) =>
        t.statement.id === c.statement.id &&
        t.passage.start < c.passage.end + 1 &&
        c.passage.start < t.passage.end + 1,
    );
    if (seen) continue;
    taken.push(c);
    const own = attributed !== undefined && sameSpeaker(attributed, c.statement.speaker);
    const a = assess(quote, c.statement, c.passage, context.stems, own, context.scratch);
    if (a) out.push(a);
  }
  return out;
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
