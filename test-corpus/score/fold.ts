import { normalize } from "../../src/normalize/index.js";

export interface FoldOptions {
  /**
   * Also treat punctuation as a space (`Mrs. Hall` = `Mrs  Hall`). LitBank's entity
   * names were stored with their punctuation stripped, so only its scoring needs this.
   */
  punctuation?: boolean;
}

/**
 * The form two speaker names are compared in: case, runs of whitespace, diacritics
 * (`José` = `Jose`) and typographic variants (curly apostrophes, dashes) folded away.
 * Nothing else: `Kirby` and `John Kirby` stay different names.
 */
export function foldName(name: string, options: FoldOptions = {}): string {
  let folded = normalize(name, { caseFold: true }).text.normalize("NFD").replace(/\p{M}/gu, "");
  if (options.punctuation) folded = folded.replace(/[^\p{L}\p{N}]/gu, " ");
  return folded.replace(/\s+/g, " ").trim();
}

/** True when `expected` occurs in `actual` as a run of whole words (both already folded). */
export function containsWords(actual: string, expected: string): boolean {
  if (expected.length === 0) return false;
  return ` ${actual} `.includes(` ${expected} `);
}
