import type { DifferenceKind } from "../types.js";

/**
 * Characters normalization folded in the quote that can hide a change: a look-alike
 * letter from another script makes the printed word a different string (`altered`);
 * an invisible character does not change the words but is never clean copy
 * (`minor_differences`). Either way the quote cannot be `verified`.
 */
export function characterKind(finding: { kind: "invisible" | "confusable" }): DifferenceKind {
  return finding.kind === "confusable" ? "confusable_character" : "invisible_character";
}
