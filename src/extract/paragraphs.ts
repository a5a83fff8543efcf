import { isLineBreak, isSpace } from "./chars.js";

/**
 * Paragraphs are where a stray quotation mark stops: an unclosed mark never runs
 * past the end of its paragraph. A paragraph is a run of lines ended by a blank
 * line; a text without any blank line (one paragraph per line, as many feeds and
 * CMS exports print it) has one paragraph per line.
 *
 * Returns `[start0, end0, start1, end1, …]`: each paragraph without its leading and
 * trailing whitespace, empty paragraphs left out.
 */
export function splitParagraphs(text: string): number[] {
  if (!hasRareBreaks(text)) return splitOnNewlines(text);
  const n = text.length;
  const hasBlankLine = findBlankLine(text);
  const bounds: number[] = [];
  let start = 0;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (!isLineBreak(code)) {
      i++;
      continue;
    }
    const lineEnd = i;
    i += code === 0x0d && i + 1 < n && text.charCodeAt(i + 1) === 0x0a ? 2 : 1;
    if (!hasBlankLine) {
      push(text, bounds, start, lineEnd);
      start = i;
      continue;
    }
    // A blank line follows when only spaces stand before the next line break.
    let j = i;
    while (j < n && isSpace(text.charCodeAt(j)) && !isLineBreak(text.charCodeAt(j))) j++;
    if (j < n && isLineBreak(text.charCodeAt(j))) {
      push(text, bounds, start, lineEnd);
      start = j;
      i = j;
    }
  }
  push(text, bounds, start, n);
  return bounds;
}

function findBlankLine(text: string): boolean {
  const n = text.length;
  let sawBreak = false;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (isLineBreak(code)) {
      if (code === 0x0d && i + 1 < n && text.charCodeAt(i + 1) === 0x0a) i++;
      if (sawBreak) return true;
      sawBreak = true;
    } else if (!isSpace(code)) {
      sawBreak = false;
    }
  }
  return false;
}

function push(text: string, bounds: number[], start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) bounds.push(s, e);
}

/** Line breaks other than `\n`: `\r`, U+2028, U+2029, U+0085 (checked once, natively). */
function hasRareBreaks(text: string): boolean {
  return (
    text.includes("\r") ||
    text.includes("\u2028") ||
    text.includes("\u2029") ||
    text.includes("\u0085")
  );
}

/** The common case (only `\n`), line by line with `indexOf`. Same result as the general loop. */
function splitOnNewlines(text: string): number[] {
  const n = text.length;
  const bounds: number[] = [];
  const blank = /\n[^\S\n]*\n/.test(text);
  let start = 0;
  let lineStart = 0;
  while (lineStart <= n) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = n;
    if (!blank) {
      push(text, bounds, lineStart, lineEnd);
    } else if (isBlank(text, lineStart, lineEnd) && lineEnd < n) {
      push(text, bounds, start, lineStart);
      start = lineEnd + 1;
    }
    lineStart = lineEnd + 1;
  }
  if (blank) push(text, bounds, start, n);
  return bounds;
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}
