import type { Quote } from "../../src/extract/types.js";
import * as api from "../../src/index.js";

export type Extractor = (text: string) => Quote[];

/**
 * The library's `extractQuotes`, or undefined while the public API does not export it
 * yet: everything that measures extraction says so and stops instead of scoring
 * anything else.
 */
export function extractor(): Extractor | undefined {
  const fn = (api as Record<string, unknown>).extractQuotes;
  return typeof fn === "function" ? (fn as Extractor) : undefined;
}

export const NO_EXTRACTOR =
  "extractQuotes is not exported from src/index.ts yet: there is nothing to measure";
