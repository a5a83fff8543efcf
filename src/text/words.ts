import { assertString } from "../errors.js";
import { type NormalizedText, normalizeUnchecked } from "../normalize/normalize.js";
import { DEFAULT_NORMALIZE_OPTIONS, type ResolvedNormalizeOptions } from "../normalize/options.js";

/** A word of a text: its comparison form and where it stands in the ORIGINAL text. */
export interface WordToken {
  /** Lower-cased, typography-folded form used for comparison (`don't`, `u.s`, `1000`). */
  norm: string;
  start: number;
  end: number;
}

const MATCH_OPTIONS: ResolvedNormalizeOptions = Object.freeze({
  ...DEFAULT_NORMALIZE_OPTIONS,
  caseFold: true,
});

const WORD = /[\p{L}\p{N}\p{M}]/u;

function isWordCode(code: number): boolean {
  if (code < 0x80) {
    return (
      (code >= 0x30 && code <= 0x39) ||
      (code >= 0x61 && code <= 0x7a) ||
      (code >= 0x41 && code <= 0x5a)
    );
  }
  // Surrogates (emoji, rare astral letters) are not word characters; math letters
  // were already folded to ASCII by normalization.
  return WORD.test(String.fromCharCode(code));
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** Symbols that are words when spoken: `15%` is "15 percent", `R&D` is "R and D". */
const SPOKEN_SYMBOLS: Readonly<Record<string, string>> = { "%": "percent", "&": "and" };

/**
 * Calls `onWord` for every word of an already normalized (case-folded) text, with
 * offsets in that normalized text. Apostrophes and periods inside a word stay in it
 * (`don't`, `u.s`); a comma or period between digits is part of the number (`1,000`
 * is `1000`, `3.5` stays); hyphens and dashes split words (`long-term` = `long term`).
 */
export function scanWords(
  text: string,
  onWord: (norm: string, start: number, end: number) => void,
): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (!isWordCode(code)) {
      const spoken = SPOKEN_SYMBOLS[text[i]!];
      if (spoken !== undefined) onWord(spoken, i, i + 1);
      i++;
      continue;
    }
    const start = i;
    let norm = "";
    let runStart = i;
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (isWordCode(c)) {
        i++;
        continue;
      }
      const next = i + 1 < n ? text.charCodeAt(i + 1) : -1;
      const prev = text.charCodeAt(i - 1);
      if (c === 0x27 && next >= 0 && isWordCode(next) && !isDigit(next)) {
        i++; // don't, we're, Biden's
        continue;
      }
      if (c === 0x2e && next >= 0 && isWordCode(next) && !isDigit(prev)) {
        // U.S., a.m. — inside an abbreviation, the periods are not word breaks
        const afterNext = i + 2 < n ? text.charCodeAt(i + 2) : -1;
        if (afterNext === 0x2e || afterNext < 0 || !isWordCode(afterNext)) {
          norm += text.slice(runStart, i);
          runStart = i + 1;
          i++;
          continue;
        }
        break;
      }
      if ((c === 0x2c || c === 0x2e) && isDigit(prev) && next >= 0 && isDigit(next)) {
        if (c === 0x2c) {
          norm += text.slice(runStart, i);
          runStart = i + 1;
        }
        i++;
        continue;
      }
      break;
    }
    norm += text.slice(runStart, i);
    onWord(norm, start, i);
  }
}

/** The normalized text and its words, with word offsets in the ORIGINAL text. */
export interface Tokenized {
  normalized: NormalizedText;
  words: WordToken[];
}

/** Splits text into comparison words with offsets into the original text. */
export function tokenizeWords(text: string): Tokenized {
  assertString(text, "text");
  const normalized = normalizeUnchecked(text, MATCH_OPTIONS);
  const words: WordToken[] = [];
  scanWords(normalized.text, (norm, start, end) => {
    const span = normalized.toOriginalSpan(start, end);
    words.push({ norm, start: span.start, end: span.end });
  });
  return { normalized, words };
}

/** The comparison words of a text, without offsets (cheaper when only the words matter). */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  scanWords(normalizeUnchecked(text, MATCH_OPTIONS).text, (norm) => words.push(norm));
  return words;
}

export { MATCH_OPTIONS };
