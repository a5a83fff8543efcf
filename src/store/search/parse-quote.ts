import { normalizeUnchecked } from "../../normalize/normalize.js";
import { MATCH_OPTIONS, scanWords } from "../../text/words.js";
import type { Vocabulary } from "../index/vocabulary.js";

/** What lies between two quoted words besides a space. */
export const GAP = {
  none: 0,
  /** `…` / `...` / `[…]`: the writer left words out; any number of record words may be skipped. */
  ellipsis: 1,
  /** `[allies]`: the writer's own words stand for the speaker's; record words may be skipped. */
  bracket: 2,
} as const;

export interface ParsedQuote {
  /** The comparison words of the quote outside brackets, in order. */
  words: string[];
  /** Vocabulary id of each word (-1: the store never saw it). */
  ids: Int32Array;
  /** GAP before each word (index 0 is always none). */
  gapBefore: Uint8Array;
  /** Words inside brackets: editorial, not matched. */
  bracketed: number;
}

const MAX_BRACKET = 200;

/**
 * Reads a quote as the searcher needs it: normalized words (typography and case do not
 * matter), with the marked edits located: ellipses and bracketed insertions become gaps
 * where the passage may hold words the quote leaves out.
 */
export function parseQuote(text: string, vocab: Vocabulary): ParsedQuote {
  const normalized = normalizeUnchecked(text, MATCH_OPTIONS).text;
  const brackets: [number, number][] = [];
  for (let i = normalized.indexOf("["); i >= 0; i = normalized.indexOf("[", i + 1)) {
    const close = normalized.indexOf("]", i + 1);
    if (close < 0 || close - i > MAX_BRACKET) continue;
    const open = normalized.indexOf("[", i + 1);
    if (open >= 0 && open < close) continue;
    brackets.push([i, close]);
    i = close;
  }
  const words: string[] = [];
  const gaps: number[] = [];
  let bracketed = 0;
  let pending: number = GAP.none;
  let lastEnd = 0;
  let b = 0;
  scanWords(normalized, (norm, start, end) => {
    while (b < brackets.length && brackets[b]![1] < start) {
      // A bracket with no words in it (`[…]`, `[...]`) is an ellipsis.
      const [open, close] = brackets[b]!;
      if (open >= lastEnd && close <= start && pending === GAP.none) pending = GAP.ellipsis;
      b++;
    }
    if (b < brackets.length && brackets[b]![0] < start && end <= brackets[b]![1]) {
      bracketed++;
      if (pending === GAP.none) pending = GAP.bracket;
      lastEnd = end;
      return;
    }
    if (normalized.slice(lastEnd, start).includes("…")) pending = GAP.ellipsis;
    words.push(norm);
    gaps.push(words.length === 1 ? GAP.none : pending);
    pending = GAP.none;
    lastEnd = end;
  });
  const ids = new Int32Array(words.length);
  for (let i = 0; i < words.length; i++) ids[i] = vocab.idOf(words[i]!);
  return { words, ids, gapBefore: Uint8Array.from(gaps), bracketed };
}
