import { isLetter } from "../extract/chars.js";
import { BREAK, QUOTE, type Token, WORD } from "../extract/tokens.js";
import type { AttributionContext } from "./context.js";
import { cueEnd, isPunct } from "./cues.js";
import {
  BETWEEN_SUBJECT_AND_CUE,
  DETERMINERS,
  SENTENCE_OPENERS,
} from "./lexicon/function-words.js";
import { type Gender, genderOfFirstName, genderOfWord } from "./lexicon/gender.js";
import {
  DOCUMENT_NOUNS,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  ORGANIZATION_NOUNS,
  ORGANIZATION_WORDS,
  ROLE_NOUNS,
  TITLE_ROLES,
  TITLES,
} from "./lexicon/roles.js";
import { analyzeMention, isNameToken, type Mention, singular } from "./mention.js";
import { atSentenceStart, isPossessive } from "./noun-phrase.js";
import { readPhraseBack } from "./phrase-back.js";
import { readObject, withApposition } from "./phrase-forward.js";
import { readSubject } from "./subject.js";

/** First words of place names that look like given names: `New York`, `San Diego`. */
const PLACE_STARTS: ReadonlySet<string> = new Set([
  "new",
  "san",
  "santa",
  "los",
  "las",
  "fort",
  "port",
  "mount",
  "lake",
  "upper",
  "lower",
  "greater",
  "little",
  "great",
  "el",
  "la",
  "saint",
  "st.",
]);

/** Prepositions after which a capitalised name is more often a place than a person. */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  "in",
  "at",
  "from",
  "to",
  "near",
  "across",
  "outside",
  "inside",
  "into",
  "via",
  "toward",
  "towards",
]);

function isFollowedByCue(tokens: readonly Token[], k: number): boolean {
  let j = k + 1;
  while (
    j < tokens.length &&
    j < k + 4 &&
    tokens[j]!.kind === WORD &&
    BETWEEN_SUBJECT_AND_CUE.has(tokens[j]!.lower)
  )
    j++;
  return cueEnd(tokens, j, "after") >= 0 || cueEnd(tokens, j, "before") >= 0;
}

/** A role that names what a person does (`spokesperson`, `her husband`), not a place or a thing. */
function hasPersonRole(role: string | undefined): boolean {
  if (!role) return false;
  const words = role.toLowerCase().split(/[\s,]+/);
  for (const word of words) {
    if (ROLE_NOUNS.has(word) || TITLES.has(word) || TITLE_ROLES.has(word)) return true;
    if (word.endsWith("s") && ROLE_NOUNS.has(word.slice(0, -1))) return true;
  }
  // `a glaciologist at the Nordhavn Polar Institute`, `an eighth-grader who…`: an agent
  // noun among the first words (after an article, if any).
  const start = words[0] === "a" || words[0] === "an" || words[0] === "the" ? 1 : 0;
  return words
    .slice(start, start + 2)
    .some(
      (w) =>
        w.length >= 6 && !/[\d]/.test(w) && AGENT_SUFFIXES.some((suffix) => w.endsWith(suffix)),
    );
}

/** Endings of nouns for people who do something: glaciolog-ist, librar-ian, organis-er. */
const AGENT_SUFFIXES = ["ist", "ian", "er", "or", "ant", "ent", "eur"];

function genderOfRole(role: string): Gender | undefined {
  for (const word of role.toLowerCase().split(/[\s,]+/)) {
    const gender = genderOfWord(word);
    if (gender) return gender;
  }
  return undefined;
}

/**
 * The last token of every multi-word name that is the subject of a cue
 * (`Mateo Quintero, who started as a porter…, said`) or follows an inverted one
 * (`said Mateo Quintero`): speaking makes a name a person's.
 */
function cueSubjects(tokens: readonly Token[]): Set<number> {
  const heads = new Set<number>();
  for (let c = 1; c < tokens.length; c++) {
    const t = tokens[c]!;
    if (t.kind !== WORD) continue;
    const end = cueEnd(tokens, c, "after");
    if (end < 0) continue;
    const subject = readSubject(tokens, c - 1, Math.max(0, c - 40));
    if (subject && subject.last > subject.first) heads.add(subject.head ?? subject.last);
    const object = readObject(tokens, end + 1, Math.min(tokens.length - 1, end + 12));
    if (object && object.last > object.first) heads.add(object.head ?? object.last);
  }
  return heads;
}

/**
 * `Her husband and business partner, Gideon Rowe, who runs…`: a description before
 * the name, set off by commas, is the person's role. The name must be followed by
 * a comma or a cue, so `In Paris, Vautrin cooked` is not read as one.
 */
function roleBefore(
  ctx: AttributionContext,
  start: number,
  end: number,
  lo: number,
): string | undefined {
  const { tokens, text } = ctx;
  if (!isPunct(tokens, start - 1, ",")) return undefined;
  // `The star, Tehrani says, has…` is a parenthetical tagline, not an apposition.
  if (!isPunct(tokens, end + 1, ",")) return undefined;
  const description = readPhraseBack(tokens, start - 2, lo);
  if (!description) return undefined;
  const head = tokens[description.head ?? description.last]!;
  if (head.cap || !ROLE_NOUNS.has(singular(head.lower))) return undefined;
  let first = description.first;
  const lead = tokens[first]!.lower;
  if (!DETERMINERS.has(lead) && !isPossessive(lead)) return undefined;
  if (lead === "the" || lead === "a" || lead === "an") first++;
  return text.slice(tokens[first]!.start, tokens[start - 2]!.end);
}

/**
 * Full names said inside a quotation (`"…failed Sam Adeyemi and every student…"`):
 * a given name from the list followed by a capitalised word. They are recorded (not
 * as salient) so that a surname elsewhere finds the full name.
 */
function namesInQuotation(
  ctx: AttributionContext,
  quote: number,
  token: number,
  paragraph: number,
): void {
  const { text, discourse } = ctx;
  for (const span of ctx.candidates[quote]?.spans ?? []) {
    let i = span.start;
    // The previous word, when it was a capitalised given name from the list.
    let given: string | undefined;
    while (i < span.end) {
      while (i < span.end && !isLetter(text.charCodeAt(i))) i++;
      const start = i;
      while (i < span.end && (isLetter(text.charCodeAt(i)) || text.charCodeAt(i) === 0x2d)) i++;
      // Only capitalised words are sliced: the common case costs no allocation.
      if (i - start < 2 || !isUpperCode(text.charCodeAt(start))) {
        given = undefined;
        continue;
      }
      const word = text.slice(start, i);
      if (given && !NOT_A_SURNAME.has(word.toLowerCase())) {
        const known = discourse.lookup([given, word], token) ?? discourse.lookup([word], token);
        if (!known || known.entity.words.length === 1)
          discourse.addName(
            quotedName(given, word),
            token,
            paragraph,
            false,
            known?.entity.certain === true,
          );
      }
      given = genderOfFirstName(word.toLowerCase()) ? word : undefined;
    }
  }
}

/** Capitalised words after a given name that are not surnames: `Grace Church`, `Jordan Street`. */
const NOT_A_SURNAME: ReadonlySet<string> = new Set([...ORGANIZATION_WORDS, ...ROLE_NOUNS]);

function isUpperCode(code: number): boolean {
  return code >= 0x41 && code <= 0x5a;
}

function quotedName(first: string, last: string): Mention {
  return {
    kind: "name",
    text: `${first} ${last}`,
    start: 0,
    end: 0,
    name: `${first} ${last}`,
    nameWords: [first, last],
    head: last.toLowerCase(),
    definite: false,
    plural: false,
  };
}

/**
 * Walks the text outside quotations once and records every person it names, with
 * the roles printed around the name (`Defense Secretary Lloyd Austin`, `his Israeli
 * counterpart Yoav Gallant`, `John Kirby, the White House spokesman,`). A lone
 * capitalised word counts only with such evidence or when it refers back to a
 * person already met (`Austin`), so that `Israel` or `Monday` never become people.
 */
export function collectPeople(ctx: AttributionContext): void {
  const { text, tokens, discourse } = ctx;
  const n = tokens.length;
  const sentenceOf = (token: number) => tokens[token]!.sentence;
  const subjects = cueSubjects(tokens);
  for (let k = 0; k < n; k++) {
    const t = tokens[k]!;
    if (t.kind === WORD && (t.lower === "he" || t.lower === "she" || t.lower === "his")) {
      // A tagline pronoun (`he said`) is resolved by attribution, not learnt from.
      if (!isFollowedByCue(tokens, k) && cueEnd(tokens, k - 1, "after") < 0)
        discourse.learnFromPronoun(t.lower, k, t.paragraph, sentenceOf);
      // A subject pronoun keeps its referent in the chain of mentions (`He remembers her…`).
      if (t.lower !== "his") {
        const entity = discourse.resolvePronoun(t.lower, k, t.paragraph, sentenceOf);
        if (entity) discourse.record({ token: k, paragraph: t.paragraph, entity, salient: true });
      }
      continue;
    }
    if (t.kind === QUOTE && t.part === 0) {
      namesInQuotation(ctx, t.quote, k, t.paragraph);
      continue;
    }
    if (t.kind !== WORD || !isNameToken(text, t)) continue;
    if (SENTENCE_OPENERS.has(t.lower) && atSentenceStart(tokens, k)) continue;
    let b = k;
    let nickname = false;
    for (;;) {
      const next = tokens[b + 1];
      if (!next || next.sentence !== t.sentence) break;
      // `The Ledger's Sean Whelan`: a possessive ends a name.
      if (tokens[b]!.lower.endsWith("'s") || tokens[b]!.lower.endsWith("’s")) break;
      if (isNameToken(text, next) || NAME_SUFFIXES.has(next.lower)) b++;
      // `Brandon "Boo" Kettleby`: a nickname inside the name.
      else if (next.kind === QUOTE && tokens[b + 2] && isNameToken(text, tokens[b + 2]!)) {
        nickname = true;
        b += 2;
      } else if (
        NAME_PARTICLES.has(next.lower) &&
        tokens[b + 2] &&
        isNameToken(text, tokens[b + 2]!)
      )
        b += 2;
      else break;
    }
    const start = k;
    k = b;
    const after = tokens[b + 1];
    // `the Maple Hill district`, `the Rillwater sensor`: a name used as a modifier.
    if (
      after &&
      after.kind === WORD &&
      !after.cap &&
      (ORGANIZATION_NOUNS.has(after.lower) || DOCUMENT_NOUNS.has(after.lower)) &&
      !isPossessive(tokens[b]!.lower)
    )
      continue;
    // `Ben Gurion International Airport`: the name is part of a longer proper noun.
    if (
      after &&
      after.kind === WORD &&
      after.cap &&
      after.sentence === t.sentence &&
      !NAME_SUFFIXES.has(after.lower)
    )
      continue;
    const lo = ctx.paragraphFirst[t.paragraph]!;
    // `Kincaid’s campaign`: a possessive name is a mention of its own, with no role.
    const possessive = isPossessive(tokens[b]!.lower);
    let phrase = possessive ? { first: start, last: b } : readPhraseBack(tokens, b, lo);
    if (nickname) {
      const before = readPhraseBack(tokens, start, lo);
      phrase = { first: before?.first ?? start, last: b };
    }
    if (!phrase) continue;
    const hi = ctx.sentenceLast[t.sentence]!;
    const mention = analyzeMention(text, tokens, withApposition(tokens, phrase, hi));
    if (mention.kind !== "name") continue;
    const described = roleBefore(ctx, start, b, lo);
    const appositionRole = mention.role;
    if (described) {
      // `Its lead author, Maren Sørensen, a glaciologist at …,`: either role shows a person.
      if (!mention.role || !hasPersonRole(mention.role)) {
        mention.role = described;
        const gender = genderOfRole(described);
        if (gender) {
          mention.gender = gender;
          mention.genderFromName = false;
        }
      }
    }
    const cue = isFollowedByCue(tokens, b);
    const words = mention.nameWords!;
    const before = tokens[start - 1];
    const placeLike =
      PLACE_STARTS.has(words[0]!.toLowerCase()) ||
      (before !== undefined && before.kind === WORD && PLACE_PREPOSITIONS.has(before.lower));
    const certain =
      hasPersonRole(mention.role) ||
      hasPersonRole(appositionRole) ||
      mention.title !== undefined ||
      (mention.gender !== undefined && !(mention.genderFromName && placeLike)) ||
      mention.age !== undefined ||
      (cue && words.length > 1) ||
      subjects.has(b);
    const known = discourse.lookup(words, b);
    const speaker = cue && words.length === 1;
    if (!certain && !known && !speaker && (words.length < 2 || placeLike)) continue;
    const salient =
      cue || atSentenceStart(tokens, phrase.first) || tokens[phrase.first - 1]?.kind === BREAK;
    discourse.addName(
      mention,
      b,
      t.paragraph,
      salient,
      certain || known?.entity.certain === true,
      speaker,
    );
  }
}
