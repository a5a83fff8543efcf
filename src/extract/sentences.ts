import { BREAK, PUNCT, QUOTE, type Token, WORD } from "./tokens.js";

/**
 * Abbreviations that never end a sentence: they stand before a name or a number
 * (`Lt. Col. Phil Ventura`, `No. 3`).
 */
const NEVER_FINAL: ReadonlySet<string> = new Set([
  "mr.",
  "mrs.",
  "ms.",
  "mx.",
  "dr.",
  "prof.",
  "rev.",
  "fr.",
  "lt.",
  "col.",
  "gen.",
  "maj.",
  "capt.",
  "cpt.",
  "cmdr.",
  "cdr.",
  "adm.",
  "sgt.",
  "cpl.",
  "pvt.",
  "brig.",
  "sen.",
  "sens.",
  "rep.",
  "reps.",
  "gov.",
  "pres.",
  "supt.",
  "det.",
  "insp.",
  "hon.",
  "atty.",
  "amb.",
  "sec.",
  "no.",
  "nos.",
  "vs.",
  "st.",
  "mt.",
  "ft.",
]);

/**
 * Words that start sentences far more often than they follow an abbreviation: after
 * `U.S.` or `Inc.` one of these means the period also ended the sentence.
 */
const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  "the",
  "a",
  "an",
  "he",
  "she",
  "it",
  "they",
  "we",
  "i",
  "you",
  "but",
  "and",
  "in",
  "on",
  "at",
  "this",
  "that",
  "these",
  "those",
  "his",
  "her",
  "their",
  "its",
  "our",
  "there",
  "if",
  "when",
  "while",
  "after",
  "before",
  "as",
  "for",
  "so",
  "yet",
  "still",
  "however",
  "meanwhile",
  "officials",
  "according",
]);

function quoteEndsSentence(text: string, token: Token): boolean {
  let e = token.end - 1;
  // Skip the closing mark(s) and spaces back to the last quoted character.
  while (e > token.start) {
    const c = text.charCodeAt(e);
    if (c === 0x2e || c === 0x3f || c === 0x21 || c === 0x2026) return true;
    if (c === 0x22 || c === 0x27 || (c >= 0x2018 && c <= 0x201f) || c === 0xbb || c === 0xab) e--;
    else if (c === 0x20 || c === 0xa0 || c === 0x202f) e--;
    else return false;
  }
  return false;
}

function isTerminalPunct(lower: string): boolean {
  return lower === "." || lower === "?" || lower === "!" || lower === "…" || lower === "...";
}

/**
 * Numbers the sentences of the token stream in place (`token.sentence`). A sentence
 * ends at a paragraph break, at `. ? !` before a capitalised word or a quotation,
 * after an abbreviation only before a typical sentence opener, and after a
 * quotation whose words end with `. ? !` when a capitalised word or another
 * quotation follows. Returns the number of sentences.
 */
export function splitSentences(text: string, tokens: Token[]): number {
  let sentence = 0;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (token.kind === BREAK) {
      sentence++;
      token.sentence = sentence;
      continue;
    }
    token.sentence = sentence;
    const next = tokens[k + 1];
    if (!next || next.kind === BREAK) continue;
    // `SPRINGFIELD, Ill. (AP) — Gov. …`: a dateline ends at its dash.
    if (token.kind === PUNCT && token.lower === "—" && isDateline(text, tokens, k)) {
      sentence++;
      continue;
    }
    const nextOpens = (next.kind === WORD && next.cap) || next.kind === QUOTE;
    if (token.kind === PUNCT && isTerminalPunct(token.lower)) {
      if (nextOpens) sentence++;
    } else if (token.kind === WORD && token.lower.endsWith(".") && !NEVER_FINAL.has(token.lower)) {
      // `U.S.` before `Defense` continues; before `The` or a quotation it ended the sentence.
      const initial = token.end - token.start === 2;
      if (!initial && (next.kind === QUOTE || (next.cap && SENTENCE_STARTERS.has(next.lower))))
        sentence++;
    } else if (token.kind === QUOTE && nextOpens && quoteEndsSentence(text, token)) {
      sentence++;
    }
  }
  return sentence + 1;
}

/** Longest dateline, in tokens: `WASHINGTON, April 12 (CapWire) -`. */
const MAX_DATELINE = 12;

/** Whether the dash at token `k` closes a dateline: its paragraph opens with a word in capitals. */
function isDateline(text: string, tokens: readonly Token[], k: number): boolean {
  let first = k;
  while (first > 0 && tokens[first - 1]!.kind !== BREAK && k - first < MAX_DATELINE) first--;
  if (first > 0 && tokens[first - 1]!.kind !== BREAK) return false;
  const t = tokens[first]!;
  if (t.kind !== WORD || t.end - t.start < 3) return false;
  for (let i = t.start; i < t.end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) return false;
  }
  return true;
}
