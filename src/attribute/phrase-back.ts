import { isSpeechVerb } from "../extract/lexicon/speech-verbs.js";
import { type Token, WORD } from "../extract/tokens.js";
import { isAgentNoun } from "./agent-noun.js";
import {
  CLAUSE_WORDS,
  CONNECTORS,
  DETERMINERS,
  SENTENCE_OPENERS,
} from "./lexicon/function-words.js";
import { MODIFIERS } from "./lexicon/roles.js";
import {
  ATTACHING,
  atSentenceStart,
  isDescriptionNoun,
  isPossessive,
  MAX_PHRASE,
  MAX_UNKNOWN,
  OBJECT_PRONOUNS,
  type Phrase,
  POSTNOMINAL,
  QUANTIFIERS,
} from "./noun-phrase.js";
/**
 * Speaker expressions read backwards from their last word: `White House National
 * Security Council spokesperson John Kirby`, `a person familiar with the talks`.
 */

/**
 * The noun phrase ending at token `j`, read backwards, never before `lo`. When it
 * is the object of a preposition attached to a noun before it (`a person familiar
 * with [the talks]`), the phrase grows to include that noun, up to two levels.
 */
export function readPhraseBack(
  tokens: readonly Token[],
  j: number,
  lo: number,
): Phrase | undefined {
  // `a person familiar with them`: an object pronoun can end the attached phrase.
  const t = tokens[j];
  const objectPronoun =
    t?.kind === WORD && OBJECT_PRONOUNS.has(t.lower) && ATTACHING.has(tokens[j - 1]?.lower ?? "");
  let phrase: Phrase | undefined = objectPronoun
    ? { first: j, last: j }
    : simplePhraseBack(tokens, j, lo);
  for (let level = 0; phrase && level < 2; level++) {
    const prep = tokens[phrase.first - 1];
    if (!prep || prep.kind !== WORD || !ATTACHING.has(prep.lower) || phrase.first - 2 < lo) break;
    let m = phrase.first - 2;
    if (tokens[m]!.kind === WORD && POSTNOMINAL.has(tokens[m]!.lower)) m--;
    if (m < lo) break;
    // `one of the smaller delegations`: a quantifier is the head of its own phrase.
    const quantifier =
      prep.lower === "of" && tokens[m]!.kind === WORD && QUANTIFIERS.has(tokens[m]!.lower);
    const outer = quantifier ? { first: m, last: m } : simplePhraseBack(tokens, m, lo);
    if (!outer) break;
    const head = tokens[outer.last]!;
    // Only a noun that can speak takes the phrase: `a person familiar with…`, `Pemberton of…`.
    if (!quantifier && !head.cap && !isDescriptionNoun(head.lower)) break;
    phrase = { first: outer.first, last: phrase.last, head: outer.head ?? outer.last };
  }
  return phrase;
}

export function simplePhraseBack(
  tokens: readonly Token[],
  j: number,
  lo: number,
): Phrase | undefined {
  if (!isHead(tokens, j)) return undefined;
  let first = j;
  let head: number | undefined;
  for (let m = j - 1; m >= lo && m > j - MAX_PHRASE; m--) {
    const u = tokens[m]!;
    if (u.kind !== WORD) break;
    const lower = u.lower;
    if (DETERMINERS.has(lower)) {
      first = m;
      break;
    }
    if (u.cap) {
      if (SENTENCE_OPENERS.has(lower) && atSentenceStart(tokens, m)) break;
      // `Said Kirby:` opens with a verb; `Press Secretary Karine Jean-Pierre` with a noun.
      const nextIsRole = isDescriptionNoun(tokens[m + 1]?.lower ?? "");
      if (isSpeechVerb(lower) && atSentenceStart(tokens, m) && !nextIsRole) break;
      first = m;
      continue;
    }
    if (CONNECTORS.has(lower) || lower === "and" || lower === "&") {
      // `Secretary of State`, `Department of Health and Social Care`, `husband and business partner`.
      const before = tokens[m - 1];
      const after = tokens[m + 1]!;
      const joinsCaps = before?.kind === WORD && before.cap && after.cap;
      const joinsRoles =
        before?.kind === WORD &&
        isDescriptionNoun(before.lower) &&
        (after.cap || isDescriptionNoun(after.lower) || MODIFIERS.has(after.lower));
      if (
        lower === "and" || lower === "&"
          ? joinsCaps || joinsRoles
          : joinsCaps || joinsRoles || (before?.kind === WORD && isDescriptionNoun(before.lower))
      ) {
        // `a spokeswoman for Mayor Derek Oyelaran`: the speaker is the spokeswoman.
        if (
          lower !== "and" &&
          lower !== "&" &&
          before &&
          !before.cap &&
          isDescriptionNoun(before.lower)
        )
          head = m - 1;
        first = m;
        continue;
      }
      break;
    }
    if (CLAUSE_WORDS.has(lower) || isSpeechVerb(lower)) break;
    if (isPossessive(lower) || MODIFIERS.has(lower) || isDescriptionNoun(lower)) {
      first = m;
      continue;
    }
    // Unknown words belong to the phrase only if a determiner closely precedes them:
    // `one former lab member said`, `one exasperated resident said`.
    const det = determinerBefore(tokens, m, lo);
    if (det >= 0) first = possessorStart(tokens, det, lo);
    break;
  }
  while (first < j && (CONNECTORS.has(tokens[first]!.lower) || tokens[first]!.lower === "and"))
    first++;
  return head === undefined ? { first, last: j } : { first, last: j, head };
}

/**
 * Where a phrase starting at `det` begins when `det` is a capitalised possessor:
 * back over the rest of its name and a `the` (`the National Hurricane Center's`).
 */
function possessorStart(tokens: readonly Token[], det: number, lo: number): number {
  const t = tokens[det]!;
  if (!isPossessive(t.lower)) return det;
  // `the council's licensing committee`: a common noun possessor has its determiner.
  if (!t.cap) {
    const before = tokens[det - 1];
    return det - 1 >= lo && before?.kind === WORD && DETERMINERS.has(before.lower) ? det - 1 : det;
  }
  let first = det;
  for (let k = det - 1; k >= lo && k > det - MAX_PHRASE; k--) {
    const u = tokens[k]!;
    if (u.kind !== WORD) break;
    if (u.lower === "the") return k;
    if (!u.cap || (SENTENCE_OPENERS.has(u.lower) && atSentenceStart(tokens, k))) break;
    first = k;
  }
  return first;
}

/** The index of a determiner reached backwards from `m` over unknown lower-case words only, or -1. */
export function determinerBefore(tokens: readonly Token[], m: number, lo: number): number {
  for (let k = m; k >= lo && k > m - MAX_UNKNOWN - 1; k--) {
    const u = tokens[k]!;
    if (u.kind !== WORD) return -1;
    // `the National Hurricane Center's latest advisory`: a possessor is a determiner.
    if (DETERMINERS.has(u.lower) || isPossessive(u.lower)) return k;
    if (u.cap) return -1;
    if (CLAUSE_WORDS.has(u.lower) || ATTACHING.has(u.lower) || isSpeechVerb(u.lower)) return -1;
  }
  return -1;
}

/** Whether token `j` can end a speaker expression. */
export function isHead(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  if (t === undefined || t.kind !== WORD) return false;
  if (t.cap) {
    if (SENTENCE_OPENERS.has(t.lower) && atSentenceStart(tokens, j)) return false;
    // `State Transport Minister`: a capitalised word inside a sentence is a name, even `State`.
    return !(isSpeechVerb(t.lower) && atSentenceStart(tokens, j));
  }
  if (isDescriptionNoun(t.lower)) return true;
  if (CLAUSE_WORDS.has(t.lower) || isSpeechVerb(t.lower) || DETERMINERS.has(t.lower)) return false;
  // `Rival bidders denounced…`: a plural noun for people who do something.
  if (t.lower.endsWith("s") && isAgentNoun(t.lower.slice(0, -1))) return true;
  // `the ruling said`: a word in -ing is a noun only right after its determiner (in
  // `spent several minutes fielding questions` it is a verb).
  if (t.lower.endsWith("ing") && t.lower.length > 4) {
    const before = tokens[j - 1];
    return before?.kind === WORD && (DETERMINERS.has(before.lower) || isPossessive(before.lower));
  }
  // `the lawsuit said`, `one lab member said`: an unknown noun with a determiner close before it.
  return j > 0 && determinerBefore(tokens, j - 1, Math.max(0, j - MAX_UNKNOWN - 1)) >= 0;
}
