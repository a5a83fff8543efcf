import { QUOTE, type Token } from "../extract/tokens.js";
import { DEFINITE, DETERMINERS, PRONOUNS, SENTENCE_OPENERS } from "./lexicon/function-words.js";
import { type Gender, genderOfFirstName } from "./lexicon/gender.js";
import {
  DOCUMENT_NOUNS,
  KNOWN_ORGANIZATIONS,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  ORGANIZATION_NOUNS,
  ORGANIZATION_WORDS,
  ROLE_NOUNS,
} from "./lexicon/roles.js";
import {
  addAffiliation,
  addApposition,
  affiliationAt,
  genderFromWords,
  isConnector,
  splitRoleAndTitle,
} from "./mention-parts.js";
import { isNameToken } from "./name-token.js";
import { atSentenceStart, isPossessive, type Phrase } from "./noun-phrase.js";
import { singular } from "./role-words.js";

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

const OWNERS: Readonly<Record<string, string>> = {
  his: "he",
  her: "she",
  their: "they",
  its: "it",
};

const COORDINATORS = new Set(["and", "&", "or"]);

const AGE = /^(\d{1,3})-year-old$/;

/** Splits a speaker expression into its parts. `text` is the original input. */
export function analyzeMention(text: string, tokens: readonly Token[], phrase: Phrase): Mention {
  const firstToken = tokens[phrase.first]!;
  const lastToken = tokens[phrase.last]!;
  let headIndex = phrase.head ?? phrase.last;
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
  // `Her message: "…"`: a possessive pronoun standing for its owner.
  const owner = phrase.first === phrase.last ? OWNERS[firstToken.lower] : undefined;
  if (owner) {
    mention.kind = "pronoun";
    mention.head = owner;
    mention.plural = owner === "they";
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
  // `Detective Constable Rhiannon Beddoes of Castlebridge Police`: the name ends before
  // its institution.
  const affiliation = affiliationAt(text, tokens, first, headIndex);
  if (affiliation) {
    headIndex = affiliation.nameEnd;
    mention.head = tokens[headIndex]!.lower;
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
    // `Bill Ryder`, `Will Hayes`: a given name that is also a common noun.
    else if (t.cap && k === nameStart - 1 && nameStart <= nameEnd && genderOfFirstName(t.lower))
      nameStart = k;
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
    // `Maria Lopez and Joan Ferris`: a name coordinated with another is not its role.
    const coordinated = nameStart > first && COORDINATORS.has(tokens[nameStart - 1]!.lower);
    if (!coordinated) splitRoleAndTitle(text, tokens, first, nameStart - 1, mention);
    // `Alex Pemberton of the Rail Users' Association`: the attached phrase is the role.
    if (headIndex < phrase.last) {
      const from = isConnector(tokens[headIndex + 1]!) ? headIndex + 2 : headIndex + 1;
      if (from <= phrase.last)
        addAffiliation(mention, text.slice(tokens[from]!.start, lastToken.end));
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

function stripPossessive(word: string): string {
  return word.replace(/['’]s$/, "");
}
