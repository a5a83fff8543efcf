/**
 * Contractions and their spelled-out forms: `we're` = `we are`, `don't` = `do not`.
 * Expanding or contracting is a meaning-preserving edit (minor), unlike swapping
 * the verb (`there are` → `there's` is `there is`: a substitution).
 */
const IRREGULAR: ReadonlyMap<string, readonly (readonly string[])[]> = new Map(
  Object.entries({
    "can't": [["can", "not"], ["cannot"]],
    "won't": [["will", "not"]],
    "shan't": [["shall", "not"]],
    "let's": [["let", "us"]],
    "y'all": [["you", "all"]],
  }),
);

const SUFFIXES: readonly [string, readonly string[]][] = [
  ["n't", ["not"]],
  ["'re", ["are"]],
  ["'m", ["am"]],
  ["'ll", ["will"]],
  ["'ve", ["have"]],
  ["'d", ["would", "had"]],
  ["'s", ["is", "has"]],
];

/** Every spelled-out form of a contracted comparison word (`we're` → [[we, are]]); [] if none. */
export function expandContraction(word: string): readonly (readonly string[])[] {
  const irregular = IRREGULAR.get(word);
  if (irregular) return irregular;
  for (const [suffix, fulls] of SUFFIXES) {
    if (word.length > suffix.length && word.endsWith(suffix)) {
      const base = word.slice(0, -suffix.length);
      return fulls.map((full) => [base, full]);
    }
  }
  return [];
}

/** Whether `contracted` spells out as exactly `words` (`can't` ↔ [`cannot`] included). */
export function contractsTo(contracted: string, words: readonly string[]): boolean {
  if (!contracted.includes("'")) return false;
  for (const form of expandContraction(contracted)) {
    if (form.length === words.length && form.every((w, k) => w === words[k])) return true;
  }
  return false;
}

/** The word a contraction is built on (`there's` → `there`, `don't` → `do`); undefined for other words. */
export function contractionBaseOf(word: string): string | undefined {
  const apostrophe = word.indexOf("'");
  if (apostrophe <= 0) return undefined;
  return word.endsWith("n't") ? word.slice(0, -3) : word.slice(0, apostrophe);
}
