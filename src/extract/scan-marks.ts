import { isSpace } from "./chars.js";
import { collectMarks, type Mark } from "./collect-marks.js";
import { CLOSE, findOpen, OPEN, roleOf } from "./mark-roles.js";
import { discard, emit, MarkStack, type Open, trimmed } from "./mark-stack.js";
import { DOUBLE, type Family, familyOf, isMarkCode, markPattern, SINGLE } from "./marks.js";
import type { Span } from "./types.js";

/** A quotation found from its marks, before attribution. */
export interface MarkedQuote {
  /** Each contiguous quoted part, marks and surrounding spaces excluded. */
  spans: Span[];
  /** Each part with its marks: what the tokenizer treats as one unit. */
  regions: Span[];
  family: Family;
  /** No closing mark: the quotation was cut at the end of its paragraph. */
  unclosed: boolean;
  /** Quotations inside this one. */
  children: MarkedQuote[];
  /** Index (in paragraph order) of the paragraph of the first and last part. */
  paragraph: number;
  lastParagraph: number;
}

/**
 * Finds quotations by their marks, paragraph by paragraph, in one pass over the
 * text plus a pass over each paragraph's marks. A stack of open marks handles
 * nesting; a mark left open at the end of a paragraph continues into the next one
 * when that paragraph opens with a mark of the same family (the multi-paragraph
 * convention), and is otherwise cut at the paragraph end (double marks) or dropped
 * as an apostrophe (single marks).
 */
export function scanMarks(text: string, paragraphs: readonly number[]): MarkedQuote[] {
  const out: MarkedQuote[] = [];
  let carry: Open | undefined;
  // A literal per call: its lastIndex is the only state, and it stays local.
  const pattern = markPattern();
  for (let p = 0; p < paragraphs.length; p += 2) {
    const start = paragraphs[p]!;
    const end = paragraphs[p + 1]!;
    const marks = collectMarks(text, start, end, pattern);
    carry = scanParagraph(text, start, end, p / 2, marks, carry, out, paragraphs);
  }
  out.sort((a, b) => a.spans[0]!.start - b.spans[0]!.start);
  return out;
}

function scanParagraph(
  text: string,
  start: number,
  end: number,
  index: number,
  marks: readonly Mark[],
  carry: Open | undefined,
  out: MarkedQuote[],
  paragraphs: readonly number[],
): Open | undefined {
  const stack = new MarkStack();
  let k = 0;
  if (carry) {
    const first = marks[0];
    if (first && first.pos === start && first.family === carry.family && first.canOpen) {
      carry.markStart = first.pos;
      carry.contentStart = first.pos + first.len;
      stack.push(carry);
      k = 1;
    } else {
      finishUnclosed(text, carry, stack, out);
    }
  }
  for (; k < marks.length; k++) {
    const m = marks[k]!;
    const role = roleOf(m, stack);
    if (role === OPEN) {
      stack.push({
        family: m.family,
        code: m.code,
        markStart: m.pos,
        contentStart: m.pos + m.len,
        spans: [],
        regions: [],
        children: [],
        paragraph: index,
      });
    } else if (role === CLOSE) {
      const at = findOpen(stack, m.family);
      while (stack.length > at + 1) discard(stack.pop()!, stack, out);
      const entry = stack.pop()!;
      const span = trimmed(text, entry.contentStart, m.pos);
      if (span.end > span.start) {
        entry.spans.push(span);
        entry.regions.push({ start: entry.markStart, end: m.pos + m.len });
        emit(
          {
            spans: entry.spans,
            regions: entry.regions,
            family: entry.family,
            unclosed: false,
            children: entry.children,
            paragraph: entry.paragraph,
            lastParagraph: index,
          },
          stack,
          out,
        );
      } else if (entry.spans.length > 0) {
        // A continued quotation closed right after its continuation mark.
        emit(toUnclosed(entry, index, false), stack, out);
      } else {
        discard(entry, stack, out);
      }
    }
  }
  return endParagraph(text, end, index, stack, out, paragraphs);
}

function toUnclosed(entry: Open, lastParagraph: number, unclosed: boolean): MarkedQuote {
  return {
    spans: entry.spans,
    regions: entry.regions,
    family: entry.family,
    unclosed,
    children: entry.children,
    paragraph: entry.paragraph,
    lastParagraph,
  };
}

/**
 * The marks still open at the end of a paragraph. The outermost double (or
 * guillemet) quotation continues when the next paragraph opens with its family;
 * everything else is closed or dropped here.
 */
function endParagraph(
  text: string,
  end: number,
  index: number,
  stack: MarkStack,
  out: MarkedQuote[],
  paragraphs: readonly number[],
): Open | undefined {
  if (stack.length === 0) return undefined;
  let outer = stack.lowestNotSingle();
  if (outer < 0) outer = 0;
  // Inner unclosed marks are strays: their children belong to the level below.
  while (stack.length > outer + 1) discard(stack.pop()!, stack, out);
  const entry = stack.pop()!;
  while (stack.length > 0) discard(stack.pop()!, stack, out);
  const span = trimmed(text, entry.contentStart, end);
  const nextStart = paragraphs[(index + 1) * 2];
  // A mark that swallowed a closed quotation of its own family is a stray: never continued.
  const swallowed = entry.children.some((c) => c.family === entry.family);
  if (
    !swallowed &&
    span.end > span.start &&
    nextStart !== undefined &&
    opensParagraph(text, nextStart, entry.family)
  ) {
    entry.spans.push(span);
    entry.regions.push({ start: entry.markStart, end });
    return entry;
  }
  if (span.end > span.start) {
    entry.spans.push(span);
    entry.regions.push({ start: entry.markStart, end });
  }
  finishUnclosed(text, entry, new MarkStack(), out);
  return undefined;
}

/**
 * Whether the paragraph starting at `at` opens with a mark of `family` followed by
 * a word (`''` and `` `` `` count as a double mark).
 */
function opensParagraph(text: string, at: number, family: Family): boolean {
  const code = text.charCodeAt(at);
  if (!isMarkCode(code)) return false;
  let next = at + 1;
  let markFamily = familyOf(code);
  if (markFamily === SINGLE && familyOf(text.charCodeAt(next)) === SINGLE) {
    markFamily = DOUBLE;
    next++;
  }
  return markFamily === family && next < text.length && !isSpace(text.charCodeAt(next));
}

/**
 * A quotation whose closing mark never came. Single marks are taken for
 * apostrophes; a double mark containing a closed quotation of its own family is a
 * stray (the closing mark was forgotten before a new quotation); otherwise the
 * quotation runs to the end of its last paragraph.
 */
function finishUnclosed(text: string, entry: Open, stack: MarkStack, out: MarkedQuote[]): void {
  const hasParts = entry.spans.length > 0;
  const swallowed = entry.children.some((c) => c.family === entry.family);
  if (!hasParts || entry.family === SINGLE || swallowed) {
    if (hasParts && entry.family === SINGLE && entry.regions.length > 1) {
      out.push(toUnclosed(entry, entry.paragraph + entry.regions.length - 1, true));
      return;
    }
    discard(entry, stack, out);
    return;
  }
  void text;
  out.push(toUnclosed(entry, entry.paragraph + entry.regions.length - 1, true));
}
