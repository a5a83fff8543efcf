import { parseQuote, unitEnd, unitStart } from "../match/index.js";
import type { ParsedQuote } from "../match/types.js";
import type { Candidate } from "../store/types.js";
import { type Assessment, accepted, assess, wordUnits } from "./assess.js";
import type { VerifyContext } from "./context.js";
import { matchedEvidence, quoteEvidence, wordWeight } from "./evidence.js";
import { sameSpeaker } from "./speaker.js";
import { continues, overlaps, sameDocument, sameSpeakerOf, shift } from "./splice-join.js";

/** Quote words in a row not found where the rest is, before they are looked for elsewhere. */
const MIN_RUN_WORDS = 3;
const MIN_RUN_WEIGHT = 2;
/** Weight the rest of the quote must have found for the quote to be one passage plus a splice. */
const MIN_ANCHOR = 3;
const MAX_RUNS = 2;
/** What joining two passages without an ellipsis costs, in words. */
const SPLICE_COST = 1;

interface Run {
  from: number;
  to: number;
  weight: number;
}

/** Units the alignment could not place: inserted, or set against an unrelated word. */
function unplacedRuns(quote: ParsedQuote, a: Assessment): Run[] {
  const unplaced = new Array<boolean>(quote.units.length).fill(false);
  for (const step of a.alignment.steps) {
    if (step.op === "insert" || (step.op === "substitute" && step.cost > 0.5)) {
      for (let k = step.q; k < step.q + step.qn; k++) unplaced[k] = true;
    }
  }
  const runs: Run[] = [];
  let u = 0;
  while (u < quote.units.length) {
    if (!unplaced[u]) {
      u++;
      continue;
    }
    let v = u;
    let weight = 0;
    let words = 0;
    while (v < quote.units.length && unplaced[v]) {
      const unit = quote.units[v]!;
      if (unit.type === "word") {
        weight += wordWeight(unit.word.norm);
        words++;
      }
      v++;
    }
    if (words >= MIN_RUN_WORDS && weight >= MIN_RUN_WEIGHT && v - u < quote.units.length) {
      runs.push({ from: u, to: v, weight });
    }
    u = v;
  }
  return runs.sort((x, y) => y.weight - x.weight).slice(0, MAX_RUNS);
}

/** Cost the main alignment paid for units `[from, to)` (and omissions at their edges). */
function rangeCost(quote: ParsedQuote, a: Assessment, from: number, to: number): number {
  let cost = 0;
  for (const step of a.alignment.steps) {
    const inside = step.qn > 0 && step.q >= from && step.q < to;
    const edge =
      step.op === "omit" && (step.q === from || step.q === to) && step.q < quote.units.length;
    if (inside && (step.op === "insert" || step.op === "substitute" || step.op === "contraction")) {
      cost += step.cost;
    } else if (edge || (step.op === "omit" && step.q > from && step.q < to)) cost += step.cost;
  }
  return cost;
}

/** Weight the main alignment found for units `[from, to)`. */
function rangeMatched(quote: ParsedQuote, a: Assessment, from: number, to: number): number {
  const steps = a.alignment.steps.filter((st) => st.qn > 0 && st.q >= from && st.q < to);
  return matchedEvidence(quote, steps);
}

/** The quote's units `[from, to)` looked up on their own in the store. */
async function locate(
  quote: ParsedQuote,
  from: number,
  to: number,
  a: Assessment,
  context: VerifyContext,
  search: (text: string) => Promise<Candidate[]>,
  attributed: string | undefined,
  searchTextOf: (q: ParsedQuote) => string,
): Promise<Assessment | undefined> {
  const start = unitStart(quote.units[from]!);
  const end = unitEnd(quote.units[to - 1]!);
  const part = parseQuote(quote.text.slice(start, end));
  // The store finds the part wherever it is, in the same statement too.
  const pieces: Assessment[] = [];
  for (const c of await search(searchTextOf(part))) {
    const own = attributed !== undefined && sameSpeaker(attributed, c.statement.speaker);
    const piece = assess(part, c.statement, c.passage, context.stems, own, context.scratch);
    if (piece) pieces.push(piece);
  }
  return pieces
    .filter((p) => p.found && !overlaps(p, a))
    .sort(
      (x, y) => Number(sameSpeakerOf(y, a)) - Number(sameSpeakerOf(x, a)) || y.score - x.score,
    )[0];
}

/**
 * A quote whose words come from two places: most of it aligns to one passage, a run
 * of words in a row does not. That run is looked up on its own (in the same
 * statement, then the whole store); found, the quote is the first passage with the
 * other joined on: a `splice` when nothing marks the join, an `ellipsis_omission`
 * when an ellipsis does and both parts are the same speaker in the same source, and
 * no difference at all when the quote simply runs on into the next paragraph.
 */
export async function withSplices(
  quote: ParsedQuote,
  a: Assessment,
  context: VerifyContext,
  search: (text: string) => Promise<Candidate[]>,
  attributed: string | undefined,
  searchTextOf: (q: ParsedQuote) => string,
): Promise<Assessment | undefined> {
  if (a.matched < MIN_ANCHOR) return undefined;
  const runs = unplacedRuns(quote, a);
  if (runs.length === 0) return undefined;
  let differences = [...a.described.differences];
  let cost = a.described.cost;
  let matched = a.matched;
  let changed = false;
  const m = quote.units.length;
  let taken = -1; // units before this index are already replaced by a piece
  for (const run of runs.sort((x, y) => x.from - y.from)) {
    if (run.from < taken) continue;
    // A splice joins two passages: the run and everything after it (or before it, at
    // the start) may be the second passage, partly matched by chance in the first.
    const ranges: [number, number][] = [[run.from, run.to]];
    if (run.from > 0 && run.to < m) ranges.push([run.from, m]);
    let chosen: { from: number; to: number; piece: Assessment; gain: number } | undefined;
    for (const [from, to] of ranges) {
      const piece = await locate(quote, from, to, a, context, search, attributed, searchTextOf);
      if (!piece) continue;
      const gain = piece.matched - rangeMatched(quote, a, from, to);
      if (gain > 0 && (!chosen || gain > chosen.gain)) chosen = { from, to, piece, gain };
    }
    if (!chosen) continue;
    changed = true;
    const { from, to, piece } = chosen;
    taken = to;
    const start = unitStart(quote.units[from]!);
    const end = unitEnd(quote.units[to - 1]!);
    const other = piece.statement.id === a.statement.id ? undefined : piece.statement.id;
    // The main passage's differences for these words, and what it skipped at the joint, go.
    const joint = from > 0 ? unitEnd(quote.units[from - 1]!) : start;
    differences = differences.filter(
      (d) =>
        !(d.quote.start >= start && d.quote.end <= end) &&
        !(d.quote.start === d.quote.end && d.quote.start >= joint && d.quote.start <= end),
    );
    differences.push(...piece.described.differences.map((d) => shift(d, start, other)));
    const after = from > 0;
    const joined = after ? continues(a, piece) : continues(piece, a);
    const marked = quote.ellipsisAfter.has(from - 1) || quote.ellipsisAfter.has(to - 1);
    const passage = {
      ...piece.passage,
      text: piece.statement.text.slice(piece.passage.start, piece.passage.end),
    };
    if (!joined && marked && sameSpeakerOf(piece, a) && sameDocument(piece, a)) {
      const at = after ? start : end;
      differences.push({
        kind: "ellipsis_omission",
        quote: { start: at, end: at, text: "" },
        source: { start: passage.start, end: passage.start, text: "" },
        ...(other ? { statementId: other } : {}),
      });
    } else if (!joined) {
      differences.push({
        kind: "splice",
        quote: { start, end, text: quote.text.slice(start, end) },
        source: passage,
        ...(other ? { statementId: other } : {}),
      });
      cost += SPLICE_COST;
    }
    cost += piece.described.cost - rangeCost(quote, a, from, to);
    matched += chosen.gain;
  }
  if (!changed) return undefined;
  differences.sort((x, y) => x.quote.start - y.quote.start || x.source.start - y.source.start);
  const n = Math.max(1, wordUnits(quote));
  const total = quoteEvidence(quote);
  return {
    ...a,
    described: { ...a.described, differences, cost },
    score: Math.max(0, Math.min(1, 1 - cost / n)),
    matched,
    coverage: total > 0 ? matched / total : 0,
    found: a.found || accepted(total, matched, a.own),
  };
}
