/**
 * Words speakers say that are not part of what they mean: hesitations anywhere, and
 * discourse markers at the start of a clause or set off by commas (`So`, `And`,
 * `Look,`, `you know`). Leaving them out is a meaning-preserving edit.
 */

/** Hesitation sounds: never content. */
export const HESITATIONS: ReadonlySet<string> = new Set([
  "uh",
  "um",
  "uhm",
  "er",
  "erm",
  "ah",
  "hmm",
  "mm",
  "eh",
]);

/** Discourse markers that open a clause without adding content (`So we will…`, `Now, the President…`). */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  "so",
  "and",
  "now",
  "look",
  "well",
  "okay",
  "ok",
  "oh",
  "yeah",
  "listen",
  "anyway",
  "again",
]);

/** Phrases a speaker uses to take back what came just before (`— I'm sorry —`, `excuse me`). */
export const EDITING_TERMS: readonly (readonly string[])[] = [
  ["i'm", "sorry"],
  ["sorry"],
  ["excuse", "me"],
  ["pardon", "me"],
  ["i", "mean"],
  ["i", "should", "say"],
  ["or", "rather"],
];

/** Markers that are fillers wherever they are set off by commas or dashes (`and, again, showing`). */
export const PARENTHETICAL_FILLERS: readonly (readonly string[])[] = [
  ...EDITING_TERMS,
  ["again"],
  ["look"],
  ["well"],
  ["okay"],
  ["ok"],
  ["now"],
  ["so"],
  ["you", "know"],
  ["you", "see"],
  ["listen"],
  ["if", "you", "will"],
  ["if", "you", "look", "at", "it"],
  ["so", "to", "speak"],
  ["as", "it", "were"],
  ["of", "course"],
  ["frankly"],
  ["quite", "frankly"],
  ["honestly"],
  ["candidly"],
  ["to", "be", "honest"],
  ["to", "be", "frank"],
  ["by", "the", "way"],
  ["mind", "you"],
];

/** One-word sentences that only keep the talk going (`Right?`, `Okay.`). */
export const TAG_SENTENCES: ReadonlySet<string> = new Set(["right", "okay", "ok", "yeah"]);

/** A single word repeated back to back that can be good English, not a stutter (`that that`, `had had`). */
export const GRAMMATICAL_DOUBLES: ReadonlySet<string> = new Set(["that", "had"]);
