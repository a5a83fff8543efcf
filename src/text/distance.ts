// The only module that imports `fast-levenshtein` (a CommonJS package: default
// import, then destructure, or the built ESM fails to load).
import levenshtein from "fast-levenshtein";

/** Levenshtein distance between two strings, in UTF-16 code units. */
export function editDistance(a: string, b: string): number {
  return levenshtein.get(a, b);
}

/** 1 − distance / longer length: 1 for identical strings, 0 for nothing in common. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - levenshtein.get(a, b) / longest;
}
