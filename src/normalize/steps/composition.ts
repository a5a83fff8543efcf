import { emitFolded, type FoldStep, type NormalizeContext } from "../context.js";

const MARK = /\p{M}/u;

export function isCombiningMark(code: number): boolean {
  return (
    code >= 0x300 && !(code >= 0xd800 && code <= 0xdfff) && MARK.test(String.fromCharCode(code))
  );
}

/**
 * Combining marks composed with their base letter (NFC; NFKC when compatibility
 * folding is on), so `e` + U+0301 and `é` compare equal. The base was already
 * written, so it is rewritten together with its marks.
 */
export const composition: FoldStep = {
  name: "composition",
  claims: isCombiningMark,
  apply(ctx: NormalizeContext, i: number): number {
    const { text, out } = ctx;
    let j = i + 1;
    while (j < text.length && isCombiningMark(text.charCodeAt(j))) j++;
    // Spacing accents (`¨`) have a compatibility form that starts with a space: not folded.
    const compose = (value: string): string => {
      if (!ctx.options.compatibility) return value.normalize("NFC");
      const folded = value.normalize("NFKC");
      return folded.charCodeAt(0) === 0x20 ? value.normalize("NFC") : folded;
    };
    if (ctx.baseIn >= 0) {
      // Compose from the base as already folded (a look-alike already made Latin), so
      // that normalizing twice gives the same text.
      const start = ctx.baseIn;
      const base = String.fromCharCode(...out.units.subarray(ctx.baseOut, out.length));
      out.truncate(ctx.baseOut);
      emitFolded(ctx, compose(base + text.slice(i, j)), start, j);
    } else {
      emitFolded(ctx, compose(text.slice(i, j)), i, j);
    }
    ctx.baseOut = -1;
    ctx.baseIn = -1;
    return j;
  },
};
