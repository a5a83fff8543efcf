import { COMMON_WORDS } from "../match/lexicon/common-words.js";
import type { AlignStep, ParsedQuote } from "../match/types.js";

/** Weight of a very common word: four of them count as one distinctive word. */
const COMMON_WEIGHT = 0.25;

/** How much a word says about who said it: 1 for a distinctive word, 0.25 for `the`, `we`, `going`. */
export function wordWeight(norm: string): number {
  return COMMON_WORDS.has(norm) ? COMMON_WEIGHT : 1;
}

/** Total weight of the quote's own words (bracketed editorial words excluded). */
export function quoteEvidence(quote: ParsedQuote): number {
  let total = 0;
  for (const unit of quote.units) if (unit.type === "word") total += wordWeight(unit.word.norm);
  return total;
}

/** Weight of the quote words an alignment finds on record (same word or spelling: full; inflection: half). */
export function matchedEvidence(quote: ParsedQuote, steps: readonly AlignStep[]): number {
  let total = 0;
  for (const step of steps) {
    let credit = 0;
    if (step.op === "match" || step.op === "compound" || step.op === "contraction") credit = 1;
    else if (step.op === "substitute" && step.cost <= 0.5) credit = 0.5;
    if (credit === 0) continue;
    for (let k = step.q; k < step.q + step.qn; k++) {
      const unit = quote.units[k]!;
      if (unit.type === "word") total += credit * wordWeight(unit.word.norm);
    }
  }
  return total;
}

/**
 * The share of a quote's weight that must be found for it to count as on record
 * anywhere in the store. Short or common quotes must match almost entirely (chance
 * matches are easy in millions of words); long distinctive ones are recognisable
 * with half their words changed (then the verdict says how much changed).
 */
export function requiredCoverage(evidence: number): number {
  return Math.min(0.85, Math.max(0.5, 0.95 - 0.06 * evidence));
}

/**
 * Among the attributed speaker's own statements chance matches are far rarer than in
 * the whole store, so a short quote with one word changed (`in real danger` for
 * `in serious danger`) still counts as found there: half its weight, at least two of
 * its words, in one tight stretch.
 */
export const OWN_COVERAGE = 0.5;
export const OWN_MIN_MATCHED = 1.25;
/** Extra source words an attributed speaker's match may span beyond the quote's length. */
export const OWN_SLACK = 3;

/** Below this weight (about one distinctive word) a quote is too short to accuse anyone of not saying it. */
export const MIN_EVIDENCE = 1.5;
/**
 * Several speakers on record with a quote of three words or fewer, or of less weight
 * than this (about three distinctive words) per speaker beyond the first, make it
 * ambiguous: two people sharing three distinctive words is chance, five sharing six
 * is a stock phrase.
 */
export const PIN_EVIDENCE = 3;
export const PIN_WORDS = 3;
