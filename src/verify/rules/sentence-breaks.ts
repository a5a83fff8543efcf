import type { Break } from "../../match/types.js";

/**
 * Punctuation between two kept words turned into a sentence break (`…our alliances,
 * and…` printed `…our alliances. And…`). The other way round is house style: a
 * sentence that ends before an attribution ends in a comma (`"…the lawyers did," she
 * said, "That…"`), and commas and dashes around an aside are interchangeable.
 */
export function isSentenceBreakChange(quoteBreak: Break, sourceBreak: Break): boolean {
  return quoteBreak === "sentence" && sourceBreak !== "sentence";
}
