/**
 * British and American spellings of the same word (`organisation`/`organization`,
 * `defence`/`defense`, `favour`/`favor`, `travelled`/`traveled`): a paper's house
 * style, not a change of words. Both sides are reduced to one canonical form with
 * suffix rules; only word endings are touched, so `form`/`from` never meet.
 */
const RULES: readonly [RegExp, string][] = [
  [/is(e|es|ed|ing|ation|ations|er|ers)$/, "iz$1"],
  [/yse(s|d)?$/, "yze$1"],
  [/our(s|ed|ing|ite|ites|able|ably|ful)?$/, "or$1"],
  [/ence$/, "ense"],
  [/tre(s)?$/, "ter$1"],
  // `filled`/`filed` are different words: only longer words, after e or a (`travelled`, `labelled`).
  [/^(.{3,}[ea])ll(ed|ing|er|ers)$/, "$1l$2"],
  [/ogue(s)?$/, "og$1"],
];

/** Any ending a rule rewrites (one test before trying the rules one by one). */
const ENDINGS =
  /(?:is(?:e|es|ed|ing|ation|ations|er|ers)|yse[sd]?|our(?:s|ed|ing|ite|ites|able|ably|ful)?|ence|tres?|ll(?:ed|ing|er|ers)|ogues?)$/;

/** Whole words spelled two ways by house style (not a change of word). */
const VARIANTS: ReadonlyMap<string, string> = new Map([
  ["ok", "okay"],
  ["toward", "towards"],
  ["afterward", "afterwards"],
  ["backward", "backwards"],
  ["gray", "grey"],
  ["program", "programme"],
  ["programs", "programmes"],
  ["judgement", "judgment"],
  ["acknowledgement", "acknowledgment"],
]);

/** The spelling-neutral form of a comparison word (words under 5 letters are left alone). */
export function spellingKey(word: string): string {
  const variant = VARIANTS.get(word);
  if (variant !== undefined) return variant;
  if (word.length < 5 || !ENDINGS.test(word)) return word;
  let key = word;
  for (const [pattern, replacement] of RULES) key = key.replace(pattern, replacement);
  return key;
}
