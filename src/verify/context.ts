import { AlignScratch, StemCache } from "../match/index.js";
import type { ReferenceStore } from "../store/types.js";

/**
 * What one verifyQuote/verifyText call reuses across quotes: word stems and the
 * alignment tables. Lives for one call, never global.
 */
export class VerifyContext {
  readonly stems = new StemCache();
  readonly scratch = new AlignScratch();

  constructor(readonly store: ReferenceStore) {}
}
