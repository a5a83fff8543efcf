import { normalizeUnchecked } from "../../normalize/normalize.js";
import { MATCH_OPTIONS, scanWords } from "../../text/words.js";
import { foldCode, hashRange, type Vocabulary } from "./vocabulary.js";

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

/** In a lower-cased plain text, the word characters are ASCII letters and digits. */
function isWord(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** Receives each word of a statement: its vocabulary id and where it is in the text. */
export type WordSink = (id: number, start: number, end: number) => void;

/**
 * Adds the comparison words of a statement to `vocab`, with offsets into its text:
 * exactly the words `tokenizeWords` gives (tests hold the two together), much faster for
 * the common case. Text made only of plain characters needs no offset map: lower-casing
 * and straightening apostrophes keep every character in place, so the words are read
 * straight from it, by the rules of scanWords, and looked up without making a string.
 * Anything else goes through normalize() and scanWords().
 */
export function indexStatementWords(text: string, vocab: Vocabulary, sink: WordSink): void {
  if (!allPlain(text)) {
    const normalized = normalizeUnchecked(text, MATCH_OPTIONS);
    scanWords(normalized.text, (norm, start, end) => {
      const span = normalized.toOriginalSpan(start, end);
      sink(vocab.intern(norm), span.start, span.end);
    });
    return;
  }
  // Characters are folded as they are read (A–Z as a–z, curly apostrophes as `'`): no copy.
  const t = text;
  const n = t.length;
  let i = 0;
  while (i < n) {
    const code = foldCode(t.charCodeAt(i));
    if (!isWord(code)) {
      // Symbols that are words when spoken (as scanWords reads them).
      if (code === 0x25) sink(vocab.intern("percent"), i, i + 1);
      else if (code === 0x26) sink(vocab.intern("and"), i, i + 1);
      i++;
      continue;
    }
    const start = i;
    let hash = Math.imul(0x811c9dc5 ^ code, 0x01000193);
    // Set when a period of an abbreviation or a comma of a number is left out of the word.
    let dropped = false;
    i++;
    while (i < n) {
      const c = foldCode(t.charCodeAt(i));
      if (isWord(c)) {
        hash = Math.imul(hash ^ c, 0x01000193);
        i++;
        continue;
      }
      const next = i + 1 < n ? foldCode(t.charCodeAt(i + 1)) : -1;
      const prev = foldCode(t.charCodeAt(i - 1));
      if (c === 0x27 && isWord(next) && !isDigit(next)) {
        hash = Math.imul(hash ^ c, 0x01000193); // don't, we're
        i++;
        continue;
      }
      if (c === 0x2e && isWord(next) && !isDigit(prev)) {
        const afterNext = i + 2 < n ? foldCode(t.charCodeAt(i + 2)) : -1;
        if (afterNext === 0x2e || afterNext < 0 || !isWord(afterNext)) {
          dropped = true; // u.s
          i++;
          continue;
        }
        break;
      }
      if ((c === 0x2c || c === 0x2e) && isDigit(prev) && isDigit(next)) {
        if (c === 0x2c)
          dropped = true; // 1,000
        else hash = Math.imul(hash ^ c, 0x01000193); // 3.5
        i++;
        continue;
      }
      break;
    }
    if (dropped) {
      const word = t
        .slice(start, i)
        .toLowerCase()
        .replace(/[\u2018\u2019]/g, "'")
        .replace(/[.,]/g, (mark, at: number, whole: string) =>
          keepMark(mark, at, whole) ? mark : "",
        );
      sink(vocab.intern(word), start, i);
    } else {
      sink(vocab.internFolded(t, start, i, hash & 0x7fffffff), start, i);
    }
  }
}

/**
 * In a word read with `dropped` set: a period between digits stays (`3.5`), every other
 * period (an abbreviation's) and every comma (a number's) goes.
 */
function keepMark(mark: string, at: number, word: string): boolean {
  return mark === "." && isDigit(word.charCodeAt(at - 1)) && isDigit(word.charCodeAt(at + 1));
}

export { hashRange };
