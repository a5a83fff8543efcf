/**
 * Errors thrown by quotecheck. Only misuse throws (a wrong argument, a malformed
 * store file); expected outcomes such as "quote not found" are values.
 *
 * Every error has a stable `name` and `code` so callers can branch on them
 * without parsing messages.
 */

export type QuotecheckErrorCode = "QC_INVALID_INPUT" | "QC_INVALID_STORE" | "QC_UNSUPPORTED";

export interface QuotecheckErrorOptions {
  cause?: unknown;
}

/** Base class of every error quotecheck throws on purpose. */
export class QuotecheckError extends Error {
  override name = "QuotecheckError";
  readonly code: QuotecheckErrorCode;

  constructor(code: QuotecheckErrorCode, message: string, options?: QuotecheckErrorOptions) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
  }
}

/** An argument or option passed to a public function is not what it accepts. */
export class InvalidInputError extends QuotecheckError {
  override name = "InvalidInputError";
  /** The argument (and field inside it) that was wrong, e.g. `["options", "limit"]`. */
  readonly path: readonly (string | number)[];

  constructor(
    message: string,
    path: readonly (string | number)[] = [],
    options?: QuotecheckErrorOptions,
  ) {
    super("QC_INVALID_INPUT", message, options);
    this.path = path;
  }
}

/** Statement or store data is malformed, corrupt or from an incompatible version. */
export class InvalidStoreError extends QuotecheckError {
  override name = "InvalidStoreError";
  /** The file the bad data came from, when it came from a file. */
  readonly file: string | undefined;
  /** 1-based line in that file, for line-oriented formats (JSONL, transcripts). */
  readonly line: number | undefined;
  /** The field that was wrong, e.g. `[3, "source", "date"]`. */
  readonly path: readonly (string | number)[];

  constructor(
    message: string,
    details: { file?: string; line?: number; path?: readonly (string | number)[] } = {},
    options?: QuotecheckErrorOptions,
  ) {
    super("QC_INVALID_STORE", message, options);
    this.file = details.file;
    this.line = details.line;
    this.path = details.path ?? [];
  }
}

/** Throws `InvalidInputError` naming `argument` unless `value` is a string. */
export function assertString(value: unknown, argument: string): asserts value is string {
  if (typeof value !== "string") {
    throw new InvalidInputError(`${argument} must be a string, got ${describeValue(value)}`, [
      argument,
    ]);
  }
}

/** A short, safe description of a value for error messages. */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  const type = typeof value;
  if (type === "object") return "an object";
  if (type === "undefined") return "undefined";
  if (type === "string") return "a string";
  return `${type} ${String(value)}`;
}
