import { isLeadingApostrophe, isPossessiveLike, isTrailingElision } from "./apostrophes.js";
import { isAlphanumeric, isClosingPunctuation, isOpeningPunctuation, isSpace } from "./chars.js";
import {
  DOUBLE,
  EITHER,
  type Family,
  familyOf,
  isMarkCode,
  type Shape,
  SINGLE,
  shapeOf,
} from "./marks.js";

/**
 * The quotation marks of a paragraph, each with what its neighbours allow it to do
 * (open, close) and, for single marks, whether it is an apostrophe instead.
 */

export interface Mark {
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

/** Every mark of the paragraph `start..end`, in order. */
export function collectMarks(text: string, start: number, end: number, pattern: RegExp): Mark[] {
  const marks: Mark[] = [];
  for (let i = start; i < end; i++) {
    pattern.lastIndex = i;
    const found = pattern.exec(text);
    if (!found || found.index >= end) break;
    i = found.index;
    const code = text.charCodeAt(i);
    // `a 6'2" lock`: feet and inches, not a quotation mark.
    if (code === 0x22 && isInchMark(text, i, start)) continue;
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

/** A straight double mark after feet and inches: `6'2"`, `5′9"`. */
function isInchMark(text: string, i: number, start: number): boolean {
  let k = i - 1;
  const digitsEnd = k;
  while (k >= start && k > digitsEnd - 2 && isDigit(text.charCodeAt(k))) k--;
  if (k === digitsEnd || k < start + 1) return false;
  const prime = text.charCodeAt(k);
  return (
    (prime === 0x27 || prime === 0x2032 || prime === 0x2019) && isDigit(text.charCodeAt(k - 1))
  );
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
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
