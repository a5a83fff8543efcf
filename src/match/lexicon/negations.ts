/** Words that negate (a negation added, dropped or swapped reverses what was said). */
export const NEGATIONS: ReadonlySet<string> = new Set([
  "not",
  "no",
  "never",
  "none",
  "nor",
  "neither",
  "nobody",
  "nothing",
  "nowhere",
  "cannot",
  "without",
  "hardly",
  "barely",
  "n't",
]);

/** Whether a comparison word negates: a negation word or a `n't` contraction (`don't`, `won't`). */
export function isNegation(word: string): boolean {
  return NEGATIONS.has(word) || word.endsWith("n't");
}
