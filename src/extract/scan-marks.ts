import { isLeadingApostrophe, isPossessiveLike, isTrailingElision } from "./apostrophes.js";
import { isAlphanumeric, isClosingPunctuation, isOpeningPunctuation, isSpace } from "./chars.js";
import {
  CLOSES,
  DOUBLE,
  EITHER,
  type Family,
  familyOf,
  GUILLEMET,
  HIGH_REVERSED_DOUBLE,
  isMarkCode,
  LOW_DOUBLE,
  markPattern,
  OPENS,
  type Shape,
  SINGLE,
  SINGLE_GUILLEMET,
  shapeOf,
} from "./marks.js";
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

interface Mark {
  pos: number;
  len: number;
  family: Family;
  shape: Shape;
  code: number;
  canOpen: boolean;
  canClose: boolean;
  /** Single marks only: letters on both sides (`don't`). */
  inside: boolean;
  /** Single marks only: an elision or a year (`'em`, `'80s`, `rock 'n' roll`). */
  elision: boolean;
  /** Single marks only: a possible plural possessive (`Jones' car`). */
  possessive: boolean;
  /** Single marks only: a later mark of the paragraph can close an open single quotation. */
  laterClose: boolean;
}

interface Open {
  family: Family;
  code: number;
  markStart: number;
  contentStart: number;
  spans: Span[];
  regions: Span[];
  children: MarkedQuote[];
  paragraph: number;
}

const NONE = 0;
const OPEN = 1;
const CLOSE = 2;

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

function collectMarks(text: string, start: number, end: number, pattern: RegExp): Mark[] {
  const marks: Mark[] = [];
  for (let i = start; i < end; i++) {
    pattern.lastIndex = i;
    const found = pattern.exec(text);
    if (!found || found.index >= end) break;
    i = found.index;
    const code = text.charCodeAt(i);
    let family = familyOf(code) as Family;
    let shape = shapeOf(code) as Shape;
    let len = 1;
    // Two single marks in a row are a double mark: ``…'' and ''…'' in wire copy.
    if (family === SINGLE && i + 1 < end && familyOf(text.charCodeAt(i + 1)) === SINGLE) {
      const second = shapeOf(text.charCodeAt(i + 1));
      family = DOUBLE;
      shape = shape === second ? shape : EITHER;
      len = 2;
    }
    const prev = i > start ? text.charCodeAt(i - 1) : -1;
    const next = i + len < end ? text.charCodeAt(i + len) : -1;
    const spaceBefore = prev === -1 || isSpace(prev);
    const spaceAfter = next === -1 || isSpace(next);
    const leftContext = spaceBefore || isOpeningPunctuation(prev) || isMarkCode(prev);
    const rightContext = spaceAfter || isClosingPunctuation(next) || isMarkCode(next);
    const canOpen = leftContext && !spaceAfter;
    const canClose = rightContext && !spaceBefore;
    const single = family === SINGLE;
    const inside =
      single && prev !== -1 && next !== -1 && isAlphanumeric(prev) && isAlphanumeric(next);
    marks.push({
      pos: i,
      len,
      family,
      shape,
      code,
      canOpen,
      canClose,
      inside,
      elision:
        single &&
        !inside &&
        ((canOpen && isLeadingApostrophe(text, i)) || (canClose && isTrailingElision(text, i))),
      possessive: single && !inside && canClose && !canOpen && isPossessiveLike(text, i),
      laterClose: false,
    });
    i += len - 1;
  }
  markLaterCloses(marks);
  return marks;
}

/**
 * For every possessive-like single mark, whether a later single mark in the
 * paragraph would close an open quotation: right to left, counting definite
 * closing marks not yet matched by a definite opening one.
 */
function markLaterCloses(marks: Mark[]): void {
  let pending = 0;
  for (let k = marks.length - 1; k >= 0; k--) {
    const m = marks[k]!;
    if (m.family !== SINGLE || m.inside || m.elision) continue;
    if (m.possessive) {
      m.laterClose = pending > 0;
      continue;
    }
    if (m.canClose && !m.canOpen) pending++;
    else if (m.canOpen && !m.canClose && pending > 0) pending--;
  }
}

/**
 * The open marks of a paragraph, with the positions of each family's entries kept
 * apart so that "the nearest open mark of this family" is O(1): a paragraph of
 * thousands of unclosed marks must not make every later mark search them all.
 */
class MarkStack {
  private readonly entries: Open[] = [];
  /** For each family, the indices of its entries, bottom to top. */
  private readonly byFamily: number[][] = [[], [], [], [], []];

  get length(): number {
    return this.entries.length;
  }

  top(): Open | undefined {
    return this.entries[this.entries.length - 1];
  }

  at(index: number): Open {
    return this.entries[index]!;
  }

  push(entry: Open): void {
    this.byFamily[entry.family]!.push(this.entries.length);
    this.entries.push(entry);
  }

  pop(): Open {
    const entry = this.entries.pop()!;
    this.byFamily[entry.family]!.pop();
    return entry;
  }

  /** Index of the nearest open entry of `family`, or -1. */
  find(family: Family): number {
    const list = this.byFamily[family]!;
    return list.length > 0 ? list[list.length - 1]! : -1;
  }

  /** Index of the lowest entry that is not a single mark, or -1. */
  lowestNotSingle(): number {
    let lowest = -1;
    for (const family of [DOUBLE, GUILLEMET, SINGLE_GUILLEMET]) {
      const first = this.byFamily[family]![0];
      if (first !== undefined && (lowest < 0 || first < lowest)) lowest = first;
    }
    return lowest;
  }
}

function findOpen(stack: MarkStack, family: Family): number {
  return stack.find(family);
}

function roleOf(m: Mark, stack: MarkStack): number {
  const openAt = findOpen(stack, m.family);
  const isOpen = openAt >= 0;
  if (m.family === SINGLE) return singleRole(m, isOpen);
  if (m.shape === OPENS) {
    // German `„…“`: the English opening glyph closes a low opening mark.
    if (m.code === HIGH_REVERSED_DOUBLE && isOpen && stack.at(openAt).code === LOW_DOUBLE)
      return CLOSE;
    if (m.canClose && !m.canOpen) return isOpen ? CLOSE : NONE;
    return OPEN;
  }
  if (m.shape === CLOSES) {
    if (isOpen) return CLOSE;
    // Swedish `”…”`, Danish `»…«`, or a wrong-way opening mark.
    return m.canOpen || !m.canClose ? OPEN : NONE;
  }
  if (m.canOpen && !m.canClose) return OPEN;
  if (m.canClose && !m.canOpen) return isOpen ? CLOSE : NONE;
  return isOpen ? CLOSE : OPEN;
}

function singleRole(m: Mark, isOpen: boolean): number {
  if (m.inside || m.elision) return NONE;
  if (m.canOpen && !m.canClose) return OPEN;
  if (m.canClose && !m.canOpen) {
    if (!isOpen) return NONE;
    return m.possessive && m.laterClose ? NONE : CLOSE;
  }
  if (!m.canOpen && !m.canClose) return NONE;
  if (m.shape === OPENS) return OPEN;
  return isOpen ? CLOSE : NONE;
}

function trimmed(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return { start: s, end: e };
}

/** Hands a finished quotation to the enclosing open one, or to the output. */
function emit(quote: MarkedQuote, stack: MarkStack, out: MarkedQuote[]): void {
  const top = stack.top();
  if (top) top.children.push(quote);
  else out.push(quote);
}

/**
 * An open mark that turned out not to open anything: its children move up a level.
 * The smaller list is appended to the larger (order is restored by a final sort),
 * so deep runs of stray marks cost O(n log n), not O(n²).
 */
function discard(entry: Open, stack: MarkStack, out: MarkedQuote[]): void {
  const parent = stack.top();
  if (!parent) {
    for (const child of entry.children) out.push(child);
    return;
  }
  let into = parent.children;
  let from = entry.children;
  if (into.length < from.length) {
    parent.children = from;
    from = into;
    into = parent.children;
  }
  for (const child of from) into.push(child);
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
