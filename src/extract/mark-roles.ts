import type { Mark } from "./collect-marks.js";
import type { MarkStack } from "./mark-stack.js";
import { CLOSES, type Family, HIGH_REVERSED_DOUBLE, LOW_DOUBLE, OPENS, SINGLE } from "./marks.js";

/** Whether a mark opens a quotation, closes the open one of its family, or neither. */

export const NONE = 0;
export const OPEN = 1;
export const CLOSE = 2;

export function findOpen(stack: MarkStack, family: Family): number {
  return stack.find(family);
}

export function roleOf(m: Mark, stack: MarkStack): number {
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
