import {
  clearBase,
  type FoldStep,
  isAlphanumeric,
  isWhitespace,
  type NormalizeContext,
} from "../context.js";

const HYPHEN = 0x2d;
const EM_DASH = 0x2014;

/** Hyphen look-alikes: always a hyphen (`long‐term`, `−5`). */
const HYPHENS = new Set([0x2010, 0x2011, 0x2212, 0xfe63, 0xff0d]);
/** Figure and en dash: a hyphen between letters or digits (`2021–2025`), a dash otherwise. */
const EN_DASHES = new Set([0x2012, 0x2013]);
/** Em dash and its relatives: always a dash. */
const EM_DASHES = new Set([EM_DASH, 0x2015, 0x2e3a, 0x2e3b, 0xfe58, 0xfe31, 0xfe32]);

export const dashes: FoldStep = {
  name: "dashes",
  claims: (code) =>
    code === HYPHEN || HYPHENS.has(code) || EN_DASHES.has(code) || EM_DASHES.has(code),
  apply(ctx: NormalizeContext, i: number): number {
    const { text, out } = ctx;
    const code = text.charCodeAt(i);
    clearBase(ctx);
    const prev = i > 0 ? text.charCodeAt(i - 1) : -1;
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : -1;
    if (code === HYPHEN || HYPHENS.has(code)) {
      // `--` (typewriter dash, in any hyphen form) is a dash.
      if (next === HYPHEN || HYPHENS.has(next)) {
        let j = i + 2;
        while (
          j < text.length &&
          (text.charCodeAt(j) === HYPHEN || HYPHENS.has(text.charCodeAt(j)))
        )
          j++;
        out.push(EM_DASH, i, j);
        return j;
      }
    }
    if (HYPHENS.has(code)) {
      const spaced = prev >= 0 && next >= 0 && isWhitespace(prev) && isWhitespace(next);
      out.push(spaced ? EM_DASH : HYPHEN, i, i + 1);
      return i + 1;
    }
    if (EN_DASHES.has(code)) {
      const joins = prev >= 0 && next >= 0 && isAlphanumeric(prev) && isAlphanumeric(next);
      out.push(joins ? HYPHEN : EM_DASH, i, i + 1);
      return i + 1;
    }
    if (EM_DASHES.has(code)) {
      out.push(EM_DASH, i, i + 1);
      return i + 1;
    }
    // ASCII hyphen-minus with spaces on both sides is a dash.
    const spaced = prev >= 0 && next >= 0 && isWhitespace(prev) && isWhitespace(next);
    out.push(spaced ? EM_DASH : HYPHEN, i, i + 1);
    return i + 1;
  },
};
