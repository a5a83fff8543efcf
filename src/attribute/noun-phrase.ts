import { BREAK, PUNCT, QUOTE, type Token, WORD } from "../extract/tokens.js";
import { MONTHS, WEEKDAYS } from "../text/calendar.js";
import { CLAUSE_WORDS, DETERMINERS, SENTENCE_OPENERS } from "./lexicon/function-words.js";
import {
  DOCUMENT_NOUNS,
  MODIFIERS,
  ORGANIZATION_NOUNS,
  ROLE_NOUNS,
  TITLES,
} from "./lexicon/roles.js";

/**
 * What the speaker-phrase readers share. The speaker expression next to a cue is
 * read backwards from the cue (subject.ts, phrase-back.ts) for
 * `White House spokesperson John Kirby said`, forwards (phrase-forward.ts) for `said Kirby` and
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

/** Adverbs that open an apposition: `Vautrin, now 78 and retired, said`. */
export const APPOSITION_ADVERBS = new Set([
  "now",
  "then",
  "also",
  "still",
  "once",
  "formerly",
  "previously",
  "herself",
  "himself",
  "themselves",
  "itself",
  "both",
  "himself",
]);

/** Quantifiers that head a phrase with `of`: `one of the smaller delegations`, `two of his aides`. */
export const QUANTIFIERS = new Set([
  "one",
  "two",
  "three",
  "four",
  "five",
  "some",
  "several",
  "many",
  "most",
  "all",
  "both",
  "none",
  "each",
  "few",
  "dozens",
  "hundreds",
]);

export const OBJECT_PRONOUNS = new Set(["them", "him", "her", "it", "us", "me"]);

/** Longest speaker expression read: `White House National Security Council spokesperson John Kirby`. */
export const MAX_PHRASE = 12;
/** Longest apposition skipped between a subject and its cue. */
export const MAX_APPOSITION = 30;
/** Unknown lower-case words allowed between a determiner and the head: `one former lab member`. */
export const MAX_UNKNOWN = 3;

/** Prepositions that attach a phrase to the noun before it: `a person familiar with the talks`. */
export const ATTACHING = new Set(["of", "at", "from", "with", "for", "by", "in", "on", "to"]);
/** Words between a noun and its attached phrase: `familiar with`, `filed by`, `close to`. */
export const POSTNOMINAL = new Set([
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
export const TIME_WORDS = new Set([
  ...MONTHS,
  ...WEEKDAYS,
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
export const TIME_PREPOSITIONS = new Set([
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

export function isTerminal(token: Token): boolean {
  return (
    token.kind === PUNCT && (token.lower === "." || token.lower === "?" || token.lower === "!")
  );
}

export function isComma(token: Token | undefined): boolean {
  return token !== undefined && token.kind === PUNCT && token.lower === ",";
}

/** Whether the tokens from `first` could open an apposition: `who…`, `the…`, `45`, `a former…`, `titled…`. */
export function opensApposition(tokens: readonly Token[], first: number, last: number): boolean {
  if (first > last) return false;
  const t = tokens[first]!;
  if (t.kind === QUOTE) return false;
  if (t.kind !== WORD) return t.lower === "(";
  const lower = t.lower;
  if (lower === "who" || lower === "whose" || lower === "which") return true;
  if (DETERMINERS.has(lower) || MODIFIERS.has(lower) || ROLE_NOUNS.has(lower) || TITLES.has(lower))
    return true;
  if (lower.charCodeAt(0) >= 0x30 && lower.charCodeAt(0) <= 0x39) return true;
  // `Vautrin, now 78 and retired to Brittany, called…`
  if (APPOSITION_ADVERBS.has(lower)) return true;
  // `Rep. Dan Ugaste, R-Geneva, argued`: a party and a place.
  if (t.cap && last - first < 3 && /^[a-z]{1,3}-/.test(lower)) return true;
  // `Nell Varley, of the Clean Rivers Trust, said`
  if ((lower === "of" || lower === "from" || lower === "at") && first < last) return true;
  // `A board paper, titled '…', said`: a participle phrase.
  if (!t.cap && (lower.endsWith("ed") || POSTNOMINAL.has(lower))) return true;
  // `Kit Sandhu, branch secretary for the drivers, said`: a role noun among the first words.
  if (!t.cap && !CLAUSE_WORDS.has(lower)) {
    for (let k = first; k <= last && k < first + 4; k++) {
      const u = tokens[k]!;
      if (u.kind === WORD && ROLE_NOUNS.has(u.lower)) return true;
    }
  }
  // `…, and who spoke on condition of anonymity, said`
  if (lower === "and" && first < last) {
    const second = tokens[first + 1]!.lower;
    return second === "who" || second === "whose" || second === "which";
  }
  // `Kirby, NSC spokesperson, said`: capitalised words before a role noun.
  if (t.cap && !SENTENCE_OPENERS.has(lower)) {
    for (let k = first; k <= last && k < first + 6; k++) {
      if (tokens[k]!.kind === WORD && isDescriptionNoun(tokens[k]!.lower)) return true;
    }
  }
  return false;
}

/** The comma opening an apposition that ends just before token `end` (a comma), or -1. */
export function appositionStart(tokens: readonly Token[], end: number, lo: number): number {
  for (let m = end - 1; m >= lo && m > end - MAX_APPOSITION; m--) {
    const u = tokens[m]!;
    if (u.kind === BREAK || isTerminal(u)) return -1;
    if (isComma(u)) return opensApposition(tokens, m + 1, end - 1) ? m : -1;
  }
  return -1;
}
