import { isLower, isSpace, isUpper } from "../chars.js";
import { QUOTE, type Token, WORD } from "../tokens.js";
import type { Span } from "../types.js";

/** What a category rule sees of one quoted string and the words around it. */
export interface CategoryContext {
  text: string;
  tokens: readonly Token[];
  /** Index of the quotation's (only) quote token. */
  at: number;
  span: Span;
  words: number;
}

/** The token `offset` places from the quotation, if it is in the same sentence and paragraph. */
export function near(ctx: CategoryContext, offset: number): Token | undefined {
  const self = ctx.tokens[ctx.at]!;
  const t = ctx.tokens[ctx.at + offset];
  if (!t || t.sentence !== self.sentence || t.paragraph !== self.paragraph) return undefined;
  return t;
}

/** The lower-cased word `offset` places away, or "" when it is not a word of the same sentence. */
export function wordAt(ctx: CategoryContext, offset: number): string {
  const t = near(ctx, offset);
  return t && t.kind === WORD ? t.lower : "";
}

/** The words before the quotation (nearest first), up to `count`, stopping at another quotation. */
export function wordsBefore(ctx: CategoryContext, count: number): Token[] {
  const out: Token[] = [];
  for (let k = 1; k <= count; k++) {
    const t = near(ctx, -k);
    if (!t || t.kind === QUOTE) break;
    out.push(t);
  }
  return out;
}

/**
 * Most words of four letters or more start with a capital (`A Promised Land`,
 * `the General`); a leading article may be lower case.
 */
export function isTitleCase(text: string, span: Span): boolean {
  let words = 0;
  let capitalised = 0;
  let i = span.start;
  let first = true;
  while (i < span.end) {
    while (i < span.end && isSpace(text.charCodeAt(i))) i++;
    const start = i;
    while (i < span.end && !isSpace(text.charCodeAt(i))) i++;
    if (start === i) break;
    const word = text.slice(start, i).toLowerCase();
    const c = text.charCodeAt(start);
    if (first) {
      first = false;
      const article = word === "the" || word === "a" || word === "an";
      if (!article && !isUpper(c) && !(c >= 0x30 && c <= 0x39)) return false;
      if (article) continue;
    }
    if (i - start >= 4) {
      words++;
      if (!isLower(c)) capitalised++;
    }
  }
  return words > 0 && capitalised / words >= 0.6;
}
