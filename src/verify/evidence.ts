import type { AlignStep, ParsedQuote } from "../match/types.js";
import { COMMON_WORDS } from "./lexicon/common-words.js";

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
 * The share of a quote's weight that must be found for it to count as on record.
 * Short or common quotes must match almost entirely (chance matches are easy in
 * millions of words); long distinctive ones are recognisable with half their
 * words changed (then the verdict says how much changed).
 */
export function requiredCoverage(evidence: number): number {
  return Math.min(0.9, Math.max(0.5, 1 - 0.05 * evidence));
}

/** Below this weight (about one distinctive word) a quote is too short to pin on anyone. */
export const MIN_EVIDENCE = 1.5;
/** Below this weight (about three distinctive words), several speakers with the words make it ambiguous. */
export const PIN_EVIDENCE = 3;
