import type { Break } from "../../match/types.js";

/**
 * Punctuation between two kept words that turns one sentence into two or two into
 * one (`…our alliances, and…` printed `…our alliances. And…`). Commas and dashes
 * around an aside are interchangeable (typography); only a sentence end counts.
 */
export function isSentenceBreakChange(quoteBreak: Break, sourceBreak: Break): boolean {
  return (quoteBreak === "sentence") !== (sourceBreak === "sentence");
}
