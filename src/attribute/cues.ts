import { isSpeechVerb } from "../extract/lexicon/speech-verbs.js";
import { PUNCT, QUOTE, type Token, WORD } from "../extract/tokens.js";
import {
  BEFORE_ONLY,
  IRREGULAR_VERB_FORMS,
  MEDIUM_FILLERS,
  MEDIUM_NOUNS,
  MEDIUM_PREPOSITIONS,
  NOUN_DETERMINERS,
  OBJECT_STOPS,
  TOLD_OBJECT_MAX,
} from "./lexicon/cue-words.js";
import { CLAUSE_WORDS, DETERMINERS, PRONOUNS, UNDOES_CUE } from "./lexicon/function-words.js";
import { atSentenceStart, isDescriptionNoun } from "./noun-phrase.js";

/**
 * Cue verbs and phrases: `said`, `told reporters`, `said in a statement`,
 * `according to`, `pointed out`, `chimed in`, `was quoted as saying`.
 */

/** Where the cue stands relative to the quotation it introduces. */
export type CuePosition = "before" | "after";

/**
 * If a cue starts at token `k`, the index of its last token; otherwise -1.
 * `position` says whether the quotation comes after the cue (`Kirby said: "…"`) or
 * before it (`"…," Kirby said`).
 */
export function cueEnd(tokens: readonly Token[], k: number, position: CuePosition): number {
  const t = tokens[k];
  if (!t || t.kind !== WORD) return -1;
  const lower = t.lower;
  // `The Associated Press`, `Will Smith`: a capitalised word inside a sentence is a name.
  if (t.cap && !atSentenceStart(tokens, k)) return -1;
  if (lower === "according") return tokens[k + 1]?.lower === "to" ? k + 1 : -1;
  if (!isSpeechVerb(lower)) {
    // `was quoted as saying`
    return -1;
  }
  const prev = tokens[k - 1];
  if (prev && prev.kind === WORD && UNDOES_CUE.has(prev.lower)) {
    // `was quoted as saying` is a cue; `was told`, `did not say` are not.
    if (lower === "quoted" && tokens[k + 1]?.lower === "as" && tokens[k + 2]?.lower === "saying")
      return k + 2;
    if (prev.lower !== "is" && prev.lower !== "are") return -1;
  }
  if (lower.endsWith("n't")) return -1;
  // `the company had agreed to "dim the lights"`: agreeing to do something is not saying.
  if (lower.startsWith("agree") && tokens[k + 1]?.lower === "to") return -1;
  // `its latest offer`, `the main sticking point`, `a formal complaint`: a noun, not a verb.
  if (
    !lower.endsWith("ed") &&
    !IRREGULAR_VERB_FORMS.has(lower) &&
    prev &&
    isNounContext(tokens, k) &&
    !opensClause(tokens[k + 1])
  )
    return -1;
  const next = tokens[k + 1];
  if ((lower === "pointed" || lower === "point" || lower === "points") && next?.lower === "out")
    return k + 1;
  if ((lower === "chimed" || lower === "chime") && next?.lower === "in") return k + 1;
  if ((lower === "went" || lower === "goes") && next?.lower === "on") return k + 1;
  if (BEFORE_ONLY.has(lower) && position === "after") return -1;
  // `Another put it more simply: "…"`, `as she put it`
  if (lower === "put" || lower === "puts")
    return tokens[k + 1]?.lower === "it" && position === "before" ? k + 1 : -1;
  let end = k;
  if (lower === "told" || lower === "tells" || lower === "tell") end = toldObjectEnd(tokens, k);
  return mediumEnd(tokens, end);
}

function toldObjectEnd(tokens: readonly Token[], k: number): number {
  let j = k + 1;
  const limit = k + TOLD_OBJECT_MAX;
  while (j <= limit && j < tokens.length) {
    const t = tokens[j]!;
    // `told pals she was "devastated"`: a pronoun or a verb starts the reported clause.
    if (
      t.kind !== WORD ||
      OBJECT_STOPS.has(t.lower) ||
      PRONOUNS.has(t.lower) ||
      UNDOES_CUE.has(t.lower)
    )
      break;
    if (!t.cap && isSpeechVerb(t.lower)) break;
    // `told analysts the company was…`: a second noun phrase starts the reported clause.
    if (j > k + 1 && DETERMINERS.has(t.lower)) break;
    j++;
  }
  return j - 1;
}

/** Extends a cue over `in a statement`, `on Twitter`, `during a briefing`. */
function mediumEnd(tokens: readonly Token[], end: number): number {
  const prep = tokens[end + 1];
  if (!prep || prep.kind !== WORD || !MEDIUM_PREPOSITIONS.has(prep.lower)) return end;
  for (let j = end + 2; j <= end + 5 && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.kind !== WORD) return end;
    // `on a conference call`: the medium may take two nouns.
    if (MEDIUM_NOUNS.has(t.lower)) return MEDIUM_NOUNS.has(tokens[j + 1]?.lower ?? "") ? j + 1 : j;
    if (!MEDIUM_FILLERS.has(t.lower)) return end;
  }
  return end;
}

/**
 * `Residents on the island say they feel…`: a pronoun or a quotation after
 * the word shows it is the verb of a clause, not a noun (`have their say`).
 */
function opensClause(next: Token | undefined): boolean {
  if (!next) return false;
  if (next.kind === QUOTE) return true;
  return next.kind === WORD && PRONOUNS.has(next.lower);
}

/** A determiner (or a determiner and one adjective) right before: the word is a noun. */
function isNounContext(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1];
  if (!prev || prev.kind !== WORD) return false;
  if (NOUN_DETERMINERS.has(prev.lower) || prev.lower.endsWith("'s") || prev.lower.endsWith("’s"))
    return true;
  // `the main sticking point`: a determiner and up to two lower-case words before.
  for (let j = k - 1; j >= k - 3 && j >= 0; j--) {
    const t = tokens[j]!;
    if (t.kind !== WORD || t.cap || isSpeechVerb(t.lower) || UNDOES_CUE.has(t.lower)) return false;
    if (NOUN_DETERMINERS.has(t.lower)) return true;
    if (CLAUSE_WORDS.has(t.lower)) return false;
    // `a senior official warns`: a noun that can speak is the subject, so this is a verb.
    if (isDescriptionNoun(t.lower)) return false;
  }
  return false;
}

/** True when token `k` is punctuation `value`. */
export function isPunct(tokens: readonly Token[], k: number, value: string): boolean {
  const t = tokens[k];
  return t !== undefined && t.kind === PUNCT && t.lower === value;
}
