import { isSpeechVerb } from "../extract/lexicon/speech-verbs.js";
import { BREAK, PUNCT, QUOTE, type Token, WORD } from "../extract/tokens.js";
import {
  CLAUSE_WORDS,
  CONNECTORS,
  DETERMINERS,
  PRONOUNS,
  SENTENCE_OPENERS,
} from "./lexicon/function-words.js";
import { MODIFIERS, NAME_PARTICLES } from "./lexicon/roles.js";
import {
  ATTACHING,
  atSentenceStart,
  isComma,
  isDescriptionNoun,
  isPossessive,
  MAX_APPOSITION,
  MAX_PHRASE,
  MAX_UNKNOWN,
  opensApposition,
  type Phrase,
  POSTNOMINAL,
  TIME_WORDS,
} from "./noun-phrase.js";
/**
 * Speaker expressions read forwards from their first word: after an inverted cue
 * (`said Kirby, the White House spokesperson`), `according to`, or a tagline dash.
 */

/**
 * The speaker expression starting at token `k` (after an inverted cue, `according
 * to`, or a tagline dash), never past token `hi`.
 */
export function readObject(tokens: readonly Token[], k: number, hi: number): Phrase | undefined {
  const phrase = simplePhraseForward(tokens, k, hi);
  if (!phrase) return undefined;
  // `a person familiar with the talks`, `Alex Pemberton of the Rail Users' Association`.
  let extended: Phrase = phrase;
  for (let level = 0; level < 2; level++) {
    let m = extended.last + 1;
    if (tokens[m]?.kind === WORD && POSTNOMINAL.has(tokens[m]!.lower)) m++;
    const prep = tokens[m];
    if (
      !prep ||
      prep.kind !== WORD ||
      !ATTACHING.has(prep.lower) ||
      prep.lower === "in" ||
      prep.lower === "on" ||
      prep.lower === "to" ||
      prep.lower === "by"
    )
      break;
    const inner = simplePhraseForward(tokens, m + 1, hi);
    if (
      !inner ||
      TIME_WORDS.has(tokens[inner.last]!.lower) ||
      PRONOUNS.has(tokens[inner.first]!.lower)
    )
      break;
    extended = { first: phrase.first, last: inner.last, head: phrase.head ?? phrase.last };
  }
  return withApposition(tokens, extended, hi);
}

function simplePhraseForward(tokens: readonly Token[], k: number, hi: number): Phrase | undefined {
  const t = tokens[k];
  if (!t || t.kind !== WORD || k > hi) return undefined;
  if (PRONOUNS.has(t.lower)) return { first: k, last: k };
  let m = k;
  const hasDeterminer = DETERMINERS.has(t.lower) || isPossessive(t.lower);
  if (hasDeterminer) m++;
  let last = -1;
  let unknown = 0;
  while (m <= hi && m < k + MAX_PHRASE) {
    const u = tokens[m]!;
    if (u.kind !== WORD) break;
    const lower = u.lower;
    if (u.cap && !(isSpeechVerb(lower) && atSentenceStart(tokens, m))) {
      last = m++;
      continue;
    }
    // `Ursula von der Leyen`: lower-case particles between capitalised words.
    if (NAME_PARTICLES.has(lower) && last >= 0 && tokens[last]!.cap) {
      let n = m;
      while (n <= hi && n < m + 3 && NAME_PARTICLES.has(tokens[n]!.lower)) n++;
      if (tokens[n]?.kind === WORD && tokens[n]!.cap) {
        m = n;
        continue;
      }
    }
    if ((CONNECTORS.has(lower) || lower === "and") && last >= 0) {
      const after = tokens[m + 1];
      if (after && after.kind === WORD && after.cap && tokens[last]!.cap) {
        m++;
        continue;
      }
      if (
        lower !== "and" &&
        after &&
        after.kind === WORD &&
        DETERMINERS.has(after.lower) &&
        isDescriptionNoun(tokens[last]!.lower)
      ) {
        m += 2;
        continue;
      }
      break;
    }
    if (CLAUSE_WORDS.has(lower) || isSpeechVerb(lower) || TIME_WORDS.has(lower)) break;
    if (isDescriptionNoun(lower) || isPossessive(lower)) {
      last = m++;
      continue;
    }
    if (MODIFIERS.has(lower)) {
      m++;
      continue;
    }
    // `the council's own performance report`: unknown words on the way to a head noun.
    if (hasDeterminer && unknown < MAX_UNKNOWN) {
      unknown++;
      const next = tokens[m + 1];
      if (
        last < 0 &&
        next &&
        next.kind === WORD &&
        !CLAUSE_WORDS.has(next.lower) &&
        !isSpeechVerb(next.lower)
      ) {
        m++;
        continue;
      }
      if (last < 0) last = m;
      if (next && next.kind === WORD && isDescriptionNoun(next.lower)) {
        m++;
        continue;
      }
    }
    break;
  }
  if (last < 0) return undefined;
  return { first: k, last };
}

/** Adds a following apposition: `said Kirby, the White House spokesperson.` */
export function withApposition(tokens: readonly Token[], phrase: Phrase, hi: number): Phrase {
  if (!isComma(tokens[phrase.last + 1])) return phrase;
  const first = phrase.last + 2;
  let m = first;
  while (m <= hi && m < first + MAX_APPOSITION) {
    const u = tokens[m]!;
    if (u.kind === BREAK || u.kind === QUOTE) break;
    if (
      u.kind === PUNCT &&
      u.lower !== "'" &&
      u.lower !== "(" &&
      u.lower !== ")" &&
      u.lower !== "-" &&
      u.lower !== "&"
    )
      break;
    // `Whitmore Springs, the fire chief said`: a subject after a fronted clause, not an apposition.
    if (u.kind === WORD && isSpeechVerb(u.lower)) return phrase;
    m++;
  }
  if (m === first) return phrase;
  // `said Eastmark's trade minister, Ingrid Halvorsen, who…`: the name in apposition to
  // a description is the speaker, and the description its role.
  const head = tokens[phrase.head ?? phrase.last]!;
  if (!head.cap && isDescriptionNoun(head.lower)) {
    let k = first;
    while (
      k < m &&
      k < first + 5 &&
      tokens[k]!.kind === WORD &&
      tokens[k]!.cap &&
      !SENTENCE_OPENERS.has(tokens[k]!.lower)
    )
      k++;
    if (k > first && (k === m || isComma(tokens[k])))
      return { first, last: k - 1, apposition: { first: phrase.first, last: phrase.last } };
  }
  if (!opensApposition(tokens, first, m - 1)) return phrase;
  const lead = tokens[first]!.lower;
  if (lead === "who" || lead === "whose" || lead === "which") return phrase;
  return { ...phrase, apposition: { first, last: m - 1 } };
}
