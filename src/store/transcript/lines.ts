/** One physical line of a transcript body, with its offsets in the whole transcript. */
export interface Line {
  /** Offset of the line's first character. */
  start: number;
  /** Offset of the first non-blank character (== end for a blank line). */
  contentStart: number;
  /** Offset just after the last non-blank character. */
  end: number;
  blank: boolean;
  /** Ends with a Markdown hard break (two spaces or a no-break space): the next line starts afresh. */
  hardBreak: boolean;
}

/** Spaces a transcript uses for layout: ASCII space and tab, no-break and narrow no-break space, BOM. */
export function isLayoutSpace(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0xa0 ||
    code === 0x202f ||
    code === 0xfeff ||
    code === 0x0d
  );
}

/** Splits `text` from `from` into lines (LF or CRLF). */
export function splitLines(text: string, from: number): Line[] {
  const lines: Line[] = [];
  let pos = from;
  while (pos < text.length) {
    let next = text.indexOf("\n", pos);
    if (next < 0) next = text.length;
    let contentStart = pos;
    while (contentStart < next && isLayoutSpace(text.charCodeAt(contentStart))) contentStart++;
    let end = next;
    while (end > contentStart && isLayoutSpace(text.charCodeAt(end - 1))) end--;
    const trailing = next - end;
    const lastSpace = trailing > 0 ? text.charCodeAt(end) : 0;
    lines.push({
      start: pos,
      contentStart,
      end,
      blank: contentStart === end,
      hardBreak: contentStart < end && (trailing >= 2 || lastSpace === 0xa0),
    });
    pos = next + 1;
  }
  return lines;
}
