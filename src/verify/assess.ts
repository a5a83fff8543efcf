import { COST } from "../match/costs.js";
import { type AlignScratch, align, type StemCache, sourceWords } from "../match/index.js";
import type { Alignment, ParsedQuote, SourceWord } from "../match/types.js";
import type { Statement } from "../store/schema.js";
import { type Described, describe } from "./differences.js";
import {
  matchedEvidence,
  OWN_COVERAGE,
  OWN_MIN_MATCHED,
  OWN_SLACK,
  quoteEvidence,
  requiredCoverage,
} from "./evidence.js";

/**
 * Characters of context around the store's passage (whose ends the store aligned
 * already): room for a false start just before it, and a quarter of the quote's length
 * (up to a cap) for where the two alignments disagree.
 */
const WINDOW_MARGIN = 80;
const MAX_EXTRA_MARGIN = 300;
/** Longest stretch of a statement aligned at once (longer passages are cut around their start). */
const MAX_WINDOW = 24_000;
/**
 * Quotes longer than this many words are not aligned: memory grows with quote × window
 * words, and no printed quotation is this long (a whole speech is not a quote).
 */
export const MAX_QUOTE_WORDS = 600;

/** A quote aligned to one statement. */
export interface Assessment {
  statement: Statement;
  words: SourceWord[];
  alignment: Alignment;
  described: Described;
  /** 0..1, see Verification.score. */
  score: number;
  /** Weight of the quote's words found on record (see evidence.ts). */
  matched: number;
  /** matched ÷ the quote's total weight. */
  coverage: number;
  /** Whether enough of the quote is found here to say these are the words. */
  found: boolean;
  /** The aligned stretch of the statement, in statement offsets. */
  passage: { start: number; end: number };
  /** The statement is by the attributed speaker. */
  own: boolean;
}

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || ch === " " || ch === "\n" || ch === "\t" || ch === "\r";
}

/** The part of a statement worth aligning: the store's passage with room on both sides, on word boundaries. */
export function windowOf(
  text: string,
  passage: { start: number; end: number },
  quoteLength: number,
) {
  const margin = WINDOW_MARGIN + Math.min(Math.round(quoteLength / 4), MAX_EXTRA_MARGIN);
  let from = Math.max(0, passage.start - margin);
  let to = Math.min(text.length, passage.end + margin);
  if (to - from > MAX_WINDOW) to = from + MAX_WINDOW;
  while (from > 0 && !isSpace(text[from - 1])) from--;
  while (to < text.length && !isSpace(text[to])) to++;
  return { from, to };
}

export function wordUnits(quote: ParsedQuote): number {
  let n = 0;
  for (const unit of quote.units) if (unit.type === "word") n++;
  return n;
}

/**
 * Whether `matched` of a quote's `total` weight is enough to say the words are on
 * record; `ownTight`: the match is the attributed speaker's, in one tight stretch
 * with at least two words found (the laxer bar).
 */
export function accepted(total: number, matched: number, ownTight: boolean): boolean {
  const coverage = total > 0 ? matched / total : 0;
  if (coverage >= requiredCoverage(total)) return true;
  return ownTight && coverage >= OWN_COVERAGE && matched >= OWN_MIN_MATCHED;
}

/** Quote words found as the same word (an inflection counts: `bids` for `bid`). */
function matchedWords(alignment: Alignment): number {
  let n = 0;
  for (const step of alignment.steps) {
    if (step.op === "match" || step.op === "compound" || step.op === "contraction") n += step.qn;
    else if (step.op === "substitute" && step.cost <= COST.inflection) n += step.qn;
  }
  return n;
}

/**
 * Aligns the quote to the statement around `passage` and measures how well it
 * matches. `own`: the statement is by the attributed speaker (a laxer bar, see
 * OWN_COVERAGE).
 */
export function assess(
  quote: ParsedQuote,
  statement: Statement,
  passage: { start: number; end: number },
  stems: StemCache,
  own = false,
  scratch?: AlignScratch,
): Assessment | undefined {
  const { from, to } = windowOf(statement.text, passage, quote.text.length);
  const words = sourceWords(statement.text, from, to);
  const alignment = align(quote, words, stems, scratch);
  if (!alignment) return undefined;
  const described = describe(quote, words, statement.text, alignment);
  const score = Math.max(0, Math.min(1, 1 - described.cost / Math.max(1, wordUnits(quote))));
  const total = quoteEvidence(quote);
  const matched = matchedEvidence(quote, alignment.steps);
  const coverage = total > 0 ? matched / total : 0;
  const hasSource = alignment.sourceEnd > alignment.sourceStart;
  const n = Math.max(1, wordUnits(quote));
  const tight = alignment.sourceEnd - alignment.sourceStart <= n + OWN_SLACK;
  const found = hasSource && accepted(total, matched, own && tight && matchedWords(alignment) >= 2);
  const passageSpan = hasSource
    ? { start: words[alignment.sourceStart]!.start, end: words[alignment.sourceEnd - 1]!.end }
    : { start: passage.start, end: passage.start };
  return {
    statement,
    words,
    alignment,
    described,
    score,
    matched,
    coverage,
    found,
    passage: passageSpan,
    own,
  };
}
