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
 * `said Kirby, the White House spokesperson`) are skipped and returned apart;
 * a prepositional phrase after the head stays in the expression (`a person
 * familiar with the talks`, `Alex Pemberton of the Rail Users' Association`).
 * All reads are bounded, so attribution stays linear in the text.
 */

export interface Phrase {
  /** First and last token of the speaker expression, inclusive. */
  first: number;
  last: number;
  /** The token the expression is about (`person` in `a person familiar with the talks`); `last` when absent. */
  head?: number;
  /** An apposition next to it: `, the White House spokesperson,`. */
  apposition?: { first: number; last: number };
}

/** Longest speaker expression read: `White House National Security Council spokesperson John Kirby`. */
const MAX_PHRASE = 12;
/** Longest apposition skipped between a subject and its cue. */
const MAX_APPOSITION = 30;
/** Unknown lower-case words allowed between a determiner and the head: `one former lab member`. */
const MAX_UNKNOWN = 3;

/** Prepositions that attach a phrase to the noun before it: `a person familiar with the talks`. */
const ATTACHING = new Set(["of", "at", "from", "with", "for", "by", "in", "on", "to"]);
/** Words between a noun and its attached phrase: `familiar with`, `filed by`, `close to`. */
const POSTNOMINAL = new Set([
  "familiar",
  "close",
  "filed",
  "issued",
  "published",
  "released",
  "sent",
  "posted",
  "signed",
  "involved",
  "knowledgeable",
  "briefed",
  "based",
  "speaking",
  "working",
  "responsible",
  "written",
  "obtained",
  "seen",
  "commissioned",
  "prepared",
  "produced",
]);
/** Time words that end an adjunct, not a speaker: `in November`, `on Monday`. */
const TIME_WORDS = new Set([
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "year",
  "week",
  "month",
  "morning",
  "afternoon",
  "evening",
  "night",
  "today",
  "yesterday",
  "tonight",
  "weekend",
]);
const TIME_PREPOSITIONS = new Set([
  "in",
  "on",
  "last",
  "this",
  "early",
  "late",
  "earlier",
  "later",
  "that",
  "next",
]);

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

export function isPossessive(lower: string): boolean {
  return (
    lower.endsWith("'s") || lower.endsWith("’s") || lower.endsWith("s'") || lower.endsWith("s’")
  );
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

function isComma(token: Token | undefined): boolean {
  return token !== undefined && token.kind === PUNCT && token.lower === ",";
}

/** Whether the tokens from `first` could open an apposition: `who…`, `the…`, `45`, `a former…`, `titled…`. */
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
  // `A board paper, titled '…', said`: a participle phrase.
  if (!t.cap && (lower.endsWith("ed") || POSTNOMINAL.has(lower))) return true;
  // `Kirby, NSC spokesperson, said`: capitalised words before a role noun.
  if (t.cap && !SENTENCE_OPENERS.has(lower)) {
    for (let k = first; k <= last && k < first + 6; k++) {
      if (tokens[k]!.kind === WORD && isDescriptionNoun(tokens[k]!.lower)) return true;
    }
  }
  return false;
}

/** The comma opening an apposition that ends just before token `end` (a comma), or -1. */
function appositionStart(tokens: readonly Token[], end: number, lo: number): number {
  for (let m = end - 1; m >= lo && m > end - MAX_APPOSITION; m--) {
    const u = tokens[m]!;
    if (u.kind === BREAK || isTerminal(u)) return -1;
    if (isComma(u)) return opensApposition(tokens, m + 1, end - 1) ? m : -1;
  }
  return -1;
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
    const m = appositionStart(tokens, j, lo);
    if (m < 0) return undefined;
    apposition = { first: m + 1, last: j - 1 };
    j = m - 1;
    const inner = j >= lo && tokens[j]!.kind === WORD ? readPhraseBack(tokens, j, lo) : undefined;
    if (inner && isComma(tokens[inner.first - 1]) && opensApposition(tokens, inner.first, j)) {
      const before = tokens[inner.first - 2];
      if (before && before.kind === WORD && before.cap && !SENTENCE_OPENERS.has(before.lower)) {
        apposition = { first: inner.first, last: j };
        j = inner.first - 2;
      }
    }
  }
  if (j < lo) return undefined;
  const u = tokens[j]!;
  if (u.kind !== WORD) return undefined;
  if (PRONOUNS.has(u.lower)) return { first: j, last: j, apposition };
  if ((u.lower === "who" || u.lower === "which") && !apposition) {
    // `…officials, who said "…"`: the speaker is the phrase before the comma.
    if (isComma(tokens[j - 1])) return readSubject(tokens, j - 2, lo);
    return undefined;
  }
  const phrase = readPhraseBack(tokens, j, lo);
  return phrase ? { ...phrase, apposition } : undefined;
}

/** Steps back over a trailing time adjunct: `… in November said`, `… on Monday told`. */
function skipTime(tokens: readonly Token[], j: number, lo: number): number {
  const t = tokens[j];
  if (!t || t.kind !== WORD || !TIME_WORDS.has(t.lower) || j - 1 < lo) return j;
  const prep = tokens[j - 1]!;
  return prep.kind === WORD && TIME_PREPOSITIONS.has(prep.lower) ? j - 2 : j;
}

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
  let phrase = simplePhraseBack(tokens, j, lo);
  for (let level = 0; phrase && level < 2; level++) {
    const prep = tokens[phrase.first - 1];
    if (!prep || prep.kind !== WORD || !ATTACHING.has(prep.lower) || phrase.first - 2 < lo) break;
    let m = phrase.first - 2;
    if (tokens[m]!.kind === WORD && POSTNOMINAL.has(tokens[m]!.lower)) m--;
    if (m < lo) break;
    const outer = simplePhraseBack(tokens, m, lo);
    if (!outer) break;
    const head = tokens[outer.last]!;
    // Only a noun that can speak takes the phrase: `a person familiar with…`, `Pemberton of…`.
    if (!head.cap && !isDescriptionNoun(head.lower)) break;
    phrase = { first: outer.first, last: phrase.last, head: outer.head ?? outer.last };
  }
  return phrase;
}

function simplePhraseBack(tokens: readonly Token[], j: number, lo: number): Phrase | undefined {
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
    if (det >= 0) first = det;
    break;
  }
  while (first < j && (CONNECTORS.has(tokens[first]!.lower) || tokens[first]!.lower === "and"))
    first++;
  return { first, last: j };
}

/** The index of a determiner reached backwards from `m` over unknown lower-case words only, or -1. */
function determinerBefore(tokens: readonly Token[], m: number, lo: number): number {
  for (let k = m; k >= lo && k > m - MAX_UNKNOWN - 1; k--) {
    const u = tokens[k]!;
    if (u.kind !== WORD || (u.cap && !DETERMINERS.has(u.lower))) return -1;
    if (DETERMINERS.has(u.lower)) return k;
    if (CLAUSE_WORDS.has(u.lower) || isSpeechVerb(u.lower)) return -1;
  }
  return -1;
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
  if (CLAUSE_WORDS.has(t.lower) || isSpeechVerb(t.lower) || DETERMINERS.has(t.lower)) return false;
  // `the lawsuit said`, `one lab member said`: an unknown noun with a determiner close before it.
  return j > 0 && determinerBefore(tokens, j - 1, Math.max(0, j - MAX_UNKNOWN - 1)) >= 0;
}

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
    if (u.cap && !isSpeechVerb(lower)) {
      last = m++;
      continue;
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
  if (m === first || !opensApposition(tokens, first, m - 1)) return phrase;
  const lead = tokens[first]!.lower;
  if (lead === "who" || lead === "whose" || lead === "which") return phrase;
  return { ...phrase, apposition: { first, last: m - 1 } };
}
