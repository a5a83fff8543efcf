/**
 * Quotation marks: which family each glyph belongs to and which way its shape
 * points. The shape is only a hint (German `„…“` closes with the English opening
 * glyph, Swedish uses `”…”`); the scanner decides from the context.
 */

/** Marks of one family pair with each other: a curly opening closes with a straight mark. */
export const DOUBLE = 1;
export const SINGLE = 2;
/** `«…»` and `»…«`. */
export const GUILLEMET = 3;
/** `‹…›` and `›…‹`. */
export const SINGLE_GUILLEMET = 4;
export type Family = 1 | 2 | 3 | 4;

/** The glyph's shape: opening (`“`), closing (`”`) or either (`"`). */
export const OPENS = 1;
export const CLOSES = 2;
export const EITHER = 3;
export type Shape = 1 | 2 | 3;

/** German and Polish low opening marks, which close with `“` or `”`. */
export const LOW_DOUBLE = 0x201e;
export const HIGH_REVERSED_DOUBLE = 0x201c;

/** family * 4 + shape for every mark character; 0 for other characters. */
const TABLE = new Map<number, number>([
  [0x22, DOUBLE * 4 + EITHER], // "
  [0xff02, DOUBLE * 4 + EITHER], // ＂
  [0x201c, DOUBLE * 4 + OPENS], // “
  [0x201d, DOUBLE * 4 + CLOSES], // ”
  [0x201e, DOUBLE * 4 + OPENS], // „
  [0x201f, DOUBLE * 4 + OPENS], // ‟
  [0x2033, DOUBLE * 4 + CLOSES], // ″ (typed for a closing quote)
  [0x301d, DOUBLE * 4 + OPENS], // 〝
  [0x301e, DOUBLE * 4 + CLOSES], // 〞
  [0x301f, DOUBLE * 4 + CLOSES], // 〟
  [0x27, SINGLE * 4 + EITHER], // '
  [0xff07, SINGLE * 4 + EITHER], // ＇
  [0x60, SINGLE * 4 + OPENS], // ` (typewriter opening, `` `…' ``)
  [0x2018, SINGLE * 4 + OPENS], // ‘
  [0x2019, SINGLE * 4 + CLOSES], // ’
  [0x201a, SINGLE * 4 + OPENS], // ‚
  [0x201b, SINGLE * 4 + OPENS], // ‛
  [0x2032, SINGLE * 4 + CLOSES], // ′
  [0x00ab, GUILLEMET * 4 + OPENS], // «
  [0x00bb, GUILLEMET * 4 + CLOSES], // »
  [0x2039, SINGLE_GUILLEMET * 4 + OPENS], // ‹
  [0x203a, SINGLE_GUILLEMET * 4 + CLOSES], // ›
]);

/** A fast membership table over the BMP, built once at import (64 KB). */
const IS_MARK = new Uint8Array(0x10000);
for (const [code, value] of TABLE) IS_MARK[code] = value;

export function isMarkCode(code: number): boolean {
  return code < 0x10000 && IS_MARK[code] !== 0;
}

export function familyOf(code: number): Family | 0 {
  const value = code < 0x10000 ? IS_MARK[code]! : 0;
  return (value >> 2) as Family | 0;
}

export function shapeOf(code: number): Shape | 0 {
  const value = code < 0x10000 ? IS_MARK[code]! : 0;
  return (value & 3) as Shape | 0;
}

/** Every character the scanner treats as a quotation mark (for tests and fuzzing). */
export const MARK_CHARACTERS: readonly string[] = [...TABLE.keys()].map((c) =>
  String.fromCharCode(c),
);

/**
 * A fresh pattern that finds the next mark character (every key of TABLE; a test
 * checks they agree). One character class: the engine scans linearly with no
 * backtracking. Used with `lastIndex` to jump from mark to mark.
 */
export function markPattern(): RegExp {
  return /["\uff02\u201c\u201d\u201e\u201f\u2033\u301d\u301e\u301f'\uff07`\u2018\u2019\u201a\u201b\u2032\u00ab\u00bb\u2039\u203a]/g;
}
