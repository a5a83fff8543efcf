import { isDigit, isLetter, isSpace } from "./chars.js";
import { familyOf, SINGLE } from "./marks.js";

/**
 * Single marks that are apostrophes although their context lets them open or close
 * a quotation: elisions at the start of a word (`'em`, `'tis`, `rock 'n' roll`),
 * abbreviated years (`'80s`, `class of '24`). Letters on both sides (`don't`,
 * `shouldn‘t` with a wrong-way mark, `o'clock`) are decided by the scanner.
 */

/** Words that start with an elision mark; matched in lower case and only whole. */
const LEADING_ELISIONS = new Set([
  "em",
  "tis",
  "twas",
  "twere",
  "til",
  "till",
  "cause",
  "cos",
  "coz",
  "bout",
  "round",
  "fraid",
  "nuff",
  "n",
  "ere",
  "neath",
  "gainst",
  "mongst",
  "appen",
  "ow",
]);

/** Longest elision we look for, so the check stays a bounded lookahead. */
const MAX_ELISION = 6;

function lowerWordAt(text: string, from: number, limit: number): { word: string; end: number } {
  let end = from;
  while (end < text.length && end - from <= limit && isLetter(text.charCodeAt(end))) end++;
  return { word: text.slice(from, end).toLowerCase(), end };
}

/**
 * True when the single mark at `i` (which could open a quotation) starts an elided
 * word or an abbreviated year instead. Looks at most a few characters ahead.
 */
export function isLeadingApostrophe(text: string, i: number): boolean {
  const next = i + 1;
  if (next >= text.length) return false;
  const code = text.charCodeAt(next);
  if (isDigit(code)) {
    // `'80s`, `'90`, `class of '24`: two digits, then an `s` or the end of the word.
    if (next + 1 >= text.length || !isDigit(text.charCodeAt(next + 1))) return false;
    const after = next + 2 < text.length ? text.charCodeAt(next + 2) : -1;
    if (isDigit(after)) return false;
    // `'24.` ending a sentence is a year; `'24,000 people came'` is a quotation.
    if (after === 0x2c || after === 0x2e) {
      return !(next + 3 < text.length && isDigit(text.charCodeAt(next + 3)));
    }
    return true;
  }
  if (!isLetter(code)) return false;
  const { word, end } = lowerWordAt(text, next, MAX_ELISION);
  if (end - next > MAX_ELISION) return false;
  if (!LEADING_ELISIONS.has(word)) return false;
  const after = end < text.length ? text.charCodeAt(end) : -1;
  // `'n'` (rock 'n' roll): the closing mark of the pair is an apostrophe too.
  if (word === "n") return after !== -1 && familyOf(after) === SINGLE;
  // A sentence starting `'Round the corner,' she said` is rarer than `'round`,
  // but a capitalised `'Til` or `'Cause` opening a quotation is common enough.
  const first = text.charCodeAt(next);
  if ((word === "round" || word === "til" || word === "till" || word === "cause") && first < 0x61)
    return false;
  return after === -1 || !isLetter(after);
}

/** True for the second mark of `'n'` and for ` n' ` (`rock n' roll`). */
export function isTrailingElision(text: string, i: number): boolean {
  if (i < 2) return false;
  const prev = text.charCodeAt(i - 1);
  if (prev !== 0x6e && prev !== 0x4e) return false;
  const before = text.charCodeAt(i - 2);
  return familyOf(before) === SINGLE || isSpace(before);
}

/**
 * A closing-position single mark that may be a plural possessive (`the Joneses' house`)
 * or a dropped g (`goin' home`): it closes a quotation only when no later mark can.
 */
export function isPossessiveLike(text: string, i: number): boolean {
  if (i < 1) return false;
  const prev = text.charCodeAt(i - 1);
  const isS = prev === 0x73 || prev === 0x53;
  const isIn =
    (prev === 0x6e || prev === 0x4e) && i >= 2 && (text.charCodeAt(i - 2) | 0x20) === 0x69;
  if (!isS && !isIn) return false;
  // Followed by a space and a word: `Jones' car`. Before punctuation it is a closing mark.
  const next = i + 1 < text.length ? text.charCodeAt(i + 1) : -1;
  if (next === -1 || !isSpace(next)) return false;
  let j = i + 1;
  while (j < text.length && j < i + 4 && isSpace(text.charCodeAt(j))) j++;
  return j < text.length && (isLetter(text.charCodeAt(j)) || isDigit(text.charCodeAt(j)));
}
