import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from "./first-names.js";

/**
 * Gender hints for pronoun resolution: "he" should not pick "Karine Jean-Pierre"
 * when "John Kirby" is also a candidate. A hint is only a preference: an entity with
 * no hint stays compatible with every pronoun, and pronouns already resolved to an
 * entity (`he stressed` → Kirby) teach it its gender.
 */

export type Gender = "m" | "f";

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

const MALE_NAMES = set(MALE_FIRST_NAMES);
const FEMALE_NAMES = set(FEMALE_FIRST_NAMES);

/** Words in a role or title that say which pronoun fits. */
const GENDERED_WORDS: ReadonlyMap<string, Gender> = new Map([
  ["mr.", "m"],
  ["mr", "m"],
  ["sir", "m"],
  ["lord", "m"],
  ["king", "m"],
  ["prince", "m"],
  ["spokesman", "m"],
  ["chairman", "m"],
  ["congressman", "m"],
  ["councilman", "m"],
  ["businessman", "m"],
  ["father", "m"],
  ["dad", "m"],
  ["husband", "m"],
  ["son", "m"],
  ["brother", "m"],
  ["uncle", "m"],
  ["grandfather", "m"],
  ["widower", "m"],
  ["man", "m"],
  ["boy", "m"],
  ["actor", "m"],
  ["mrs.", "f"],
  ["mrs", "f"],
  ["ms.", "f"],
  ["ms", "f"],
  ["miss", "f"],
  ["dame", "f"],
  ["lady", "f"],
  ["queen", "f"],
  ["princess", "f"],
  ["spokeswoman", "f"],
  ["chairwoman", "f"],
  ["congresswoman", "f"],
  ["councilwoman", "f"],
  ["businesswoman", "f"],
  ["mother", "f"],
  ["mom", "f"],
  ["mum", "f"],
  ["wife", "f"],
  ["daughter", "f"],
  ["sister", "f"],
  ["aunt", "f"],
  ["grandmother", "f"],
  ["widow", "f"],
  ["woman", "f"],
  ["girl", "f"],
  ["actress", "f"],
]);

export function genderOfFirstName(lower: string): Gender | undefined {
  if (MALE_NAMES.has(lower)) return "m";
  if (FEMALE_NAMES.has(lower)) return "f";
  return undefined;
}

/** The gender a role or title word implies (`spokeswoman`, `Mr.`), if any. */
export function genderOfWord(lower: string): Gender | undefined {
  return GENDERED_WORDS.get(lower);
}

export function genderOfPronoun(lower: string): Gender | undefined {
  if (lower === "he" || lower === "him" || lower === "his") return "m";
  if (lower === "she" || lower === "her" || lower === "hers") return "f";
  return undefined;
}
