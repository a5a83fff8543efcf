import { isAlphanumeric, isDash, isLineBreak, isSpace, isUpper } from "./chars.js";
import { isMarkCode } from "./marks.js";

/**
 * The text outside quotations as a token stream, with each quoted part as one
 * token: attribution rules read "`QUOTE` , Kirby said ." and never look inside
 * the quoted words. Built in one pass.
 */

export const WORD = 1;
export const PUNCT = 2;
export const QUOTE = 3;
/** A paragraph boundary. */
export const BREAK = 4;
export type TokenKind = 1 | 2 | 3 | 4;

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  /** Lower-cased text of a word or punctuation; "" for quotes and breaks. */
  lower: string;
  /** Words: the first letter is upper case. */
  cap: boolean;
  /** Quote tokens: index of the quotation, and of its part. */
  quote: number;
  part: number;
  /** Index of the sentence (filled by splitSentences). */
  sentence: number;
  /** Index of the paragraph. */
  paragraph: number;
}

/** A region of the text that becomes one quote token. */
export interface QuoteRegion {
  start: number;
  end: number;
  quote: number;
  part: number;
}

/**
 * Abbreviations whose period belongs to the word: titles before names, and the
 * few that end a sentence only rarely. Lower case, without the period.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  "mr",
  "mrs",
  "ms",
  "mx",
  "dr",
  "prof",
  "rev",
  "fr",
  "sr",
  "jr",
  "st",
  "lt",
  "col",
  "gen",
  "maj",
  "capt",
  "cpt",
  "cmdr",
  "cdr",
  "adm",
  "sgt",
  "cpl",
  "pvt",
  "brig",
  "sen",
  "rep",
  "reps",
  "sens",
  "gov",
  "pres",
  "supt",
  "det",
  "insp",
  "hon",
  "atty",
  "amb",
  "sec",
  "no",
  "nos",
  "vs",
  "etc",
  "inc",
  "corp",
  "co",
  "ltd",
  "jan",
  "feb",
  "mar",
  "apr",
  "aug",
  "sept",
  "sep",
  "oct",
  "nov",
  "dec",
  "mt",
  "ft",
  "ave",
  "blvd",
  "dept",
  "univ",
  "approx",
  "est",
  "ph",
]);

/** Characters that may sit inside a word between two letters or digits. */
function isWordJoiner(code: number): boolean {
  return (
    code === 0x27 || // '
    code === 0x2019 || // ’
    code === 0x2018 || // ‘ (wrong-way apostrophe)
    code === 0x2d || // -
    code === 0x2010 ||
    code === 0x2011 ||
    code === 0x2e || // . (U.S, a.m)
    code === 0x26 || // &
    code === 0x2f || // /
    code === 0x2c // , (1,000)
  );
}

export function tokenize(
  text: string,
  paragraphs: readonly number[],
  regions: readonly QuoteRegion[],
): Token[] {
  const tokens: Token[] = [];
  let r = 0;
  for (let p = 0; p < paragraphs.length; p += 2) {
    const paragraph = p / 2;
    if (p > 0) tokens.push(make(BREAK, paragraphs[p]!, paragraphs[p]!, "", false, paragraph));
    const end = paragraphs[p + 1]!;
    let i = paragraphs[p]!;
    while (r < regions.length && regions[r]!.end <= i) r++;
    while (i < end) {
      const region = regions[r];
      if (region && region.start <= i) {
        const token = make(QUOTE, region.start, region.end, "", false, paragraph);
        token.quote = region.quote;
        token.part = region.part;
        tokens.push(token);
        i = Math.max(i + 1, region.end);
        r++;
        continue;
      }
      const limit = region && region.start < end ? region.start : end;
      i = scanPlain(text, i, limit, paragraph, tokens);
    }
  }
  return tokens;
}

function scanPlain(
  text: string,
  from: number,
  limit: number,
  paragraph: number,
  tokens: Token[],
): number {
  let i = from;
  while (i < limit) {
    const code = text.charCodeAt(i);
    if (isSpace(code) || isLineBreak(code)) {
      i++;
      continue;
    }
    if (isAlphanumeric(code)) {
      const start = i;
      let upper = isUpper(code);
      i++;
      while (i < limit) {
        const c = text.charCodeAt(i);
        if (c < 0x80) {
          if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) {
            i++;
            continue;
          }
          if (c >= 0x41 && c <= 0x5a) {
            upper = true;
            i++;
            continue;
          }
        } else if (isAlphanumeric(c)) {
          if (!upper && isUpper(c)) upper = true;
          i++;
          continue;
        }
        if (!isWordJoiner(c) || i + 1 >= limit || !isAlphanumeric(text.charCodeAt(i + 1))) break;
        // A comma joins digits only (1,000), not words (`Kirby,said`).
        if (
          c === 0x2c &&
          !(isDigitCode(text.charCodeAt(i - 1)) && isDigitCode(text.charCodeAt(i + 1)))
        )
          break;
        i++;
      }
      // `Manufacturers' Association`: outside quotations a mark after an s is a plural
      // possessive and belongs to the word.
      if (
        i < limit &&
        isMarkCode(text.charCodeAt(i)) &&
        (text.charCodeAt(i - 1) | 0x20) === 0x73 &&
        (i + 1 >= limit || !isAlphanumeric(text.charCodeAt(i + 1)))
      )
        i++;
      let end = i;
      // Most words are already lower case: skip the second copy.
      const raw = text.slice(start, end);
      let lower = upper ? raw.toLowerCase() : raw;
      if (end < limit && text.charCodeAt(end) === 0x2e) {
        const single = end - start === 1 && isUpper(code);
        if (single || lower.includes(".") || ABBREVIATIONS.has(lower)) {
          end++;
          lower += ".";
          i = end;
        }
      }
      tokens.push(make(WORD, start, end, lower, upper && isUpper(code), paragraph));
      continue;
    }
    // A run of dashes (`--`, `——`) is one dash.
    const start = i;
    i++;
    if (isDash(code)) while (i < limit && isDash(text.charCodeAt(i))) i++;
    else if (code === 0x2e) while (i < limit && text.charCodeAt(i) === 0x2e) i++;
    const lower = isMarkCode(code) ? "'" : text.slice(start, i);
    tokens.push(make(PUNCT, start, i, isDash(code) ? "—" : lower, false, paragraph));
  }
  return i;
}

function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function make(
  kind: TokenKind,
  start: number,
  end: number,
  lower: string,
  cap: boolean,
  paragraph: number,
): Token {
  return { kind, start, end, lower, cap, quote: -1, part: -1, sentence: 0, paragraph };
}
