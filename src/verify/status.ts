import type { Difference, DifferenceKind, VerificationStatus } from "./types.js";

type FoundStatus = Exclude<VerificationStatus, "ambiguous" | "not_found">;

/** The status each kind of difference calls for at least (typography and disfluencies: none). */
export const KIND_STATUS: Readonly<Record<DifferenceKind, FoundStatus>> = {
  typography: "verified",
  disfluency: "verified",
  ellipsis_omission: "verified_with_edits",
  bracket_substitution: "verified_with_edits",
  bracket_insertion: "verified_with_edits",
  sic: "verified_with_edits",
  filler_omission: "minor_differences",
  contraction: "minor_differences",
  sentence_break: "minor_differences",
  invisible_character: "minor_differences",
  omission: "altered",
  insertion: "altered",
  substitution: "altered",
  splice: "altered",
  confusable_character: "altered",
  negation: "meaning_changed",
  number: "meaning_changed",
  entity: "meaning_changed",
  hedge: "meaning_changed",
  speaker_mismatch: "misattributed",
};

const ORDER: readonly FoundStatus[] = [
  "verified",
  "verified_with_edits",
  "minor_differences",
  "altered",
  "meaning_changed",
  "misattributed",
];

/** The most severe status any of the differences calls for (`verified` when there are none). */
export function statusOf(differences: readonly Difference[]): FoundStatus {
  let worst = 0;
  for (const d of differences) worst = Math.max(worst, ORDER.indexOf(KIND_STATUS[d.kind]));
  return ORDER[worst]!;
}

/** Whether a status needs an editor's attention: anything but `verified` and `verified_with_edits`. */
export function isFlagged(status: VerificationStatus): boolean {
  return status !== "verified" && status !== "verified_with_edits";
}
