/**
 * Number words and their values, so that `15` and `fifteen`, `1st` and `first`
 * compare as the same number (a style choice) while `15` and `18` do not.
 */
// Maps, not object literals: `constructor` or `toString` must not look like numbers.
const CARDINALS: ReadonlyMap<string, number> = new Map(
  Object.entries({
    zero: 0,
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    thirteen: 13,
    fourteen: 14,
    fifteen: 15,
    sixteen: 16,
    seventeen: 17,
    eighteen: 18,
    nineteen: 19,
    twenty: 20,
    thirty: 30,
    forty: 40,
    fifty: 50,
    sixty: 60,
    seventy: 70,
    eighty: 80,
    ninety: 90,
    hundred: 100,
    thousand: 1000,
    million: 1e6,
    billion: 1e9,
    trillion: 1e12,
    dozen: 12,
  }),
);

const ORDINALS: ReadonlyMap<string, number> = new Map(
  Object.entries({
    first: 1,
    second: 2,
    third: 3,
    fourth: 4,
    fifth: 5,
    sixth: 6,
    seventh: 7,
    eighth: 8,
    ninth: 9,
    tenth: 10,
    eleventh: 11,
    twelfth: 12,
    twentieth: 20,
    hundredth: 100,
  }),
);

const DIGITS = /^\d+(?:\.\d+)?$/;
const DIGIT_ORDINAL = /^(\d+)(?:st|nd|rd|th)$/;
/** A number with a unit or scale glued on: `1.2m`, `5bn`, `10k`, `1990s`, `3pm`. */
const DIGIT_SUFFIX = /^(\d+(?:\.\d+)?)([a-z]{1,3})$/;

/**
 * The value of a comparison word that is a number (`15`, `fifteen`, `3.5`, `1st`,
 * `first`), with ordinals negative-tagged so `1st` ≠ `1`; undefined otherwise.
 * The key is a string so `first` (ordinal 1) and `one` (cardinal 1) differ.
 */
export function numberKey(word: string): string | undefined {
  const first = word.charCodeAt(0);
  if (!(first >= 0x30 && first <= 0x39)) {
    const cardinal = CARDINALS.get(word);
    if (cardinal !== undefined) return String(cardinal);
    const ordinal = ORDINALS.get(word);
    return ordinal === undefined ? undefined : `${ordinal}th`;
  }
  if (DIGITS.test(word)) return String(Number(word));
  const cardinal = CARDINALS.get(word);
  if (cardinal !== undefined) return String(cardinal);
  const ordinal = ORDINALS.get(word);
  if (ordinal !== undefined) return `${ordinal}th`;
  const digitOrdinal = DIGIT_ORDINAL.exec(word);
  if (digitOrdinal) return `${Number(digitOrdinal[1])}th`;
  const suffixed = DIGIT_SUFFIX.exec(word);
  if (suffixed) return `${Number(suffixed[1])}${suffixed[2]}`;
  return undefined;
}

/** Whether a comparison word is an ordinal spelled out (`first`): often not a quantity (`first name`). */
export function isOrdinalWord(word: string): boolean {
  return ORDINALS.get(word) !== undefined;
}

/** Whether a word is a number in any spelling (cardinal, ordinal, digits). */
export function isNumberWord(word: string): boolean {
  return numberKey(word) !== undefined;
}

/** `twenty five` (as `twenty-five` tokenizes) → 25; undefined unless tens + units. */
export function compoundNumberKey(tens: string, units: string): string | undefined {
  const t = CARDINALS.get(tens);
  const u = CARDINALS.get(units);
  if (t === undefined || u === undefined) return undefined;
  if (t < 20 || t > 90 || t % 10 !== 0 || u < 1 || u > 9) return undefined;
  return String(t + u);
}
