import { cleanParagraph } from "./clean-paragraph.js";
import type { LabelMatch } from "./labels.js";
import type { Line } from "./lines.js";

/** A paragraph of a turn: its raw lines joined, its cleaned words, its span in the transcript. */
export interface Paragraph {
  raw: string;
  text: string;
  start: number;
  end: number;
}

/** The paragraphs of lines [from, to); the first line starts after its label, when given. */
export function paragraphsOf(
  text: string,
  lines: readonly Line[],
  from: number,
  to: number,
  label: LabelMatch | undefined,
  whitehouse: boolean,
): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let parts: string[] = [];
  let start = -1;
  let end = -1;
  const flush = () => {
    if (parts.length > 0) {
      const raw = parts.join(" ");
      const cleaned = cleanParagraph(raw, whitehouse);
      if (!isTimeStamp(cleaned)) paragraphs.push({ raw, text: cleaned, start, end });
    }
    parts = [];
  };
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (line.blank) {
      flush();
      continue;
    }
    const contentStart = i === from && label ? label.contentStart : line.contentStart;
    if (parts.length === 0) start = contentStart;
    if (contentStart < line.end) parts.push(text.slice(contentStart, line.end));
    end = line.end;
    if (whitehouse && line.hardBreak) flush();
  }
  flush();
  return paragraphs;
}

/** `2:15 P.M. EDT`, `END`, `END 2:50 P.M. EDT`, `###`: layout, not speech. */
function isTimeStamp(text: string): boolean {
  if (text.length > 24) return false;
  return (
    /^(?:END\.?)?\s*(?:\d{1,2}:\d{2}\s*(?:[AP]\.?\s?M\.?)?(?:\s[A-Z]{2,5})?\.?)?$/i.test(text) ||
    /^#+$/.test(text)
  );
}

/**
 * Place and occasion lines above the first words (`James S. Brady Press Briefing Room`,
 * `*Washington, D.C.*`, `Via Teleconference`): short, italic or without a lower-case
 * word, and not ending a sentence. Only leading paragraphs are dropped.
 */
export function dropHeaders(paragraphs: Paragraph[]): Paragraph[] {
  let i = 0;
  while (i < paragraphs.length && isHeader(paragraphs[i]!)) i++;
  return paragraphs.slice(i);
}

function isHeader(p: Paragraph): boolean {
  const words = p.text.split(" ");
  if (words.length > 12) return false;
  if (/^\s*\*/.test(p.raw) || !words.some((w) => /^\p{Ll}/u.test(w))) return true;
  return !/[.?!…"”’)]$/.test(p.text);
}

/** The body with wrapped lines joined and paragraphs separated by a blank line (for name lookups). */
export function flatBody(text: string, lines: readonly Line[]): string {
  const parts: string[] = [];
  let previousBlank = true;
  for (const line of lines) {
    if (line.blank) {
      if (!previousBlank) parts.push("\n\n");
      previousBlank = true;
      continue;
    }
    if (!previousBlank) parts.push(" ");
    parts.push(text.slice(line.contentStart, line.end));
    previousBlank = false;
  }
  return parts.join("").replace(/[\u00a0\u202f]/g, " ");
}
