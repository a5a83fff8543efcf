import type { WordRelation } from "./compare.js";
import type { SourceWordClass } from "./types.js";

/**
 * Alignment costs, in "words changed": a word substituted, inserted or dropped costs
 * about one; typography costs almost nothing (a tie-breaker, so that real matches win).
 */
export const COST = {
  typography: 0.01,
  compound: 0.01,
  contraction: 0.1,
  /** `there's` for `there are`: a contraction whose base matches but whose verb differs. */
  contractionMismatch: 0.9,
  inflection: 0.5,
  similar: 0.7,
  /** A little under an insertion: `Modi` at the quote's end replaced `Kishida`, rather than being added. */
  different: 0.95,
  insert: 1,
  /** A bracket group standing for k source words: `BRACKET_BASE + BRACKET_PER_WORD × k`. */
  bracketBase: 0.02,
  bracketPerWord: 0.01,
  /** A bracket group with no source words (an insertion): dearer than standing for one word, so `[Biden] will` takes `he` from `And he will`. */
  bracketInsert: 0.05,
  /** Most source words one bracket group may stand for. */
  bracketMaxWords: 8,
  /**
   * Opening an unmarked omission of content, and each further word of it. A dropped
   * word is a little cheaper than a changed one, so `bread butter` for `bread and
   * butter` is an omission, not `butter` changed at the quote's edge.
   */
  omitOpen: 0.8,
  omitExtend: 0.1,
} as const;

/** Cost of leaving a source word of this class out of a quote (content: see omitOpen/omitExtend). */
export const OMIT: Readonly<Record<Exclude<SourceWordClass, "content">, number>> = {
  disfluency: 0.005,
  restart: 0.1,
  filler: 0.25,
};

export function relationCost(relation: WordRelation): number {
  switch (relation) {
    case "exact":
      return 0;
    case "typography":
      return COST.typography;
    case "inflection":
      return COST.inflection;
    case "similar":
      return COST.similar;
    default:
      return COST.different;
  }
}
