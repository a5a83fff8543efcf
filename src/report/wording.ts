import { isFlagged } from "../verify/status.js";
import type { DifferenceKind, VerificationStatus } from "../verify/types.js";

/** How each status reads in a report (the data carries only the status code). */
export const STATUS_LABEL: Readonly<Record<VerificationStatus, string>> = {
  verified: "verified",
  verified_with_edits: "verified with marked edits",
  minor_differences: "minor differences",
  altered: "ALTERED",
  meaning_changed: "MEANING CHANGED",
  misattributed: "MISATTRIBUTED",
  ambiguous: "ambiguous",
  not_found: "not found on record",
};

export const STATUS_MEANING: Readonly<Record<VerificationStatus, string>> = {
  verified: "the words are on record; differences are typography only",
  verified_with_edits: "on record; the only changes are marked (ellipses, brackets, [sic])",
  minor_differences:
    "on record; unmarked changes that keep the meaning (fillers, false starts, contractions)",
  altered: "on record, but words were changed, added or dropped without marks",
  meaning_changed: "on record, but a negation, number, name or hedge was changed",
  misattributed: "the words are on record from someone else",
  ambiguous: "too short or too common to pin to one source",
  not_found: "nothing on record is close enough",
};

export const KIND_LABEL: Readonly<Record<DifferenceKind, string>> = {
  typography: "typography",
  disfluency: "disfluency left out",
  ellipsis_omission: "omitted at an ellipsis",
  bracket_substitution: "bracketed substitution",
  bracket_insertion: "bracketed insertion",
  sic: "[sic]",
  filler_omission: "filler or false start left out",
  contraction: "contraction",
  sentence_break: "new sentence break",
  invisible_character: "invisible character",
  omission: "words dropped",
  insertion: "words added",
  substitution: "words changed",
  splice: "spliced from elsewhere",
  confusable_character: "look-alike character",
  negation: "negation changed",
  number: "number changed",
  entity: "name changed",
  hedge: "hedge or modal changed",
  speaker_mismatch: "said by someone else",
};

/** Statuses an editor need not look at again. */
export function isClean(status: VerificationStatus): boolean {
  return !isFlagged(status);
}
