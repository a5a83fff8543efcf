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
