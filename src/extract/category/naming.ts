import { PUNCT, WORD } from "../tokens.js";
import type { QuoteCategory } from "../types.js";
import { type CategoryContext, isTitleCase, wordsBefore } from "./context.js";

/**
 * A name given to something, not words someone said: `what the district calls
 * "right-sizing"`, `a dirt road residents call "the Goat Trail"`, `often called
 * "forever chemicals"`, `taken to calling it "the bulldozer plan"`, `branded him a
 * "Judas"`. `Kirby called the leak "deeply concerning"` (a full object between the
 * verb and the quotation) stays speech, and so does `called it "the hardest budget
 * I've ever had to write"`: an evaluation, not a name.
 */

const CALL = new Set(["call", "calls", "called", "calling"]);
/** Verbs that only ever give a name. */
const NAMING = new Set([
  "dub",
  "dubs",
  "dubbed",
  "nickname",
  "nicknamed",
  "label",
  "labels",
  "labeled",
  "labelled",
  "brand",
  "brands",
  "branded",
  "term",
  "termed",
  "name",
  "named",
  "christened",
  "codenamed",
  "code-named",
  "rated",
  "ranked",
  "classified",
  "graded",
]);
const ARTICLES = new Set(["a", "an", "the"]);
const OBJECT_PRONOUNS = new Set([
  "it",
  "her",
  "him",
  "them",
  "this",
  "that",
  "itself",
  "himself",
  "herself",
]);
/** `taken to calling`, `took to calling`, `come to call`: a habit of naming. */
const HABIT = new Set([
  "taken",
  "took",
  "take",
  "takes",
  "come",
  "came",
  "started",
  "began",
  "like",
  "likes",
]);

export function naming(ctx: CategoryContext): QuoteCategory | undefined {
  const before = wordsBefore(ctx, 7);
  const verbAt = before.findIndex(
    (t) => t.kind === WORD && (CALL.has(t.lower) || NAMING.has(t.lower)),
  );
  if (verbAt < 0) return undefined;
  const verb = before[verbAt]!;
  // The name follows its verb in the same clause: `asked not to be named, the dispute "…"` is not one.
  if (before.slice(0, verbAt).some((t) => t.kind === PUNCT && t.lower !== "'")) return undefined;
  const between = before.slice(0, verbAt);
  if (NAMING.has(verb.lower) && between.length <= 4) return "term";
  // `what the city calls a "pause"`, `which it calls "Terminal 2030"`
  const subjectSide = before.slice(verbAt + 1, verbAt + 4).map((t) => t.lower);
  if (subjectSide.includes("what") || subjectSide.includes("which")) return "term";
  if (before[verbAt + 1]?.lower === "to" && HABIT.has(before[verbAt + 2]?.lower ?? ""))
    return "term";
  if (between.length === 0 || (between.length === 1 && ARTICLES.has(between[0]!.lower)))
    return "term";
  // `calls it "Homes for Every Block"` names; `called it "a disgrace"` evaluates (speech).
  if (
    between.length === 1 &&
    OBJECT_PRONOUNS.has(between[0]!.lower) &&
    isTitleCase(ctx.text, ctx.span)
  )
    return "term";
  return undefined;
}
