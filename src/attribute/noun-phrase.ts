import { isSpeechVerb } from "../extract/lexicon/speech-verbs.js";
import { BREAK, PUNCT, QUOTE, type Token, WORD } from "../extract/tokens.js";
import {
  BETWEEN_SUBJECT_AND_CUE,
  CLAUSE_WORDS,
  CONNECTORS,
  DETERMINERS,
  PRONOUNS,
  SENTENCE_OPENERS,
} from "./lexicon/function-words.js";
import {
  DOCUMENT_NOUNS,
  MODIFIERS,
  ORGANIZATION_NOUNS,
  ROLE_NOUNS,
  TITLES,
} from "./lexicon/roles.js";

/**
 * Reads the speaker expression next to a cue: backwards from the cue for
 * `White House spokesperson John Kirby said`, forwards for `said Kirby` and
 * `according to a senior official`. Appositions (`Kirby, who …, said`,
 * `said Kirby, the White House spokesperson`) are skipped and returned apart.
 * All reads are bounded, so attribution stays linear in the text.
 */

export interface Phrase {
  /** First and last token of the speaker expression, inclusive. */
  first: number;
  last: number;
  /** An apposition next to it: `, the White House spokesperson,`. */
  apposition?: { first: number; last: number };
}

/** Longest speaker expression read: `White House National Security Council spokesperson John Kirby`. */
const MAX_PHRASE = 12;
/** Longest apposition skipped between a subject and its cue. */
const MAX_APPOSITION = 30;

/** A role, institution or description noun, singular or plural. */
export function isDescriptionNoun(lower: string): boolean {
  if (ROLE_NOUNS.has(lower) || ORGANIZATION_NOUNS.has(lower) || DOCUMENT_NOUNS.has(lower))
    return true;
  if (lower.endsWith("s")) {
    const singular = lower.endsWith("ies") ? `${lower.slice(0, -3)}y` : lower.slice(0, -1);
    return (
      ROLE_NOUNS.has(singular) || ORGANIZATION_NOUNS.has(singular) || DOCUMENT_NOUNS.has(singular)
    );
  }
  return false;
}

function isPossessive(lower: string): boolean {
  return lower.endsWith("'s") || lower.endsWith("’s") || lower.endsWith("s'");
}

/** A word at the start of its sentence (after a break, a terminal mark, or nothing). */
export function atSentenceStart(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1];
  return !prev || prev.sentence !== tokens[k]!.sentence || prev.kind === BREAK;
}

function isTerminal(token: Token): boolean {
  return (
    token.kind === PUNCT && (token.lower === "." || token.lower === "?" || token.lower === "!")
  );
}

/** Whether the tokens from `first` could open an apposition: `who…`, `the…`, `45`, `a former…`. */
function opensApposition(tokens: readonly Token[], first: number, last: number): boolean {
  if (first > last) return false;
  const t = tokens[first]!;
  if (t.kind === QUOTE) return false;
  if (t.kind !== WORD) return t.lower === "(";
  const lower = t.lower;
  if (lower === "who" || lower === "whose" || lower === "which") return true;
  if (DETERMINERS.has(lower) || MODIFIERS.has(lower) || ROLE_NOUNS.has(lower) || TITLES.has(lower))
    return true;
  if (lower.charCodeAt(0) >= 0x30 && lower.charCodeAt(0) <= 0x39) return true;
  // `Kirby, NSC spokesperson, said`: capitalised words before a role noun.
  if (t.cap && !SENTENCE_OPENERS.has(lower)) {
    for (let k = first; k <= last && k < first + 6; k++) {
      if (tokens[k]!.kind === WORD && isDescriptionNoun(tokens[k]!.lower)) return true;
    }
  }
  return false;
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
  if (j < lo) return undefined;
  let apposition: Phrase["apposition"];
  let t = tokens[j]!;
  if (t.kind === PUNCT && t.lower === ")") {
    let m = j - 1;
    while (m >= lo && m > j - 10 && !(tokens[m]!.kind === PUNCT && tokens[m]!.lower === "(")) m--;
    if (m < lo || tokens[m]!.lower !== "(") return undefined;
    j = m - 1;
  } else if (t.kind === PUNCT && t.lower === ",") {
    let m = j - 1;
    while (m >= lo && m > j - MAX_APPOSITION) {
      const u = tokens[m]!;
      if (u.kind === BREAK || isTerminal(u)) return undefined;
      if (u.kind === PUNCT && u.lower === ",") break;
      m--;
    }
    if (m < lo || tokens[m]!.lower !== "," || !opensApposition(tokens, m + 1, j - 1))
      return undefined;
    apposition = { first: m + 1, last: j - 1 };
    j = m - 1;
  }
  if (j < lo) return undefined;
  t = tokens[j]!;
  if (t.kind !== WORD) return undefined;
  if (PRONOUNS.has(t.lower)) return { first: j, last: j, apposition };
  if ((t.lower === "who" || t.lower === "which") && !apposition) {
    // `…officials, who said "…"`: the speaker is the phrase before the comma.
    if (tokens[j - 1]?.lower === ",") return readSubject(tokens, j - 2, lo);
    return undefined;
  }
  const phrase = readPhraseBack(tokens, j, lo);
  return phrase ? { ...phrase, apposition } : undefined;
}

/** The noun phrase ending at token `j` (its head), read backwards, never before `lo`. */
export function readPhraseBack(
  tokens: readonly Token[],
  j: number,
  lo: number,
): Phrase | undefined {
  if (!isHead(tokens, j)) return undefined;
  let first = j;
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
      if (isSpeechVerb(lower) && atSentenceStart(tokens, m)) break;
      first = m;
      continue;
    }
    if (CONNECTORS.has(lower)) {
      const before = tokens[m - 1];
      if (before && before.kind === WORD && (before.cap || isDescriptionNoun(before.lower))) {
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
    // An unknown adjective belongs to the phrase only if a determiner follows it
    // closely: `one exasperated resident said`.
    const det = tokens[m - 1];
    if (det && det.kind === WORD && DETERMINERS.has(det.lower) && m - 1 >= lo) {
      first = m - 1;
    }
    break;
  }
  while (first < j && CONNECTORS.has(tokens[first]!.lower)) first++;
  return { first, last: j };
}

/** Whether token `j` can end a speaker expression. */
function isHead(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  if (t.kind !== WORD) return false;
  if (t.cap) {
    if (SENTENCE_OPENERS.has(t.lower) && atSentenceStart(tokens, j)) return false;
    return !isSpeechVerb(t.lower);
  }
  if (isDescriptionNoun(t.lower)) return true;
  // `the lawsuit said`: an unknown noun with a determiner right before it.
  const prev = tokens[j - 1];
  return (
    prev !== undefined &&
    prev.kind === WORD &&
    DETERMINERS.has(prev.lower) &&
    !CLAUSE_WORDS.has(t.lower)
  );
}

/**
 * The speaker expression starting at token `k` (after an inverted cue, `according
 * to`, or a tagline dash), never past token `hi`.
 */
export function readObject(tokens: readonly Token[], k: number, hi: number): Phrase | undefined {
  const t = tokens[k];
  if (!t || t.kind !== WORD || k > hi) return undefined;
  if (PRONOUNS.has(t.lower)) return withApposition(tokens, { first: k, last: k }, hi);
  let m = k;
  const hasDeterminer = DETERMINERS.has(t.lower);
  if (hasDeterminer) m++;
  let last = -1;
  let unknown = 0;
  while (m <= hi && m < k + MAX_PHRASE) {
    const u = tokens[m]!;
    if (u.kind !== WORD) break;
    const lower = u.lower;
    if (u.cap && !isSpeechVerb(lower)) {
      last = m++;
      continue;
    }
    if (CONNECTORS.has(lower) && last >= 0) {
      const after = tokens[m + 1];
      if (after && after.kind === WORD && (after.cap || DETERMINERS.has(after.lower))) {
        m++;
        if (DETERMINERS.has(after.lower)) m++;
        continue;
      }
      break;
    }
    if (CLAUSE_WORDS.has(lower) || isSpeechVerb(lower)) break;
    if (isDescriptionNoun(lower) || isPossessive(lower)) {
      last = m++;
      continue;
    }
    if (MODIFIERS.has(lower) || (hasDeterminer && unknown < 2 && last < 0)) {
      if (!MODIFIERS.has(lower)) unknown++;
      m++;
      continue;
    }
    break;
  }
  if (last < 0) return undefined;
  return withApposition(tokens, { first: k, last }, hi);
}

/** Adds a following apposition: `said Kirby, the White House spokesperson.` */
export function withApposition(tokens: readonly Token[], phrase: Phrase, hi: number): Phrase {
  const comma = tokens[phrase.last + 1];
  if (!comma || comma.kind !== PUNCT || comma.lower !== ",") return phrase;
  const first = phrase.last + 2;
  let m = first;
  while (m <= hi && m < first + MAX_APPOSITION) {
    const u = tokens[m]!;
    if (
      u.kind === BREAK ||
      u.kind === QUOTE ||
      (u.kind === PUNCT &&
        u.lower !== "'" &&
        u.lower !== "(" &&
        u.lower !== ")" &&
        u.lower !== "-" &&
        u.lower !== "&")
    )
      break;
    m++;
  }
  if (m === first || !opensApposition(tokens, first, m - 1)) return phrase;
  const lead = tokens[first]!.lower;
  if (lead === "who" || lead === "whose" || lead === "which") return phrase;
  return { ...phrase, apposition: { first, last: m - 1 } };
}
