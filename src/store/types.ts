import type { Statement } from "./schema.js";

/** A value, or a promise of it: in-memory stores answer synchronously, database stores asynchronously. */
export type MaybePromise<T> = T | Promise<T>;

export interface SearchOptions {
  /** Only statements by this speaker (full name, case-insensitive). */
  speaker?: string;
  /** Most candidates to return (default 5). */
  limit?: number;
  /** Only sources dated on or after this ISO date. */
  dateFrom?: string;
  /** Only sources dated on or before this ISO date. */
  dateTo?: string;
}

/** Where in a statement a searched text (approximately) occurs. */
export interface Candidate {
  statement: Statement;
  /** The tightest span of `statement.text` the searched words align to (UTF-16 offsets). */
  passage: { start: number; end: number };
  /** 0..1: how much of the searched text this passage accounts for; 1 = every word, in order. */
  score: number;
}

/**
 * The record quotes are checked against. The in-memory store (`createStore`) is the
 * embedded default; a database-backed store implements the same interface.
 */
export interface ReferenceStore {
  /** Number of statements. */
  readonly size: number;
  add(statements: readonly Statement[]): void;
  /** Distinct speakers, sorted. */
  speakers(): string[];
  /** Statements whose words (approximately) contain `text`, best first. */
  search(text: string, options?: SearchOptions): MaybePromise<Candidate[]>;
}
