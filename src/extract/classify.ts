import type { CategoryContext } from "./category/context.js";
import { wordAt } from "./category/context.js";
import { naming } from "./category/naming.js";
import { nickname } from "./category/nickname.js";
import { term } from "./category/term.js";
import { title } from "./category/title.js";
import { isLower, isSpace } from "./chars.js";
import { isSpeechVerb } from "./lexicon/speech-verbs.js";
import { BREAK, PUNCT, type Token, WORD } from "./tokens.js";
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
  // `cast the rise as the "Putin price hike."`: after an article the period inside the
  // marks is the writer's sentence ending, not the end of a quoted sentence.
  return !endsWithTerminal(text, span) || ARTICLES.has(wordBefore(text, span.start));
}

const ARTICLES = new Set(["the", "a", "an"]);

/** The lower-cased word just before an opening mark at `start` (up to 12 letters back). */
function wordBefore(text: string, start: number): string {
  let i = start - 1;
  while (i >= 0 && !isSpace(text.charCodeAt(i)) && start - i <= 2) i--; // the mark itself
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  let j = i;
  while (j >= 0 && j > i - 12 && /\p{L}/u.test(text[j]!)) j--;
  return text.slice(j + 1, i + 1).toLowerCase();
}

/**
 * `partial` when the quotation is embedded in the writer's sentence (a word, not a
 * comma or colon, stands right before it) and is not a whole sentence of its own
 * (it starts in lower case or does not end the sentence): `wanted to "reassure…"`.
 * Otherwise `direct`; `block` is decided by the caller (interview turns).
 */
export function classifyKind(
  text: string,
  tokens: readonly Token[],
  firstToken: number,
  spans: readonly Span[],
): QuoteKind {
  const token = tokens[firstToken]!;
  const prev = tokens[firstToken - 1];
  // A quotation that opens its paragraph is direct, even after a colon: `block` is
  // kept for quotations set off without marks (interview turns).
  if (!prev || prev.kind === BREAK) return "direct";
  if (prev.sentence !== token.sentence) return "direct";
  const first = spans[0]!;
  let c = text.charCodeAt(first.start);
  // `"[allies] …"`, `"…and then"`: look past a bracket or an ellipsis to the first letter.
  let i = first.start;
  while (
    (c === 0x5b || c === 0x2e || c === 0x2026 || c === 0x28 || isSpace(c)) &&
    i + 1 < first.end
  )
    c = text.charCodeAt(++i);
  // A fragment that starts in lower case inside a sentence is partial, whatever
  // stands before it: `he said, "does not raise a single penny…"`, `— 'every week'`.
  if (isLower(c)) return "partial";
  const embedded = prev.kind === WORD || (prev.kind === PUNCT && prev.lower === ")");
  if (!embedded) return "direct";
  const last = spans[spans.length - 1]!;
  if (!endsWithTerminal(text, last)) return "partial";
  return "direct";
}

/** The category rules, in order: the first that recognises the quoted string decides. */
const CATEGORY_RULES = [nickname, naming, term, title] as const;

/**
 * The category a quoted string's context gives it, or undefined when nothing
 * around it says it is not speech. A cue verb right before the quotation (other
 * than a naming verb) keeps it speech.
 */
export function classifyCategory(
  text: string,
  tokens: readonly Token[],
  firstToken: number,
  spans: readonly Span[],
  words: number,
): QuoteCategory | undefined {
  if (spans.length !== 1) return undefined;
  const ctx: CategoryContext = { text, tokens, at: firstToken, span: spans[0]!, words };
  const prev = wordAt(ctx, -1);
  if (isSpeechVerb(prev) && !NAMING_CUES.has(prev)) return undefined;
  for (const rule of CATEGORY_RULES) {
    const category = rule(ctx);
    if (category) return category;
  }
  return undefined;
}

/** Cue verbs that also give names: they do not by themselves make a quotation speech. */
const NAMING_CUES = new Set([
  "call",
  "calls",
  "called",
  "calling",
  "dubbed",
  "branded",
  "labeled",
  "labelled",
]);
