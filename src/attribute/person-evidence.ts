import { WORD } from "../extract/tokens.js";
import { isAgentNoun } from "./agent-noun.js";
import type { AttributionContext } from "./context.js";
import { isPunct } from "./cues.js";
import { DETERMINERS } from "./lexicon/function-words.js";
import { type Gender, genderOfWord } from "./lexicon/gender.js";
import { ROLE_NOUNS, TITLE_ROLES, TITLES } from "./lexicon/roles.js";
import { isPossessive } from "./noun-phrase.js";
import { readPhraseBack } from "./phrase-back.js";
import { singular } from "./role-words.js";

/**
 * Evidence around a capitalised name that it is a person's (a role that names
 * what someone does, a description before it) or a place's (`New …`, `in …`).
 */

/** First words of place names that look like given names: `New York`, `San Diego`. */
export const PLACE_STARTS: ReadonlySet<string> = new Set([
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
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
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

/** A role that names what a person does (`spokesperson`, `her husband`), not a place or a thing. */
export function hasPersonRole(role: string | undefined): boolean {
  if (!role) return false;
  const words = role.toLowerCase().split(/[\s,]+/);
  for (const word of words) {
    if (ROLE_NOUNS.has(word) || TITLES.has(word) || TITLE_ROLES.has(word)) return true;
    if (word.endsWith("s") && ROLE_NOUNS.has(word.slice(0, -1))) return true;
  }
  // `a glaciologist at the Nordhavn Polar Institute`, `an eighth-grader who…`: an agent
  // noun among the first words (after an article, if any).
  const start = words[0] === "a" || words[0] === "an" || words[0] === "the" ? 1 : 0;
  return words.slice(start, start + 2).some(isAgentNoun);
}

export function genderOfRole(role: string): Gender | undefined {
  // `Ms Duarte's husband`: only the words after the possessor describe the person.
  const words = role.toLowerCase().split(/[\s,]+/);
  let from = 0;
  for (let k = words.length - 2; k >= 0; k--)
    if (words[k]!.endsWith("'s") || words[k]!.endsWith("’s")) {
      from = k + 1;
      break;
    }
  for (const word of words.slice(from)) {
    const gender = genderOfWord(word);
    if (gender) return gender;
  }
  return undefined;
}

/**
 * `Her husband and business partner, Gideon Rowe, who runs…`: a description before
 * the name, set off by commas, is the person's role. The name must be followed by
 * a comma or a cue, so `In Paris, Vautrin cooked` is not read as one.
 */
export function roleBefore(
  ctx: AttributionContext,
  start: number,
  end: number,
  lo: number,
): { role: string; first: number } | undefined {
  const { tokens, text } = ctx;
  if (!isPunct(tokens, start - 1, ",")) return undefined;
  // `The star, Tehrani says, has…` is a parenthetical tagline, not an apposition.
  if (!isPunct(tokens, end + 1, ",")) return undefined;
  if (start - 2 < lo) return undefined; // nothing before the comma: `,Kirby,` opens the text
  const description = readPhraseBack(tokens, start - 2, lo);
  if (!description) return undefined;
  const head = tokens[description.head ?? description.last]!;
  if (head.cap || !ROLE_NOUNS.has(singular(head.lower))) return undefined;
  let first = description.first;
  const lead = tokens[first]!.lower;
  if (!DETERMINERS.has(lead) && !isPossessive(lead)) return undefined;
  if (lead === "the" || lead === "a" || lead === "an") first++;
  return {
    role: text.slice(tokens[first]!.start, tokens[start - 2]!.end),
    first: description.first,
  };
}

const COPULAS = new Set(["is", "was", "are", "were", "became", "becomes", "remains", "remained"]);

/**
 * A role given by a copula: `The company's first outside investor was Rebecca
 * Sloane` (before the name) or `Sloane is a partner at Tallgrass` (after it). The
 * description must be headed by a role noun or a noun for someone who does something.
 */
export function copulaRole(
  ctx: AttributionContext,
  start: number,
  end: number,
  lo: number,
): string | undefined {
  const { tokens, text } = ctx;
  const before = tokens[start - 1];
  if (before && COPULAS.has(before.lower) && start - 2 >= lo) {
    const description = readPhraseBack(tokens, start - 2, lo);
    if (description && personHead(tokens[description.head ?? description.last]!.lower)) {
      let first = description.first;
      if (DETERMINERS.has(tokens[first]!.lower) && first < start - 2) first++;
      return text.slice(tokens[first]!.start, tokens[start - 2]!.end);
    }
  }
  const after = tokens[end + 1];
  const det = tokens[end + 2];
  if (after && COPULAS.has(after.lower) && det && (det.lower === "a" || det.lower === "an")) {
    for (let k = end + 3; k < tokens.length && k <= end + 5; k++) {
      const t = tokens[k]!;
      if (t.kind !== WORD || t.cap) break;
      if (personHead(t.lower)) return text.slice(tokens[end + 3]!.start, t.end);
    }
  }
  return undefined;
}

function personHead(lower: string): boolean {
  const one = singular(lower);
  return ROLE_NOUNS.has(one) || isAgentNoun(one);
}
