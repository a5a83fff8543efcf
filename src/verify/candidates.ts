import type { ParsedQuote } from "../match/types.js";
import type { Candidate } from "../store/types.js";
import { type Assessment, assess } from "./assess.js";
import type { VerifyContext } from "./context.js";
import type { ResolvedVerifyOptions } from "./options.js";
import { searchText } from "./search-text.js";
import { sameSpeaker } from "./speaker.js";
import { withSplices } from "./splice.js";

/** Coverage above which a candidate has nothing left worth looking for elsewhere. */
const COMPLETE = 0.95;
/** Candidates (best covered first) whose unplaced words are looked up elsewhere. */
const SPLICE_CANDIDATES = 1;
/** Below this coverage a candidate is no anchor for a splice: the quote is simply not there. */
const SPLICE_ANCHOR = 0.4;
const SPLICE_SEARCH_LIMIT = 3;

/** Replaces the best-covered candidates by their spliced versions where a missing run is found elsewhere. */
export async function addSplices(
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

export function assessAll(
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
