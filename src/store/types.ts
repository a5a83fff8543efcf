import type { Statement } from "./schema.js";

/** A value, or a promise of it: in-memory stores answer synchronously, database stores asynchronously. */
export type MaybePromise<T> = T | Promise<T>;

export interface SearchOptions {
  /**
   * Only statements by this speaker: any name `sameSpeaker` accepts (case-insensitive;
   * `Kirby`, `John Kirby` and `MR. KIRBY` select each other).
   */
  speaker?: string;
  /** Most candidates to return (default 5, at most 100). */
  limit?: number;
  /** Only sources dated on or after this ISO date (statements without a date are left out). */
  dateFrom?: string;
  /** Only sources dated on or before this ISO date (statements without a date are left out). */
  dateTo?: string;
}

/** Where in a statement a searched text (approximately) occurs. */
export interface Candidate {
  statement: Statement;
  /** The tightest span of `statement.text` the searched words align to (UTF-16 offsets). */
  passage: { start: number; end: number };
  /**
   * 0..1: how much of the searched text this passage accounts for. 1 = every word found
   * in order, with nothing left out except where the quote marks it (an ellipsis, a
   * bracket) and false starts or fillers; each changed, added or missing quote word and
   * each record word silently left out costs 1/(number of quote words). Independent of
   * where in the statement the passage is.
   */
  score: number;
  /** Quote words aligned to an identical or near-identical (typo, variant) word of the passage. */
  matchedWords: number;
  /** Words of the searched text that were compared (bracketed words excluded). */
  quoteWords: number;
  /**
   * 0..1: 1 / (the number of places in the store that hold the matched words in the same
   * order, this passage included), counted in the store itself. 1: no other place holds
   * them; 0.5: one other does; near 0: boilerplate (`thank you very much`). A short or
   * common quote is pinned to this source only when this is high.
   */
  specificity: number;
}

/**
 * The record quotes are checked against. The in-memory store (`createStore`) is the
 * embedded default; a database-backed store implements the same interface.
 */
export interface ReferenceStore {
  /** Number of statements. */
  readonly size: number;
  add(statements: readonly Statement[]): MaybePromise<void>;
  /** Distinct speakers, sorted. */
  speakers(): MaybePromise<string[]>;
  /** Statements whose words (approximately) contain `text`, best first. */
  search(text: string, options?: SearchOptions): MaybePromise<Candidate[]>;
}
