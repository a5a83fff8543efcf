import { isLower, isSpace, isUpper } from "./chars.js";
import {
  TERM_AS,
  TERM_INTRODUCERS,
  TERM_NOUNS,
  TITLE_INTRODUCERS,
  WORK_NOUNS,
} from "./lexicon/non-speech.js";
import { isSpeechVerb } from "./lexicon/speech-verbs.js";
import { PUNCT, QUOTE, type Token, WORD } from "./tokens.js";
import type { QuoteCategory, QuoteKind, Span } from "./types.js";

/**
 * How a quotation is set (direct, partial, block) and what a quoted string is when
 * its context says it is not speech (a title, a nickname, a term). Both read only
 * the tokens right around the quotation.
 */

/** Words in the quoted parts (runs of non-space characters). */
export function countWords(text: string, spans: readonly Span[]): number {
  let words = 0;
  for (const span of spans) {
    let inWord = false;
    for (let i = span.start; i < span.end; i++) {
      const space = isSpace(text.charCodeAt(i));
      if (!space && !inWord) words++;
      inWord = !space;
    }
  }
  return words;
}

/** The last quoted character that is not a space or closing punctuation other than `. ? !`. */
function endsWithTerminal(text: string, span: Span): boolean {
  let e = span.end - 1;
  while (e > span.start) {
    const c = text.charCodeAt(e);
    if (c === 0x2e || c === 0x3f || c === 0x21 || c === 0x2026) return true;
    // Trailing closing marks of a nested quotation and brackets: `…the word 'no.'`
    if (c === 0x27 || c === 0x22 || c === 0x29 || c === 0x5d || (c >= 0x2018 && c <= 0x201d)) e--;
    else return false;
  }
  return false;
}

/** A quoted string of at most four words that is not a sentence: `"deeply concerning"`. */
export function isShortFragment(text: string, spans: readonly Span[], words: number): boolean {
  if (spans.length !== 1 || words > 4) return false;
  const span = spans[0]!;
  for (let i = span.start; i < span.end - 1; i++) {
    const c = text.charCodeAt(i);
    if ((c === 0x2e || c === 0x3f || c === 0x21) && isSpace(text.charCodeAt(i + 1))) return false;
  }
  return !endsWithTerminal(text, span);
}

/**
 * `partial` when the quotation is embedded in the writer's sentence (a word, not a
 * comma or colon, stands right before it) and is not a whole sentence of its own
 * (it starts in lower case or does not end the sentence): `wanted to "reassure…"`.
 * `block` for a quotation that is its own paragraph after a paragraph ending in a
 * colon. Otherwise `direct`.
 */
export function classifyKind(
  text: string,
  tokens: readonly Token[],
  firstToken: number,
  spans: readonly Span[],
): QuoteKind {
  const token = tokens[firstToken]!;
  const prev = tokens[firstToken - 1];
  if (!prev || prev.paragraph !== token.paragraph) {
    const before = tokens[firstToken - 2];
    if (prev && before && before.kind === PUNCT && before.lower === ":") return "block";
    return "direct";
  }
  if (prev.sentence !== token.sentence) return "direct";
  const embedded = prev.kind === WORD || (prev.kind === PUNCT && prev.lower === ")");
  if (!embedded) return "direct";
  const first = spans[0]!;
  let c = text.charCodeAt(first.start);
  // `"[allies] …"`, `"…and then"`: look past a bracket or an ellipsis to the first letter.
  let i = first.start;
  while ((c === 0x5b || c === 0x2e || c === 0x2026 || c === 0x28) && i + 1 < first.end)
    c = text.charCodeAt(++i);
  if (isLower(c)) return "partial";
  const last = spans[spans.length - 1]!;
  if (!endsWithTerminal(text, last)) return "partial";
  return "direct";
}

function isNameWord(token: Token | undefined): boolean {
  return token !== undefined && token.kind === WORD && token.cap && token.lower.length > 1;
}

/** Most words of three letters or more start with a capital: `A Promised Land`. */
function isTitleCase(text: string, span: Span): boolean {
  let words = 0;
  let capitalised = 0;
  let i = span.start;
  if (!isUpper(text.charCodeAt(i)) && !(text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39))
    return false;
  while (i < span.end) {
    while (i < span.end && isSpace(text.charCodeAt(i))) i++;
    const start = i;
    while (i < span.end && !isSpace(text.charCodeAt(i))) i++;
    if (i - start >= 4) {
      words++;
      if (!isLower(text.charCodeAt(start))) capitalised++;
    }
  }
  return words === 0 || capitalised / words >= 0.6;
}

/**
 * The category a quoted string's context gives it, or undefined when nothing
 * around it says it is not speech. A cue verb right next to the quotation
 * always makes it speech.
 */
export function classifyCategory(
  text: string,
  tokens: readonly Token[],
  firstToken: number,
  spans: readonly Span[],
  words: number,
): QuoteCategory | undefined {
  if (spans.length !== 1) return undefined;
  const span = spans[0]!;
  const token = tokens[firstToken]!;
  const prev = tokens[firstToken - 1];
  const next = tokens[firstToken + 1];
  const sameSentence = (t: Token | undefined) =>
    t !== undefined && t.sentence === token.sentence && t.paragraph === token.paragraph;
  const prevWord = sameSentence(prev) && prev!.kind === WORD ? prev!.lower : "";
  const nextWord = sameSentence(next) && next!.kind === WORD ? next!.lower : "";
  if (isSpeechVerb(prevWord) && prevWord !== "called" && prevWord !== "dubbed") return undefined;
  // Dwayne "The Rock" Johnson: between two capitalised words, with no punctuation inside.
  if (
    words <= 4 &&
    isNameWord(prev) &&
    isNameWord(next) &&
    sameSentence(prev) &&
    sameSentence(next)
  ) {
    const lastChar = text.charCodeAt(span.end - 1);
    if (lastChar !== 0x2c && lastChar !== 0x2e && !isSpeechVerb(next!.lower)) return "nickname";
  }
  if (TERM_INTRODUCERS.has(prevWord)) return "term";
  if (TERM_NOUNS.has(prevWord) && words <= 6) return "term";
  if (prevWord === "as" && sameSentence(tokens[firstToken - 2])) {
    const before = tokens[firstToken - 2]!.lower;
    if (TERM_AS.has(before)) return "term";
  }
  if (
    prevWord === "to" &&
    tokens[firstToken - 2]?.lower === "as" &&
    TERM_AS.has(tokens[firstToken - 3]?.lower ?? "")
  )
    return "term";
  if (words <= 12 && isTitleCase(text, span)) {
    if (TITLE_INTRODUCERS.has(prevWord)) return "title";
    if (WORK_NOUNS.has(nextWord)) return "title";
    // `the film "Oppenheimer"`, `her 2019 memoir, "Know My Name"`: a work noun just before.
    for (let k = firstToken - 1; k >= firstToken - 4 && k >= 0; k--) {
      const t = tokens[k]!;
      if (!sameSentence(t) || t.kind === QUOTE) break;
      if (t.kind === WORD && WORK_NOUNS.has(t.lower)) return "title";
      if (t.kind === WORD && isSpeechVerb(t.lower)) break;
    }
  }
  return undefined;
}
