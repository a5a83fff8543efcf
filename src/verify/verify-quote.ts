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

/** Candidates asked for per attributed-speaker search. */
const OWN_CANDIDATES = 3;
/** At most this many store names searched for one attributed speaker. */
const MAX_SPEAKER_NAMES = 3;

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

function key(c: Candidate): string {
  return `${c.statement.id}\u0000${c.passage.start}`;
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
  const searches: Promise<Candidate[]>[] = [
    Promise.resolve(
      store.search(text, { limit: options.candidates, ...(dateTo ? { dateTo } : {}) }),
    ),
  ];
  // A speaker can be checked when the name is a person's or the store has statements by it
  // (an organisation speaking as one); a description (`a senior official`) cannot.
  const names = input.speaker ? await context.speakerNames(input.speaker) : [];
  const attributed =
    input.speaker && (namesPerson(input.speaker) || names.length > 0) ? input.speaker : undefined;
  if (attributed) {
    for (const name of names.slice(0, MAX_SPEAKER_NAMES)) {
      searches.push(
        Promise.resolve(
          store.search(text, {
            speaker: name,
            limit: OWN_CANDIDATES,
            ...(dateTo ? { dateTo } : {}),
          }),
        ),
      );
    }
  }
  const assessed = assessAll(quote, (await Promise.all(searches)).flat(), context, attributed);
  await addSplices(quote, assessed, context, options, input.date, attributed);
  let later: Assessment[] = [];
  if (dateTo && !assessed.some((a) => a.found)) {
    const all = await store.search(text, { limit: options.candidates });
    later = assessAll(
      quote,
      all.filter((c) => c.statement.source.date !== undefined && c.statement.source.date > dateTo),
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
const SPLICE_CANDIDATES = 2;
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

function assessAll(
  quote: ParsedQuote,
  candidates: Candidate[],
  context: VerifyContext,
  attributed: string | undefined,
): Assessment[] {
  const seen = new Set<string>();
  const out: Assessment[] = [];
  for (const c of candidates) {
    const k = key(c);
    if (seen.has(k)) continue;
    seen.add(k);
    const own = attributed !== undefined && sameSpeaker(attributed, c.statement.speaker);
    const a = assess(quote, c.statement, c.passage, context.stems, own);
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
