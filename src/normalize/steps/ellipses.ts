import { clearBase, type FoldStep, type NormalizeContext } from "../context.js";

const DOT = 0x2e;
const ELLIPSIS = 0x2026;
const MIDLINE_ELLIPSIS = 0x22ef;

function isSpaceBetweenDots(code: number): boolean {
  return code === 0x20 || code === 0xa0 || code === 0x202f || code === 0x2009;
}

/** `. . .`: a dot, then (space, dot) at least twice. Returns the end, or -1. */
function spacedDotsEnd(text: string, i: number): number {
  let j = i + 1;
  let dots = 1;
  while (
    j + 1 < text.length &&
    isSpaceBetweenDots(text.charCodeAt(j)) &&
    text.charCodeAt(j + 1) === DOT
  ) {
    j += 2;
    dots++;
  }
  return dots >= 3 ? j : -1;
}

/** Trailing dots after an ellipsis (`….`, `....`) are the sentence's period: folded in. */
function skipDots(text: string, j: number): number {
  while (j < text.length && text.charCodeAt(j) === DOT) j++;
  return j;
}

/** `…`, `⋯`, `...`, `....`, `. . .` and `. . . .` all become `…`. */
export const ellipses: FoldStep = {
  name: "ellipses",
  claims: (code) => code === DOT || code === ELLIPSIS || code === MIDLINE_ELLIPSIS,
  apply(ctx: NormalizeContext, i: number): number {
    const { text, out } = ctx;
    const code = text.charCodeAt(i);
    clearBase(ctx);
    if (code !== DOT) {
      const j = skipDots(text, i + 1);
      out.push(ELLIPSIS, i, j);
      return j;
    }
    if (text.charCodeAt(i + 1) === DOT && text.charCodeAt(i + 2) === DOT) {
      const j = skipDots(text, i + 3);
      out.push(ELLIPSIS, i, j);
      return j;
    }
    const spaced = spacedDotsEnd(text, i);
    if (spaced > 0) {
      out.push(ELLIPSIS, i, spaced);
      return spaced;
    }
    out.push(DOT, i, i + 1);
    return i + 1;
  },
};
