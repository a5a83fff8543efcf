import type { Quote, TextSpan } from "../extract/types.js";

/**
 * What differs between a printed quote and the record, one kind per difference.
 *
 * No effect on the verdict: `typography` (same word, another spelling: `healthcare` /
 * `health care`, `15` / `fifteen`), `disfluency` (a stutter, cut-off word or `uh` in the
 * record, left out).
 * Marked edits (`verified_with_edits`): `ellipsis_omission`, `bracket_substitution`,
 * `bracket_insertion`, `sic`.
 * Meaning-preserving, unmarked (`minor_differences`): `filler_omission` (a discourse
 * marker or false start left out), `contraction` (`we're` / `we are`), `sentence_break`
 * (punctuation turned into a sentence break or back), `invisible_character` (a hidden
 * character in the quote).
 * Wording changed (`altered`): `omission`, `insertion`, `substitution`, `splice` (two
 * passages joined without an ellipsis), `confusable_character` (a letter replaced by a
 * look-alike from another script).
 * Meaning changed (`meaning_changed`): an omission, insertion or substitution involving a
 * `negation`, a `number` or quantity, a named `entity`, or a `hedge`/modal.
 * `speaker_mismatch` (`misattributed`): the words are on record from someone else.
 */
export type DifferenceKind =
  | "typography"
  | "disfluency"
  | "ellipsis_omission"
  | "bracket_substitution"
  | "bracket_insertion"
  | "sic"
  | "filler_omission"
  | "contraction"
  | "sentence_break"
  | "invisible_character"
  | "omission"
  | "insertion"
  | "substitution"
  | "splice"
  | "confusable_character"
  | "negation"
  | "number"
  | "entity"
  | "hedge"
  | "speaker_mismatch";

export interface Difference {
  kind: DifferenceKind;
  /** The quote's side: offsets into the quote text (empty span at the point for an omission). */
  quote: TextSpan;
  /** The record's side: offsets into the source statement's text (empty for an insertion). */
  source: TextSpan;
  /** Set when the record's side is in another statement than the verdict's source (a splice). */
  statementId?: string;
  /**
   * In verifyText results: the quote side's offsets in the article text (the quote's
   * parts are joined with one space in `Quote.text`; this maps back through them).
   */
  textSpan?: { start: number; end: number };
}

/** Where on record the words are. */
export interface SourceRef {
  statementId: string;
  speaker: string;
  role?: string;
  date?: string;
  title?: string;
  url?: string;
  kind?: string;
  /** The passage of the statement the quote aligns to: offsets into the statement's text. */
  passage: TextSpan;
}

/** Another place on record the quote (nearly) matches. */
export interface Alternative {
  source: SourceRef;
  /** Same meaning as `Verification.score`. */
  score: number;
}

interface Located {
  source: SourceRef;
  /**
   * 0..1: 1 − (cost of the unmarked changes ÷ number of quote words). 1 = the quote is
   * the passage up to typography, left-out disfluencies and marked edits; each word
   * substituted, inserted or silently dropped lowers it by about 1/n (a dropped filler
   * by a quarter of that, an abandoned false start by a tenth), and it never rises when
   * the quote gets further from the record.
   */
  score: number;
  /** Every difference, in quote order. */
  differences: Difference[];
  /** Other places on record that match, best first (at most a few). */
  alternatives: Alternative[];
}

export interface Verified extends Located {
  status: "verified";
}
export interface VerifiedWithEdits extends Located {
  status: "verified_with_edits";
}
export interface MinorDifferences extends Located {
  status: "minor_differences";
}
export interface Altered extends Located {
  status: "altered";
}
export interface MeaningChanged extends Located {
  status: "meaning_changed";
}
export interface Misattributed extends Located {
  status: "misattributed";
  /** Who the quote was attributed to; `source.speaker` is who said the words. */
  attributedTo: string;
}
export interface Ambiguous extends Located {
  status: "ambiguous";
  /** Why the quote cannot be pinned to one source. */
  reason: "too_short" | "several_speakers";
  /** Everyone on record with these words (source.speaker first). */
  speakers: string[];
}
export interface NotFound {
  status: "not_found";
  /**
   * `no_words`: the quote has no words to look for; `too_long`: over 600 words, more
   * than any printed quotation (split it); `no_match`: nothing on record is
   * close enough; `only_later_sources`: the words are on record only after the quote's date.
   */
  reason: "no_words" | "too_long" | "no_match" | "only_later_sources";
  /** The closest passages considered, below acceptance (or dated after the quote), best first. */
  nearest: Alternative[];
}

/** The verdict on one quote: a discriminated union on `status`. */
export type Verification =
  | Verified
  | VerifiedWithEdits
  | MinorDifferences
  | Altered
  | MeaningChanged
  | Misattributed
  | Ambiguous
  | NotFound;

export type VerificationStatus = Verification["status"];

/** Every verdict status, from the best outcome to the worst. */
export const VERIFICATION_STATUSES = [
  "verified",
  "verified_with_edits",
  "minor_differences",
  "altered",
  "meaning_changed",
  "misattributed",
  "ambiguous",
  "not_found",
] as const satisfies readonly VerificationStatus[];

// Fails to compile when a status is added to Verification but not listed above.
type Unlisted = Exclude<VerificationStatus, (typeof VERIFICATION_STATUSES)[number]>;
const allListed: Unlisted extends never ? true : false = true;
void allListed;

/** What verifyQuote checks: the words as printed, and optionally who said them and when they were printed. */
export interface QuoteToVerify {
  text: string;
  /** The person the quote is attributed to (any form of the name: `Kirby`, `John Kirby`). */
  speaker?: string | null;
  /** The quote's publication date (ISO `YYYY-MM-DD`): sources after it cannot verify it; nearer ones are preferred. */
  date?: string;
}

/** One quote of a text with its verdict. */
export interface QuoteReport {
  quote: Quote;
  verification: Verification;
}

export interface TextReport {
  quotes: QuoteReport[];
  summary: {
    /** Number of quotes found in the text. */
    total: number;
    /** How many quotes got each status. */
    byStatus: Record<VerificationStatus, number>;
    /** Quotes that are not `verified` or `verified_with_edits`. */
    flagged: number;
  };
}
