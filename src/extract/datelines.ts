import { MONTHS, WEEKDAYS } from "../text/calendar.js";
import { BREAK, PUNCT, type Token, WORD } from "./tokens.js";

/** Longest dateline, in tokens: `WASHINGTON, April 12 (CapWire) -`. */
const MAX_DATELINE = 12;

/**
 * Whether the dash at token `k` closes a dateline: the paragraph opens with a place
 * in capitals (`WASHINGTON —`), or with capitalised words and numbers only, set out
 * as a dateline is (`Sacramento, Calif. —`, `Lagos, 12 March (Reuters) -`, `Kyiv
 * (AFP) —`): with a comma, a bracketed agency or a date. A name alone before a dash
 * (`John Kirby — the spokesman —`) is not a dateline.
 */
export function isDateline(text: string, tokens: readonly Token[], k: number): boolean {
  let first = k;
  while (first > 0 && tokens[first - 1]!.kind !== BREAK && k - first < MAX_DATELINE) first--;
  if (first > 0 && tokens[first - 1]!.kind !== BREAK) return false;
  const t = tokens[first]!;
  if (t.kind !== WORD) return false;
  if (t.end - t.start >= 3 && isAllCaps(text, t)) return true;
  let marked = false;
  for (let j = first; j < k; j++) {
    const u = tokens[j]!;
    if (u.kind === WORD) {
      const digit = u.lower.charCodeAt(0) >= 0x30 && u.lower.charCodeAt(0) <= 0x39;
      if (!u.cap && !digit) return false;
      if (digit || DATE_WORDS.has(u.lower.replace(/\.$/, ""))) marked = true;
    } else if (u.kind === PUNCT) {
      if (u.lower === "," || u.lower === "(") marked = true;
      else if (u.lower !== ")" && u.lower !== ".") return false;
    } else return false;
  }
  return marked;
}

function isAllCaps(text: string, t: Token): boolean {
  for (let i = t.start; i < t.end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) return false;
  }
  return true;
}

/** Months and weekdays, as datelines print them. */
const DATE_WORDS = new Set([
  ...MONTHS,
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  ...WEEKDAYS,
]);
