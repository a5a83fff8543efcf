import type { AlignStep, MatchWord, SourceWord } from "../../match/types.js";
import type { DifferenceKind } from "../types.js";
import { meaningKind } from "./meaning.js";
import { omissionKind } from "./omissions.js";

/** Changes longer than this (words on either side) are a passage dropped or rewritten, not a word swapped. */
const MEANING_SPAN = 5;
/** Quote words that may stand at the joint of a splice (`and`, `but`) without making it a rewrite. */
const SPLICE_JOINT = 2;

/**
 * One run of adjacent unmarked changes: a splice when whole passages are skipped; a
 * negation, number, entity or hedge when a short change touches one; otherwise an
 * omission, insertion or substitution.
 */
export function changeKind(
  group: readonly AlignStep[],
  words: readonly SourceWord[],
  qWords: readonly MatchWord[],
  sWords: readonly MatchWord[],
  startsQuote: boolean,
): DifferenceKind {
  const first = group[0]!;
  const last = group[group.length - 1]!;
  const s = first.s;
  const sn = last.s + last.sn - s;
  if (currencyOnly(qWords, sWords, quoteNeighbours(group, words))) return "typography";
  if (group.every((g) => g.op === "insert")) {
    return meaningOf(qWords, sWords, startsQuote) ?? "insertion";
  }
  const dropped = sn > 0 ? omissionKind(words, s, sn) : "omission";
  if (dropped === "splice" && qWords.length <= SPLICE_JOINT) return "splice";
  const base: DifferenceKind = group.every((g) => g.op === "omit") ? dropped : "substitution";
  return meaningOf(qWords, sWords, startsQuote) ?? base;
}

const CURRENCY_WORDS: ReadonlySet<string> = new Set([
  "dollar",
  "dollars",
  "pound",
  "pounds",
  "euro",
  "euros",
]);

/** The source words just before and after a change (where the number a currency word goes with stands). */
function quoteNeighbours(group: readonly AlignStep[], words: readonly SourceWord[]): MatchWord[] {
  const first = group[0]!;
  const last = group[group.length - 1]!;
  return [words[first.s - 1], words[last.s + last.sn]].filter(
    (w): w is SourceWord => w !== undefined,
  );
}

/**
 * `$1.2 trillion` printed `1.2 trillion dollars`: the currency word added or dropped
 * next to a number is a style of writing amounts (the tokenizer drops `$`, `£`, `€`).
 */
function currencyOnly(
  qWords: readonly MatchWord[],
  sWords: readonly MatchWord[],
  around: readonly MatchWord[],
): boolean {
  const words =
    qWords.length > 0 && sWords.length === 0
      ? qWords
      : sWords.length > 0 && qWords.length === 0
        ? sWords
        : [];
  if (words.length === 0 || !words.every((w) => CURRENCY_WORDS.has(w.norm))) return false;
  return around.some((w) => w.numberKey !== undefined);
}

function meaningOf(
  qWords: readonly MatchWord[],
  sWords: readonly MatchWord[],
  startsQuote: boolean,
) {
  if (qWords.length > MEANING_SPAN || sWords.length > MEANING_SPAN) return undefined;
  return meaningKind({ words: qWords, startsQuote }, { words: sWords, startsQuote: false });
}
