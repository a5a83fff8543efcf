import { isSpeechVerb } from "../lexicon/speech-verbs.js";
import { WORD } from "../tokens.js";
import type { QuoteCategory } from "../types.js";
import { type CategoryContext, near } from "./context.js";

/** `Dwayne "The Rock" Johnson`: a short quoted string between two capitalised words of a name. */
export function nickname(ctx: CategoryContext): QuoteCategory | undefined {
  if (ctx.words > 4) return undefined;
  const prev = near(ctx, -1);
  const next = near(ctx, 1);
  const nameWord = (t: typeof prev) =>
    t !== undefined && t.kind === WORD && t.cap && t.lower.length > 1;
  if (!nameWord(prev) || !nameWord(next) || isSpeechVerb(next!.lower)) return undefined;
  const last = ctx.text.charCodeAt(ctx.span.end - 1);
  return last === 0x2c || last === 0x2e ? undefined : "nickname";
}
