import { isSpeechVerb } from "../extract/lexicon/speech-verbs.js";
import { PUNCT, type Token, WORD } from "../extract/tokens.js";
import {
  BETWEEN_SUBJECT_AND_CUE,
  DETERMINERS,
  PRONOUNS,
  SENTENCE_OPENERS,
} from "./lexicon/function-words.js";
import { ORGANIZATION_NOUNS, ROLE_NOUNS, TITLE_ROLES, TITLES } from "./lexicon/roles.js";
import {
  appositionStart,
  atSentenceStart,
  isComma,
  isDescriptionNoun,
  isPossessive,
  type Phrase,
  QUANTIFIERS,
  TIME_PREPOSITIONS,
  TIME_WORDS,
} from "./noun-phrase.js";
import { readPhraseBack, simplePhraseBack } from "./phrase-back.js";

/**
 * The subject of a cue verb, read backwards from the cue over adverbs, time
 * adjuncts, appositions (`Kirby, who …, said`) and relative clauses (`a former
 * employee who worked in its laboratory said`).
 */

/** Capitalised words that can make up a name (no sentence openers, no lower case). */
function isNameLike(t: Token): boolean {
  return t.kind === WORD && t.cap && !SENTENCE_OPENERS.has(t.lower) && !isDescriptionNoun(t.lower);
}

/** A capitalised title or rank printed before a name: `Councillor`, `Dr.`, `Detective Inspector`. */
function isTitleWord(t: Token): boolean {
  return (
    t.kind === WORD &&
    t.cap &&
    (TITLES.has(t.lower) || TITLE_ROLES.has(t.lower) || ROLE_NOUNS.has(t.lower))
  );
}

/**
 * `Its chief executive, Gregory Sandoval, told investors`: a description, then the
 * name between commas. The name is the speaker and the description its role.
 * `end` is the comma after the name.
 */
function nameInApposition(tokens: readonly Token[], end: number, lo: number): Phrase | undefined {
  let k = end - 1;
  while (k >= lo && k > end - 6 && isNameLike(tokens[k]!)) k--;
  if (k === end - 1) return undefined;
  // `Its chair, Councillor Dev Mistry,`: a title or rank before the name.
  while (k >= lo && k > end - 8 && isTitleWord(tokens[k]!)) k--;
  if (k < lo || !isComma(tokens[k])) return undefined;
  const description = simplePhraseBack(tokens, k - 1, lo);
  if (!description) return undefined;
  const head = tokens[description.last]!;
  const lead = tokens[description.first]!.lower;
  const noun = head.lower.replace(/s$/, "");
  // `Its chief executive, Gregory Sandoval,` and `The operator, Hebridean Link Ferries,`.
  if (head.cap || !(ROLE_NOUNS.has(noun) || ORGANIZATION_NOUNS.has(noun))) return undefined;
  // `Its chair`, `Ms Duarte's husband`: a determiner or a possessor opens the description.
  let possessed = DETERMINERS.has(lead) || isPossessive(lead);
  for (let j = description.first; j < description.last && !possessed; j++)
    possessed = isPossessive(tokens[j]!.lower);
  if (!possessed) return undefined;
  return {
    first: k + 1,
    last: end - 1,
    apposition: { first: description.first, last: description.last },
  };
}

/**
 * The subject of a cue verb, read backwards from token `k` (the token just before
 * the cue), never before token `lo`.
 */
export function readSubject(tokens: readonly Token[], k: number, lo: number): Phrase | undefined {
  let j = k;
  while (j >= lo && j > k - 4) {
    const t = tokens[j]!;
    if (t.kind !== WORD || t.cap) break;
    if (BETWEEN_SUBJECT_AND_CUE.has(t.lower) || (t.lower.endsWith("ly") && t.lower.length > 4)) j--;
    else break;
  }
  j = skipTime(tokens, j, lo);
  if (j < lo) return undefined;
  let apposition: Phrase["apposition"];
  const t = tokens[j]!;
  if (t.kind === PUNCT && t.lower === ")") {
    let m = j - 1;
    while (m >= lo && m > j - 10 && !(tokens[m]!.kind === PUNCT && tokens[m]!.lower === "(")) m--;
    if (m < lo || tokens[m]!.lower !== "(") return undefined;
    j = m - 1;
  } else if (isComma(t)) {
    // `Tremayne, chief executive of the authority, who gave evidence, said`: up to two appositions.
    const named = nameInApposition(tokens, j, lo);
    if (named) return named;
    const m = appositionStart(tokens, j, lo);
    if (m < 0) return undefined;
    apposition = { first: m + 1, last: j - 1 };
    j = m - 1;
    // `Guidry, 58, a former schoolteacher …, told`: an age between the name and the apposition.
    if (j - 1 >= lo && /^\d{1,3}$/.test(tokens[j]!.lower) && isComma(tokens[j - 1])) j -= 2;
    // `Tremayne, chief executive of the authority, who gave evidence, said` and
    // `Varley, of the Clean Rivers Trust, whose report…, said`: a second apposition,
    // closer to the name, is the one that gives the role.
    else if (j >= lo && !isComma(tokens[j])) {
      const c2 = appositionStart(tokens, j + 1, lo);
      const before = c2 > lo ? tokens[c2 - 1] : undefined;
      if (
        c2 >= 0 &&
        before &&
        before.kind === WORD &&
        before.cap &&
        !SENTENCE_OPENERS.has(before.lower)
      ) {
        apposition = { first: c2 + 1, last: j };
        j = c2 - 1;
      }
    }
  }
  if (j < lo) return undefined;
  const u = tokens[j]!;
  if (u.kind !== WORD) return undefined;
  if (PRONOUNS.has(u.lower)) return { first: j, last: j, apposition };
  // `One wrote: "…"`, `Another added`: a quantifier standing for a person.
  if (
    (QUANTIFIERS.has(u.lower) || u.lower === "another" || u.lower === "others") &&
    (atSentenceStart(tokens, j) || tokens[j - 1]?.kind === PUNCT || tokens[j - 1]?.lower === "and")
  )
    return { first: j, last: j, apposition };
  if ((u.lower === "who" || u.lower === "which" || u.lower === "that") && !apposition) {
    // `…officials, who said "…"`: the speaker is the phrase before the comma;
    // `The glaciologist who says the window "is closing"`: the phrase before `who`.
    if (isComma(tokens[j - 1])) return readSubject(tokens, j - 2, lo);
    if (u.lower === "that") return undefined;
    const phrase = readPhraseBack(tokens, j - 1, lo);
    const head = phrase ? tokens[phrase.head ?? phrase.last]! : undefined;
    const det = phrase ? tokens[phrase.first]!.lower : "";
    return head && (head.cap || isDescriptionNoun(head.lower) || DETERMINERS.has(det))
      ? phrase
      : undefined;
  }
  // `A former utility employee who worked in its laboratory … said`, `The staff report
  // presented to the board said`: the speaker is the phrase before the (reduced)
  // relative clause, not the end of the clause.
  const relative = relativeSubject(tokens, j, lo);
  if (relative) return { ...relative, apposition };
  const phrase = readPhraseBack(tokens, j, lo);
  return phrase ? { ...phrase, apposition } : undefined;
}

/** Longest participle phrase kept in a speaker expression, in tokens after the participle. */
const MAX_PARTICIPLE = 6;

/** Longest relative clause stepped over: `officials who spoke on condition of anonymity`. */
const MAX_RELATIVE = 12;

function relativeSubject(tokens: readonly Token[], j: number, lo: number): Phrase | undefined {
  for (let k = j; k > lo && k > j - MAX_RELATIVE; k--) {
    const t = tokens[k]!;
    if (t.kind !== WORD) return undefined;
    const participle =
      k < j && !t.cap && t.lower.endsWith("ed") && t.lower.length > 4 && !isSpeechVerb(t.lower);
    if (t.lower !== "who" && t.lower !== "whose" && !participle) continue;
    const phrase = readPhraseBack(tokens, k - 1, lo);
    if (participle) {
      // Only a noun that speaks for itself: `the report presented to the board`. A
      // short participle phrase describing a person belongs to the speaker expression
      // (`One Republican aide involved in the talks`), as `a person familiar with…` does.
      const h = phrase ? tokens[phrase.head ?? phrase.last]! : undefined;
      if (!phrase || !h || h.cap || !isDescriptionNoun(h.lower)) continue;
      const person = ROLE_NOUNS.has(h.lower) || ROLE_NOUNS.has(h.lower.replace(/s$/, ""));
      return person && j - k < MAX_PARTICIPLE
        ? { first: phrase.first, last: j, head: phrase.head ?? phrase.last }
        : phrase;
    }
    if (!phrase) return undefined;
    const head = tokens[phrase.head ?? phrase.last]!;
    return head.cap || isDescriptionNoun(head.lower) || DETERMINERS.has(tokens[phrase.first]!.lower)
      ? phrase
      : undefined;
  }
  return undefined;
}

/** Steps back over a trailing time adjunct: `… in November said`, `… on Monday told`. */
function skipTime(tokens: readonly Token[], j: number, lo: number): number {
  const t = tokens[j];
  if (!t || t.kind !== WORD || !TIME_WORDS.has(t.lower) || j - 1 < lo) return j;
  const prep = tokens[j - 1]!;
  return prep.kind === WORD && TIME_PREPOSITIONS.has(prep.lower) ? j - 2 : j;
}
