import { normalizeUnchecked } from "../../normalize/normalize.js";
import { MATCH_OPTIONS, scanWords } from "../../text/words.js";

/**
 * Characters whose matching form is themselves lower-cased, or another character of the
 * same length that scanWords treats the same way: ASCII except the backtick (a quote
 * mark normalize folds into an apostrophe), curly quotes and apostrophes, en and em
 * dashes, the ellipsis, no-break space and line breaks.
 */
function isPlain(code: number): boolean {
  if (code >= 0x20 && code <= 0x7e) return code !== 0x60;
  return (
    code === 0x0a ||
    code === 0x0d ||
    code === 0x09 ||
    code === 0xa0 ||
    code === 0x2018 ||
    code === 0x2019 ||
    code === 0x201c ||
    code === 0x201d ||
    code === 0x2013 ||
    code === 0x2014 ||
    code === 0x2026
  );
}

function allPlain(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isPlain(text.charCodeAt(i))) return false;
  return true;
}

/**
 * The comparison words of a statement with offsets into its text: exactly the words
 * `tokenizeWords` gives (a test holds the two together), faster for the common case.
 * Text made only of "plain" characters needs no offset map: lower-casing and
 * straightening apostrophes keep every character in place, and the words scanWords
 * finds there are the ones it finds in the normalized text. Anything else goes
 * through normalize().
 */
export function scanStatementWords(
  text: string,
  onWord: (norm: string, start: number, end: number) => void,
): void {
  if (allPlain(text)) {
    scanWords(text.toLowerCase().replace(/[\u2018\u2019]/g, "'"), onWord);
    return;
  }
  const normalized = normalizeUnchecked(text, MATCH_OPTIONS);
  scanWords(normalized.text, (norm, start, end) => {
    const span = normalized.toOriginalSpan(start, end);
    onWord(norm, span.start, span.end);
  });
}
