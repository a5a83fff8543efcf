import { TITLE_INTRODUCERS, WORK_NOUNS } from "../lexicon/non-speech.js";
import { isSpeechVerb } from "../lexicon/speech-verbs.js";
import { QUOTE, WORD } from "../tokens.js";
import type { QuoteCategory } from "../types.js";
import { type CategoryContext, isTitleCase, near, wordAt } from "./context.js";

/** Nouns after a title that show it names a show or a work: `the "Silver Lake" star`. */
const CREDIT_NOUNS = new Set([
  "star",
  "stars",
  "actor",
  "actress",
  "host",
  "creator",
  "author",
  "singer",
  "writer",
  "director",
  "producer",
  "hitmaker",
  "presenter",
  "contestant",
  "alum",
  "winner",
]);

/**
 * The title of a work, in title case, next to a noun that names a work: `the film
 * "Oppenheimer"`, `her first cookbook, "Pomegranate and Smoke"`, `a report titled
 * "…"`, `the "Today" show`, `the "Silver Lake" star`.
 */
export function title(ctx: CategoryContext): QuoteCategory | undefined {
  if (ctx.words > 12 || !isTitleCase(ctx.text, ctx.span)) return undefined;
  const prev = wordAt(ctx, -1);
  if (TITLE_INTRODUCERS.has(prev) || prev === "title" || prev === "titles") return "title";
  const next = wordAt(ctx, 1);
  if (WORK_NOUNS.has(next) || CREDIT_NOUNS.has(next)) return "title";
  for (let k = 1; k <= 4; k++) {
    const t = near(ctx, -k);
    if (!t || t.kind === QUOTE) break;
    if (t.kind === WORD && (WORK_NOUNS.has(t.lower) || t.lower === "title" || t.lower === "theme"))
      return "title";
    if (t.kind === WORD && isSpeechVerb(t.lower)) break;
  }
  return undefined;
}
