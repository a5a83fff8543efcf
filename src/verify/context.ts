import { StemCache } from "../match/index.js";
import type { ReferenceStore } from "../store/types.js";
import { sameSpeaker } from "./speaker.js";

/**
 * What one verifyQuote/verifyText call reuses across quotes: word stems and the
 * store's speakers matched to attributed names. Lives for one call, never global.
 */
export class VerifyContext {
  readonly stems = new StemCache();
  private speakers: string[] | undefined;
  private readonly matches = new Map<string, string[]>();

  constructor(readonly store: ReferenceStore) {}

  /** The store's names for an attributed speaker (`Kirby` → [`John Kirby`]). */
  async speakerNames(attributed: string): Promise<string[]> {
    let names = this.matches.get(attributed);
    if (!names) {
      this.speakers ??= await this.store.speakers();
      names = this.speakers.filter((s) => sameSpeaker(attributed, s));
      this.matches.set(attributed, names);
    }
    return names;
  }
}
