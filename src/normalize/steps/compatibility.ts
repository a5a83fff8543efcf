import { emitFolded, type FoldStep, type NormalizeContext } from "../context.js";

const BMP_LIMIT = 0x10000;

/**
 * Characters NFKC changes, except the ones whose compatibility mapping starts
 * with a space (spacing accents like `¨`), where folding would invent a word break.
 */
export function hasCompatibilityForm(char: string): boolean {
  const folded = char.normalize("NFKC");
  return folded !== char && folded.charCodeAt(0) !== 0x20;
}

/** Compatibility forms (fullwidth letters, ligatures, superscripts) folded as NFKC does. */
export const compatibility: FoldStep = {
  name: "compatibility",
  claims: (code) =>
    code >= 0x80 &&
    code < BMP_LIMIT &&
    !(code >= 0xd800 && code <= 0xdfff) &&
    hasCompatibilityForm(String.fromCharCode(code)),
  apply(ctx: NormalizeContext, i: number): number {
    ctx.baseOut = ctx.out.length;
    ctx.baseIn = i;
    emitFolded(ctx, ctx.text[i]!.normalize("NFKC"), i, i + 1);
    return i + 1;
  },
};
