import { TERM_AS, TERM_INTRODUCERS, TERM_NOUNS } from "../lexicon/non-speech.js";
import { WORD } from "../tokens.js";
import type { QuoteCategory } from "../types.js";
import { type CategoryContext, wordAt, wordsBefore } from "./context.js";

/**
 * A word or name mentioned as such: `the so-called "deep state"`, `the word
 * "freedom"`, `the lab's informal slogan was "results by Friday"`, `known as
 * "QE"`, `the report's definition of "affordable"`, `under the "QuikFuel" name`.
 */

const COPULA = new Set(["was", "is", "were", "are", "became", "becomes", "remains", "remained"]);
const DEFINITION = new Set(["definition", "meaning", "use", "usage", "spelling", "pronunciation"]);

export function term(ctx: CategoryContext): QuoteCategory | undefined {
  const prev = wordAt(ctx, -1);
  if (TERM_INTRODUCERS.has(prev)) return "term";
  if (prev === "as" && TERM_AS.has(wordAt(ctx, -2))) return "term";
  if (prev === "as" && wordAt(ctx, -2) === "to" && TERM_AS.has(wordAt(ctx, -3))) return "term";
  if (TERM_NOUNS.has(wordAt(ctx, 1)) && ctx.words <= 4) return "term";
  if (ctx.words > 6 || isSentence(ctx)) return undefined;
  // `the word "freedom"`, `its slogan, "Moving Forward Together,"`, `the slogan was "…"`
  const before = wordsBefore(ctx, 3).filter((t) => t.kind === WORD);
  for (let k = 0; k < before.length; k++) {
    const lower = before[k]!.lower;
    if (TERM_NOUNS.has(lower)) return "term";
    if (lower === "of" && DEFINITION.has(before[k + 1]?.lower ?? "")) return "term";
    if (!COPULA.has(lower)) break;
  }
  return undefined;
}

/**
 * A whole sentence in the marks (`his word: "I will always level with you."`): words
 * given, not a term named. At least four words, a capital first, a sentence end last.
 */
function isSentence(ctx: CategoryContext): boolean {
  if (ctx.words < 4) return false;
  const quoted = ctx.text.slice(ctx.span.start, ctx.span.end).trim();
  return /^\p{Lu}/u.test(quoted) && /[.!?]$/.test(quoted);
}
