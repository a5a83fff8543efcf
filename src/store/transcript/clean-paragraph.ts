import { isLayoutSpace } from "./lines.js";
import { isStageDirection } from "./stage-directions.js";

/** Longest parenthesis, link or tag looked at: keeps every scan bounded (linear overall). */
const MAX_GROUP = 400;

const BREAKING_TAGS =
  /^<\/?(?:br|p|div|figure|table|tbody|thead|tr|td|th|li|ul|ol|colgroup|col|h\d)\b/i;

function isSpace(code: number): boolean {
  return (
    isLayoutSpace(code) || code === 0x0a || code === 0x2009 || code === 0x2002 || code === 0x2003
  );
}

function isOrdinary(code: number, markdown: boolean): boolean {
  if (
    code > 0x3c &&
    code !== 0x5b &&
    code !== 0x5c &&
    code < 0x2000 &&
    code !== 0xa0 &&
    code !== 0xfeff
  ) {
    return true;
  }
  if (code === 0x28 || isSpace(code)) return false;
  if (markdown && (code === 0x2a || code === 0x3c || code === 0x5b || code === 0x5c)) return false;
  return code !== 0x5b || !markdown;
}

function isAsciiPunctuation(code: number): boolean {
  return (
    (code >= 0x21 && code <= 0x2f) ||
    (code >= 0x3a && code <= 0x40) ||
    (code >= 0x5b && code <= 0x60) ||
    (code >= 0x7b && code <= 0x7e)
  );
}

function indexWithin(text: string, char: string, from: number, stopAt: string): number {
  const limit = Math.min(text.length, from + MAX_GROUP);
  for (let i = from; i < limit; i++) {
    const c = text[i];
    if (c === char) return i;
    if (stopAt.includes(c!)) return -1;
  }
  return -1;
}

/**
 * The words of one paragraph as a statement keeps them: stage directions dropped,
 * spaces (no-break, runs, line breaks of a hard-wrapped paragraph) collapsed to one.
 * With `markdown`, also Markdown escapes (`\[`), emphasis (`*`, `**`), HTML tags
 * (`<s>…</s>` keeps the struck words: they were said) and link targets are removed.
 */
export function cleanParagraph(text: string, markdown: boolean): string {
  let out = "";
  let pendingSpace = false;
  // A space left by a removed direction is dropped before punctuation: `it (Laughs.).` → `it.`
  let removed = false;
  let linkEnd = -1;
  let linkResume = -1;
  let i = 0;
  const n = text.length;
  while (i < n) {
    if (i === linkEnd) {
      i = linkResume;
      linkEnd = -1;
      continue;
    }
    // Most characters are ordinary: copy them in runs.
    let j = i;
    while (j < n && j !== linkEnd && isOrdinary(text.charCodeAt(j), markdown)) j++;
    let piece: string | undefined;
    if (j > i) {
      piece = text.slice(i, j);
      i = j;
    } else {
      const code = text.charCodeAt(i);
      if (isSpace(code)) {
        pendingSpace = true;
        i++;
        continue;
      }
      if (markdown && code === 0x5c && i + 1 < n && isAsciiPunctuation(text.charCodeAt(i + 1))) {
        piece = text[i + 1]!;
        i += 2;
      } else if (markdown && code === 0x2a) {
        i++; // emphasis
        continue;
      } else if (markdown && code === 0x3c && isTag(text, i)) {
        const close = indexWithin(text, ">", i + 1, "<");
        if (BREAKING_TAGS.test(text.slice(i, close + 1))) pendingSpace = true;
        i = close + 1;
        continue;
      } else if (markdown && code === 0x5b && linkEnd < 0 && linkTarget(text, i) !== undefined) {
        // [words](https://…): keep the words, drop the target.
        const target = linkTarget(text, i)!;
        linkEnd = target.close;
        linkResume = target.resume;
        i++;
        continue;
      } else if (code === 0x28) {
        const close = indexWithin(text, ")", i + 1, "(");
        if (close > 0 && isStageDirection(stripMarkup(text.slice(i + 1, close)))) {
          pendingSpace = true;
          removed = true;
          i = close + 1;
          continue;
        }
        piece = "(";
        i++;
      } else {
        piece = text[i]!;
        i++;
      }
    }
    if (pendingSpace && out.length > 0 && !(removed && ".,;:!?".includes(piece[0]!))) out += " ";
    pendingSpace = false;
    removed = false;
    out += piece;
  }
  return out;
}

function isTag(text: string, at: number): boolean {
  const close = indexWithin(text, ">", at + 1, "<");
  return close > 0 && /^<\/?[a-zA-Z]/.test(text.slice(at, at + 3));
}

function linkTarget(text: string, at: number): { close: number; resume: number } | undefined {
  const close = indexWithin(text, "]", at + 1, "[");
  if (close < 0 || text[close + 1] !== "(") return undefined;
  const end = indexWithin(text, ")", close + 2, "( ");
  if (end < 0 || !/^(?:https?:|mailto:|www\.|\/)/.test(text.slice(close + 2, close + 10)))
    return undefined;
  return { close, resume: end + 1 };
}

function stripMarkup(s: string): string {
  return s.replace(/[*\\]/g, "");
}
