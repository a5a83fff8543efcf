import { clearBase, type FoldStep, isWhitespace, type NormalizeContext } from "../context.js";

/** Every Unicode space and line break becomes one ASCII space; a run collapses into one. */
export const spaces: FoldStep = {
  name: "spaces",
  claims: isWhitespace,
  apply(ctx: NormalizeContext, i: number): number {
    const { out } = ctx;
    if (out.last() === 0x20) out.extendLast(i + 1);
    else out.push(0x20, i, i + 1);
    clearBase(ctx);
    return i + 1;
  },
};
