/**
 * Character classes the quotation scanner and the tokenizer need, decided on UTF-16
 * code units without regular expressions (the scanner runs over every character).
 */

const LETTER = /\p{L}|\p{M}/u;

/** Letters of any script (and combining marks, which belong to the letter before them). */
export function isLetter(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return LETTER.test(String.fromCharCode(code));
}

export function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

export function isAlphanumeric(code: number): boolean {
  return isDigit(code) || isLetter(code);
}

export function isUpper(code: number): boolean {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  const ch = String.fromCharCode(code);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function isLower(code: number): boolean {
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  const ch = String.fromCharCode(code);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** Any Unicode space or line break (NBSP, narrow NBSP and the ideographic space included). */
export function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff ||
    code === 0x85
  );
}

export function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029 || code === 0x85;
}

/** Dashes of every width, the hyphen-minus included. */
export function isDash(code: number): boolean {
  return code === 0x2d || (code >= 0x2010 && code <= 0x2015) || code === 0x2212 || code === 0x2e3a;
}

/** Characters after which a quotation mark opens: `(“`, `—“`, `/“`. */
export function isOpeningPunctuation(code: number): boolean {
  return (
    code === 0x28 || // (
    code === 0x5b || // [
    code === 0x7b || // {
    code === 0x2f || // /
    code === 0x3a || // : (`said:"We…"`)
    isDash(code)
  );
}

/** Characters before which a quotation mark closes: `”.`, `”,`, `”)`, `”—`. */
export function isClosingPunctuation(code: number): boolean {
  return (
    code === 0x2e || // .
    code === 0x2c || // ,
    code === 0x3b || // ;
    code === 0x3a || // :
    code === 0x21 || // !
    code === 0x3f || // ?
    code === 0x29 || // )
    code === 0x5d || // ]
    code === 0x7d || // }
    code === 0x2026 || // …
    isDash(code)
  );
}

/** `.`, `?`, `!`, `…` and their fullwidth forms: what ends a sentence. */
export function isTerminal(code: number): boolean {
  return (
    code === 0x2e ||
    code === 0x3f ||
    code === 0x21 ||
    code === 0x2026 ||
    code === 0xff01 ||
    code === 0xff1f
  );
}
