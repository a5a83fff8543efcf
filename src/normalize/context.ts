import type { NormalizeBuilder } from "./builder.js";
import type { NormalizeStep, ResolvedNormalizeOptions } from "./options.js";

/**
 * A character that normalization removed or replaced because it can hide a
 * change: invisible characters inside words and Latin look-alikes from other
 * scripts. Offsets are in the ORIGINAL text.
 */
export interface NormalizeFinding {
  kind: "invisible" | "confusable";
  start: number;
  end: number;
  /** The character as it was in the original text. */
  char: string;
  codePoint: number;
  /** What it was folded to (`""` when removed). */
  replacement: string;
}

/** Mutable state of one normalize() call, shared by the steps. */
export interface NormalizeContext {
  readonly text: string;
  readonly options: ResolvedNormalizeOptions;
  readonly out: NormalizeBuilder;
  readonly findings: NormalizeFinding[];
  /** Output index where the last base character (a letter a combining mark may follow) starts; -1 if none. */
  baseOut: number;
  /** Original index of that base character. */
  baseIn: number;
  /** Confusables: end of the word whose folding decision is cached, and the decision. */
  wordEnd: number;
  wordFold: boolean;
}

/** One folding rule. It claims some BMP code units and consumes them (with any lookahead). */
export interface FoldStep {
  readonly name: NormalizeStep;
  /** Whether this step handles the BMP code unit `code` (checked once, to build a lookup table). */
  claims(code: number): boolean;
  /** Consumes at least one code unit at `i` and returns the index after what it consumed. */
  apply(ctx: NormalizeContext, i: number): number;
}

/** Marks the end of a base character run: a combining mark after this stands alone. */
export function clearBase(ctx: NormalizeContext): void {
  ctx.baseOut = -1;
  ctx.baseIn = -1;
}

/** Emits `value` for original `[start, end)`, lower-cased if case folding is on. */
export function emitFolded(ctx: NormalizeContext, value: string, start: number, end: number): void {
  ctx.out.pushString(ctx.options.caseFold ? value.toLowerCase() : value, start, end);
}

export function addFinding(
  ctx: NormalizeContext,
  kind: NormalizeFinding["kind"],
  start: number,
  end: number,
  replacement: string,
): void {
  const char = ctx.text.slice(start, end);
  ctx.findings.push({ kind, start, end, char, codePoint: char.codePointAt(0) ?? 0, replacement });
}

export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Letters and digits, in any script (a cheap test for ASCII first). */
export function isAlphanumeric(code: number): boolean {
  if (code < 0x80) {
    return (
      (code >= 0x30 && code <= 0x39) ||
      (code >= 0x41 && code <= 0x5a) ||
      (code >= 0x61 && code <= 0x7a)
    );
  }
  return ALNUM.test(String.fromCharCode(code));
}

const ALNUM = /[\p{L}\p{N}]/u;

export function isWhitespace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}
