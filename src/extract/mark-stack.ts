import { isSpace } from "./chars.js";
import { DOUBLE, type Family, GUILLEMET, SINGLE_GUILLEMET } from "./marks.js";
import type { MarkedQuote } from "./scan-marks.js";
import type { Span } from "./types.js";

/** The marks still open while a paragraph is scanned, and what finished quotations become. */

export interface Open {
  family: Family;
  code: number;
  markStart: number;
  contentStart: number;
  spans: Span[];
  regions: Span[];
  children: MarkedQuote[];
  paragraph: number;
}

export /**
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

export function trimmed(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return { start: s, end: e };
}

/** Hands a finished quotation to the enclosing open one, or to the output. */
export function emit(quote: MarkedQuote, stack: MarkStack, out: MarkedQuote[]): void {
  const top = stack.top();
  if (top) top.children.push(quote);
  else out.push(quote);
}

/**
 * An open mark that turned out not to open anything: its children move up a level.
 * The smaller list is appended to the larger (order is restored by a final sort),
 * so deep runs of stray marks cost O(n log n), not O(n²).
 */
export function discard(entry: Open, stack: MarkStack, out: MarkedQuote[]): void {
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
