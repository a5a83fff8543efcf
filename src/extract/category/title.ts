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
 * "…"`, `the "Today" show`, `the "Silver Lake" star`; after a preposition or a verb of
 * making (`starred in "The Long Night"`); or ending with a comma that no tagline follows.
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
  // `starred in "The Long Night"`, `recorded "Harbor Lights" in 1991`
  if (WORK_PREPOSITIONS.has(prev) || MAKING_VERBS.has(prev)) return "title";
  // `Jones recorded "Two Dollars and a Dream," which sold…`: words that end with a
  // comma are followed by their tagline when they are speech.
  if (endsWithComma(ctx) && !cueFollows(ctx)) return "title";
  return undefined;
}

/** Prepositions before the title of a work someone appears in or is known for. */
const WORK_PREPOSITIONS = new Set(["in", "of", "from", "on", "for", "with", "about", "into"]);

/** Verbs that make or perform a work. */
const MAKING_VERBS = new Set([
  "recorded",
  "released",
  "published",
  "directed",
  "produced",
  "composed",
  "starred",
  "sang",
  "performed",
  "premiered",
  "staged",
  "authored",
  "co-wrote",
  "penned",
  "filmed",
  "shot",
  "painted",
]);

function endsWithComma(ctx: CategoryContext): boolean {
  let e = ctx.span.end - 1;
  while (e > ctx.span.start && ctx.text.charCodeAt(e) === 0x20) e--;
  return ctx.text.charCodeAt(e) === 0x2c;
}

/** A verb of saying within the few words after the quotation: its tagline. */
function cueFollows(ctx: CategoryContext): boolean {
  for (let k = 1; k <= 6; k++) {
    const t = near(ctx, k);
    if (!t || t.kind === QUOTE) return false;
    if (t.kind !== WORD) {
      if (t.lower === "," || t.lower === "—") continue;
      return false;
    }
    if (isSpeechVerb(t.lower) || t.lower === "according") return true;
  }
  return false;
}
