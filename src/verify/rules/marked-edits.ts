import { isNegation } from "../../match/lexicon/negations.js";
import type { MatchWord } from "../../match/types.js";
import type { DifferenceKind } from "../types.js";

/** Omitted words at an ellipsis short enough that a dropped negation is the point, not a trim. */
const SHORT_ELLIPSIS = 3;

/**
 * Words left out at an ellipsis: a marked edit, unless the ellipsis only hides a
 * negation next to kept words (`we will … raise taxes` for `we will not raise taxes`).
 */
export function ellipsisKind(omitted: readonly MatchWord[]): DifferenceKind {
  if (omitted.length <= SHORT_ELLIPSIS && omitted.some((w) => isNegation(w.norm)))
    return "negation";
  return "ellipsis_omission";
}

/**
 * A `[bracketed]` group standing for source words: the same words (`[the President]`)
 * are typography; a number or negation swapped in brackets still changes the meaning;
 * anything else (`[Biden]` for `he`) is a marked substitution.
 */
export function bracketKind(
  inBrackets: readonly MatchWord[],
  replaced: readonly MatchWord[],
): DifferenceKind {
  if (replaced.length === 0) {
    return inBrackets.some((w) => isNegation(w.norm)) ? "negation" : "bracket_insertion";
  }
  if (
    inBrackets.length === replaced.length &&
    inBrackets.every((w, k) => w.norm === replaced[k]!.norm)
  ) {
    return "typography";
  }
  const numbers = (ws: readonly MatchWord[]) =>
    ws
      .map((w) => w.numberKey)
      .filter((v) => v !== undefined)
      .sort()
      .join(" ");
  if (numbers(inBrackets) !== numbers(replaced) && numbers(replaced) !== "") return "number";
  if (inBrackets.some((w) => isNegation(w.norm)) !== replaced.some((w) => isNegation(w.norm))) {
    return "negation";
  }
  return "bracket_substitution";
}
