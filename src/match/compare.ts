import { editDistance, similarity, stem } from "../text/index.js";
import { compoundNumberKey } from "./lexicon/numbers.js";
import type { MatchWord } from "./types.js";

/**
 * How two words relate, from identical to unrelated:
 * `exact`; `typography` (same word in another spelling: `fifteen`/`15`,
 * `organisation`/`organization`, `U.S.`/`US`, `café`/`cafe`, `Zelenskyy`/`Zelensky`);
 * `inflection` (same stem: `leader`/`leaders`); `similar` (close spelling, a typo or a
 * different word: `these`/`those`); `different`.
 */
export type WordRelation = "exact" | "typography" | "inflection" | "similar" | "different";

/** Stems cached per verification run (Porter stemming costs a few µs a word). */
export class StemCache {
  private readonly stems = new Map<string, string>();

  of(word: string): string {
    let s = this.stems.get(word);
    if (s === undefined) {
      s = stem(word);
      this.stems.set(word, s);
    }
    return s;
  }
}

/** A proper name spelled two ways (transliteration): long, same initial, one letter apart. */
function nameVariant(a: MatchWord, b: MatchWord): boolean {
  return (
    a.capitalized &&
    b.capitalized &&
    Math.min(a.norm.length, b.norm.length) >= 7 &&
    a.norm[0] === b.norm[0] &&
    editDistance(a.norm, b.norm) === 1
  );
}

const DIGIT = /^\d/;

/** `May 16` and `May 16th`: a number in digits and the same number as a digit ordinal. */
function sameDayNumber(a: MatchWord, b: MatchWord): boolean {
  if (a.numberKey === undefined || b.numberKey === undefined) return false;
  if (!DIGIT.test(a.norm) || !DIGIT.test(b.norm)) return false;
  return a.numberKey.replace(/th$/, "") === b.numberKey.replace(/th$/, "");
}

export function relate(a: MatchWord, b: MatchWord, stems: StemCache): WordRelation {
  if (a.norm === b.norm) return "exact";
  if (a.numberKey !== undefined || b.numberKey !== undefined) {
    // Numbers never match by spelling: `15` and `18` are different words.
    if (a.numberKey === b.numberKey) return "typography";
    return sameDayNumber(a, b) ? "typography" : "different";
  }
  if (a.spellingKey === b.spellingKey || a.plain === b.plain) return "typography";
  const la = a.norm.length;
  const lb = b.norm.length;
  if (Math.abs(la - lb) > 4 || a.norm[0] !== b.norm[0]) return "different";
  if (nameVariant(a, b)) return "typography";
  if (la >= 3 && lb >= 3 && a.norm.slice(0, 3) === b.norm.slice(0, 3)) {
    if (stems.of(a.norm) === stems.of(b.norm)) return "inflection";
  }
  // Close spellings (`these`/`those`) share their first two letters and length ±2; the
  // gate spares an edit distance for most of the word pairs an alignment compares.
  if (Math.min(la, lb) >= 4 && Math.abs(la - lb) <= 2 && a.norm[1] === b.norm[1]) {
    if (similarity(a.norm, b.norm) >= 0.6) return "similar";
  }
  return "different";
}

/** `healthcare` = `health` + `care`, `per cent` = `percent`, `twenty-five` = `25`. */
export function joinsTo(whole: MatchWord, first: MatchWord, second: MatchWord): boolean {
  const w = whole.norm;
  if (w.length === first.norm.length + second.norm.length) {
    if (w.startsWith(first.norm) && w.endsWith(second.norm)) return true;
  }
  if (whole.numberKey !== undefined) {
    return compoundNumberKey(first.norm, second.norm) === whole.numberKey;
  }
  return false;
}
