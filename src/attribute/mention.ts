import { QUOTE, type Token, WORD } from "../extract/tokens.js";
import { DEFINITE, DETERMINERS, PRONOUNS, SENTENCE_OPENERS } from "./lexicon/function-words.js";
import { type Gender, genderOfFirstName, genderOfWord } from "./lexicon/gender.js";
import {
  DOCUMENT_NOUNS,
  KNOWN_ORGANIZATIONS,
  MODIFIERS,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  NATIONALITIES,
  ORGANIZATION_NOUNS,
  ORGANIZATION_WORDS,
  ROLE_NOUNS,
  TITLE_ROLES,
  TITLES,
} from "./lexicon/roles.js";
import { atSentenceStart, isPossessive, type Phrase } from "./noun-phrase.js";

/**
 * What a speaker expression is: a pronoun, a person's name (with its role and
 * title split off), an institution, a document, or a description of a person.
 */
export type MentionKind = "pronoun" | "name" | "organization" | "document" | "description";

export interface Mention {
  kind: MentionKind;
  /** The whole expression as printed. */
  text: string;
  start: number;
  end: number;
  /** Names: the name proper ("John Kirby") and its words. */
  name?: string;
  nameWords?: string[];
  role?: string;
  title?: string;
  /** Lower-cased last word: the pronoun, or the noun heading a description. */
  head: string;
  /** Descriptions: `the spokesperson` (can refer back) rather than `a senior official`. */
  definite: boolean;
  plural: boolean;
  gender?: Gender;
  /** The gender comes from a first-name list only (a hint a pronoun may overrule). */
  genderFromName?: boolean;
  /** An age given in an apposition or a description (`the 45-year-old`). */
  age?: number;
}

/** Capitalised words that are never part of a person's name: roles, institutions, places, times. */
const NOT_NAMES: ReadonlySet<string> = new Set([
  ...TITLES,
  ...TITLE_ROLES.keys(),
  ...ROLE_NOUNS,
  ...ORGANIZATION_WORDS,
  ...KNOWN_ORGANIZATIONS,
  ...MODIFIERS,
  ...DOCUMENT_NOUNS,
  ...ORGANIZATION_NOUNS,
  ...NATIONALITIES,
]);

/** A capitalised word that can be part of a person's name (not a role, institution or acronym). */
export function isNameToken(text: string, t: Token): boolean {
  if (t.kind !== WORD || !t.cap) return false;
  const lower = t.lower;
  if (NOT_NAMES.has(lower)) return false;
  // `Super-agent Luca Bellini`, `Co-star Tamsin Beckett`: a role joined by a hyphen.
  const hyphen = lower.lastIndexOf("-");
  if (hyphen > 0 && ROLE_NOUNS.has(lower.slice(hyphen + 1))) return false;
  if (lower.endsWith("'s") || lower.endsWith("’s"))
    return lower.length > 2 && isPossessiveName(text, t);
  // Acronyms (`NSC`, `FBI`) name institutions; initials (`F.`) are part of names.
  return !isAcronym(text, t);
}

function isPossessiveName(text: string, t: Token): boolean {
  return !isAcronym(text, { ...t, end: t.end - 2 });
}

function isAcronym(text: string, t: Token): boolean {
  if (t.end - t.start < 2) return false;
  for (let i = t.start; i < t.end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) return false;
  }
  return text.charCodeAt(t.end - 1) !== 0x2e;
}

const AGE = /^(\d{1,3})-year-old$/;

/** Splits a speaker expression into its parts. `text` is the original input. */
export function analyzeMention(text: string, tokens: readonly Token[], phrase: Phrase): Mention {
  const firstToken = tokens[phrase.first]!;
  const lastToken = tokens[phrase.last]!;
  const headIndex = phrase.head ?? phrase.last;
  const mention: Mention = {
    kind: "description",
    text: text.slice(firstToken.start, lastToken.end),
    start: firstToken.start,
    end: lastToken.end,
    head: tokens[headIndex]!.lower,
    definite: false,
    plural: false,
  };
  if (phrase.first === phrase.last && PRONOUNS.has(firstToken.lower)) {
    mention.kind = "pronoun";
    mention.plural = firstToken.lower === "they" || firstToken.lower === "we";
    return mention;
  }
  let first = phrase.first;
  if (DETERMINERS.has(firstToken.lower)) {
    mention.definite = DEFINITE.has(firstToken.lower);
    first++;
  } else if (isPossessive(firstToken.lower) && first < headIndex) {
    // `Eastmark's trade minister`, `the council's own report`: a possessor makes it definite.
    mention.definite = true;
  }
  // The name: capitalised words at the end, with particles inside and a suffix after.
  let nameEnd = headIndex;
  while (nameEnd > first && NAME_SUFFIXES.has(tokens[nameEnd]!.lower)) nameEnd--;
  let nameStart = nameEnd + 1;
  // `Martin Luther King`, `John Bishop`: a role word after a given name is a surname.
  if (
    nameEnd > first &&
    tokens[nameEnd]!.cap &&
    !isNameToken(text, tokens[nameEnd]!) &&
    isNameToken(text, tokens[nameEnd - 1]!) &&
    ROLE_NOUNS.has(tokens[nameEnd]!.lower)
  )
    nameStart = nameEnd;
  for (let k = nameStart === nameEnd ? nameEnd - 1 : nameEnd; k >= first; k--) {
    const t = tokens[k]!;
    // `The Ledger's Sean Whelan`: a possessive before the name is not part of it.
    if (k < nameEnd && isPossessive(t.lower)) break;
    // `Brandon "Boo" Kettleby`: a nickname between two parts of the name.
    if (t.kind === QUOTE && k > first && k < nameEnd && isNameToken(text, tokens[k - 1]!)) continue;
    if (isNameToken(text, t)) nameStart = k;
    else if (NAME_PARTICLES.has(t.lower)) {
      // `von der`: a run of particles with a name before it.
      let p = k - 1;
      while (p > first && NAME_PARTICLES.has(tokens[p]!.lower)) p--;
      if (p < first || !isNameToken(text, tokens[p]!)) break;
    } else break;
  }
  while (
    nameStart <= nameEnd &&
    NAME_PARTICLES.has(tokens[nameStart]!.lower) &&
    !tokens[nameStart]!.cap
  )
    nameStart++;
  const afterConnector = nameStart > first && isConnector(tokens[nameStart - 1]!);
  const openerOnly = nameStart === nameEnd && SENTENCE_OPENERS.has(tokens[nameStart]!.lower);
  if (
    nameStart <= nameEnd &&
    !afterConnector &&
    !openerOnly &&
    // `Kirby's office`: a possessive name is not the speaker unless it is the whole phrase.
    !(isPossessive(tokens[nameEnd]!.lower) && (phrase.first < nameStart || nameEnd < phrase.last))
  ) {
    mention.kind = "name";
    const words: string[] = [];
    for (let k = nameStart; k <= headIndex; k++)
      if (tokens[k]!.kind !== QUOTE) words.push(text.slice(tokens[k]!.start, tokens[k]!.end));
    mention.nameWords = words.map(stripPossessive);
    mention.name = mention.nameWords.join(" ");
    splitRoleAndTitle(text, tokens, first, nameStart - 1, mention);
    // `Alex Pemberton of the Rail Users' Association`: the attached phrase is the role.
    if (!mention.role && headIndex < phrase.last) {
      const from = isConnector(tokens[headIndex + 1]!) ? headIndex + 2 : headIndex + 1;
      if (from <= phrase.last) mention.role = text.slice(tokens[from]!.start, lastToken.end);
    }
    mention.gender = genderFromWords(tokens, phrase.first, nameStart - 1);
    if (!mention.gender) {
      mention.gender = genderOfFirstName(words[0]!.toLowerCase());
      if (mention.gender) mention.genderFromName = true;
    }
  } else {
    let organization = false;
    for (let k = first; k <= headIndex; k++) {
      const t = tokens[k]!;
      if (t.cap && (ORGANIZATION_WORDS.has(t.lower) || KNOWN_ORGANIZATIONS.has(t.lower)))
        organization = true;
    }
    const head = singular(mention.head);
    if (DOCUMENT_NOUNS.has(head) && !ROLE_NOUNS.has(head)) mention.kind = "document";
    else if (ORGANIZATION_NOUNS.has(head) || (organization && !ROLE_NOUNS.has(head)))
      mention.kind = "organization";
    mention.plural =
      mention.head !== head || mention.head === "police" || mention.head === "authorities";
    mention.gender = genderFromWords(tokens, phrase.first, headIndex);
    const age = AGE.exec(mention.head);
    if (age) mention.age = Number(age[1]);
  }
  if (phrase.apposition) addApposition(text, tokens, phrase.apposition, mention);
  return mention;
}

/**
 * The expression as a name for a speaker that is not a person: a determiner
 * capitalised only because it starts the sentence is lowered (`The company said`
 * → "the company").
 */
export function descriptionName(
  tokens: readonly Token[],
  phrase: Phrase,
  mention: Mention,
): string {
  const first = tokens[phrase.first]!;
  if (first.cap && DETERMINERS.has(first.lower) && atSentenceStart(tokens, phrase.first)) {
    return mention.text.charAt(0).toLowerCase() + mention.text.slice(1);
  }
  return mention.text;
}

function isConnector(t: Token): boolean {
  return (
    t.kind === WORD &&
    (t.lower === "of" || t.lower === "for" || t.lower === "at" || t.lower === "to")
  );
}

function stripPossessive(word: string): string {
  return word.replace(/['’]s$/, "");
}

export function singular(lower: string): string {
  if (ROLE_NOUNS.has(lower) && !lower.endsWith("s")) return lower;
  if (lower.endsWith("ies")) return `${lower.slice(0, -3)}y`;
  if (lower.endsWith("men")) return `${lower.slice(0, -3)}man`;
  if (lower.endsWith("s") && !lower.endsWith("ss") && lower.length > 3) return lower.slice(0, -1);
  return lower;
}

function genderFromWords(
  tokens: readonly Token[],
  first: number,
  last: number,
): Gender | undefined {
  for (let k = first; k <= last; k++) {
    const g = genderOfWord(tokens[k]!.lower);
    if (g) return g;
  }
  return undefined;
}

/** Words before the name: trailing honorifics and ranks are the title, the rest the role. */
function splitRoleAndTitle(
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
  mention: Mention,
): void {
  if (last < first) return;
  let titleStart = last + 1;
  for (let k = last; k >= first; k--) {
    const lower = tokens[k]!.lower;
    if (TITLES.has(lower) || (TITLE_ROLES.has(lower) && k === last)) titleStart = k;
    else break;
  }
  // `Sen.`, `Gov.` name an office: a role, not only a title.
  if (titleStart <= last && titleStart === first) {
    const only = tokens[titleStart]!.lower;
    if (TITLE_ROLES.has(only) && !TITLES.has(only)) {
      mention.role = text.slice(tokens[first]!.start, tokens[last]!.end);
      return;
    }
  }
  if (titleStart <= last) mention.title = text.slice(tokens[titleStart]!.start, tokens[last]!.end);
  let roleEnd = titleStart - 1;
  while (roleEnd >= first && isConnector(tokens[roleEnd]!)) roleEnd--;
  if (roleEnd >= first) mention.role = text.slice(tokens[first]!.start, tokens[roleEnd]!.end);
}

function addApposition(
  text: string,
  tokens: readonly Token[],
  apposition: { first: number; last: number },
  mention: Mention,
): void {
  let first = apposition.first;
  const lead = tokens[first]!.lower;
  if (lead === "who" || lead === "whose" || lead === "which") return;
  // `Vautrin, now 78 and retired to Brittany,`: an adverb, then perhaps an age.
  if (
    lead === "now" ||
    lead === "then" ||
    lead === "once" ||
    lead === "formerly" ||
    lead === "still"
  )
    // `Adeyemi, then a fourth-year doctoral student,`: the role after the adverb.
    first++;
  if (/^\d{1,3}$/.test(tokens[first]?.lower ?? "")) {
    mention.age = Number(tokens[first]!.lower);
    first++;
    if (tokens[first]?.lower === ",") first++;
    if (tokens[first]?.lower === "and") return;
  }
  if (first > apposition.last) return;
  if (DETERMINERS.has(tokens[first]!.lower) && first < apposition.last) first++;
  if (mention.kind !== "name" || mention.role) return;
  mention.role = text.slice(tokens[first]!.start, tokens[apposition.last]!.end);
  const gender = genderFromWords(tokens, first, apposition.last);
  if (gender && (!mention.gender || mention.genderFromName)) {
    mention.gender = gender;
    mention.genderFromName = false;
  }
}
