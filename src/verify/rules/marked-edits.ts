import { isNegation } from "../../match/lexicon/negations.js";
import type { MatchWord } from "../../match/types.js";
import type { DifferenceKind } from "../types.js";

/** Omitted words at an ellipsis short enough that a dropped negation is the point, not a trim. */
const SHORT_ELLIPSIS = 3;

/**
 * Words left out at an ellipsis: a marked edit, unless the ellipsis only hides a
 * negation next to kept words (`we will … raise taxes` for `we will not raise taxes`).
 * Whole sentences left out (`aid. … They must` for `aid. No excuses. They must`), or an
 * aside set off by punctuation, negate nothing that is kept. `next` is the source word after the omitted ones.
 */
export function ellipsisKind(
  omitted: readonly MatchWord[],
  next: MatchWord | undefined,
): DifferenceKind {
  const wholeSentences =
    omitted[0]?.breakBefore === "sentence" &&
    (next === undefined || next.breakBefore === "sentence");
  // An aside set off by commas or dashes (`tough times, there's no doubt, but`) says
  // nothing about the words around it either.
  const setOff = (w: MatchWord | undefined) =>
    w === undefined || w.breakBefore === "clause" || w.breakBefore === "dash";
  const aside = setOff(omitted[0]) && (setOff(next) || next?.breakBefore === "sentence");
  if (
    !wholeSentences &&
    !aside &&
    omitted.length <= SHORT_ELLIPSIS &&
    omitted.some((w) => isNegation(w.norm))
  )
    return "negation";
  return "ellipsis_omission";
}

/**
 * A `[bracketed]` group standing for source words: a number or negation swapped in
 * brackets still changes the meaning; anything else (`[Biden]` for `he`) is a marked
 * substitution, even the same words (`[Biden]` for `President Biden`, trimmed): the
 * paper marked an edit, and the report says so.
 */
export function bracketKind(
  inBrackets: readonly MatchWord[],
  replaced: readonly MatchWord[],
): DifferenceKind {
  if (replaced.length === 0) {
    return inBrackets.some((w) => isNegation(w.norm)) ? "negation" : "bracket_insertion";
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
