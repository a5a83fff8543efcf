import { isNegation } from "../../match/lexicon/negations.js";
import { isOrdinalWord } from "../../match/lexicon/numbers.js";
import type { MatchWord } from "../../match/types.js";
import { HEDGE_PHRASES, HEDGE_WORDS } from "../lexicon/hedges.js";
import { QUANTITIES } from "../lexicon/quantities.js";
import type { DifferenceKind } from "../types.js";

/** Words on one side of a change with their context (for sentence-initial capitals). */
export interface ChangedWords {
  words: readonly MatchWord[];
  /** Whether the first of `words` starts the quote (its capital says nothing). */
  startsQuote: boolean;
}

function onlyIn(a: readonly MatchWord[], b: readonly MatchWord[], test: (w: MatchWord) => boolean) {
  const other = new Set(b.filter(test).map((w) => w.numberKey ?? w.norm));
  return a.some((w) => test(w) && !other.has(w.numberKey ?? w.norm));
}

function hasPhrase(words: readonly MatchWord[], phrase: readonly string[]): boolean {
  outer: for (let i = 0; i + phrase.length <= words.length; i++) {
    for (let d = 0; d < phrase.length; d++) if (words[i + d]!.norm !== phrase[d]) continue outer;
    return true;
  }
  return false;
}

const isNumber = (w: MatchWord) => w.numberKey !== undefined || QUANTITIES.has(w.norm);
/** A spelled-out ordinal counts only against another number (`second` → `third`, not `by their first name`). */
const isQuantity = (other: readonly MatchWord[]) => (w: MatchWord) =>
  isNumber(w) && (!isOrdinalWord(w.norm) || other.some(isNumber));
const isNeg = (w: MatchWord) => isNegation(w.norm);
const isHedgeWord = (w: MatchWord) => HEDGE_WORDS.has(w.norm);

/** A proper name: capitalized where a capital is not explained by a sentence start. */
function entityTest(side: ChangedWords) {
  return (w: MatchWord) => {
    if (!w.capitalized || w.norm === "i" || w.norm.startsWith("i'")) return false;
    if (w.breakBefore === "sentence") return false;
    if (side.startsQuote && w === side.words[0]) return false;
    return true;
  };
}

/**
 * Whether a wording change touches what the words mean, checked in this order: a
 * negation added, dropped or swapped (`is` → `is not`); a number or quantity (`15` →
 * `18`, `all` → `some`); a named entity (`Kishida` → `Modi`); a hedge or modal
 * (`will` → `might`, `I think` dropped). Undefined when it touches none of them.
 */
export function meaningKind(quote: ChangedWords, source: ChangedWords): DifferenceKind | undefined {
  const q = quote.words;
  const s = source.words;
  if (onlyIn(q, s, isNeg) || onlyIn(s, q, isNeg)) return "negation";
  if (onlyIn(q, s, isQuantity(s)) || onlyIn(s, q, isQuantity(q))) return "number";
  const qEntity = entityTest(quote);
  const sEntity = entityTest(source);
  const qNames = new Set(q.filter(qEntity).map((w) => w.norm));
  const sNames = new Set(s.filter(sEntity).map((w) => w.norm));
  for (const name of qNames) if (!s.some((w) => w.norm === name)) return "entity";
  for (const name of sNames) if (!q.some((w) => w.norm === name)) return "entity";
  if (onlyIn(q, s, isHedgeWord) || onlyIn(s, q, isHedgeWord)) return "hedge";
  for (const phrase of HEDGE_PHRASES)
    if (hasPhrase(q, phrase) !== hasPhrase(s, phrase)) return "hedge";
  return undefined;
}
