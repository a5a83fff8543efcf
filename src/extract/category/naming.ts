import { isLetter, isUpper } from "../chars.js";
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
  // `what Imelda calls "the longest swim of my life"`: words in the first person are
  // someone's speech, not a name.
  if (hasFirstPerson(ctx.text, ctx.span)) return undefined;
  const before = wordsBefore(ctx, 7);
  const verbAt = before.findIndex(
    (t, i) =>
      t.kind === WORD && (CALL.has(t.lower) || NAMING.has(t.lower)) && !isNounUse(before, i),
  );
  if (verbAt < 0) return undefined;
  const verb = before[verbAt]!;
  // The name follows its verb in the same clause: `asked not to be named, the dispute "…"` is not one.
  if (before.slice(0, verbAt).some((t) => t.kind === PUNCT && t.lower !== "'")) return undefined;
  const between = before.slice(0, verbAt);
  // `branded the offer "insulting"`, `labelled the report "deeply flawed"`: a judgement
  // in the speaker's words, where a name would be capitalised (`branded him a "Judas"`).
  if (LABELLING.has(verb.lower) && between.length > 0 && !startsCapitalised(ctx)) return undefined;
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

/** Naming verbs that also pass judgement: `branded the offer "insulting"`. */
const LABELLING = new Set(["brand", "brands", "branded", "label", "labels", "labeled", "labelled"]);

/** Words that make the next one a noun: `the offside call`, `a phone call`. */
const NOUN_MARKERS = new Set([
  "the",
  "a",
  "an",
  "his",
  "her",
  "its",
  "their",
  "this",
  "that",
  "our",
  "my",
  "your",
]);

/** `called the offside call 'a joke'`: the nearer `call` is a noun, not the naming verb. */
function isNounUse(before: readonly { lower: string }[], i: number): boolean {
  const word = before[i]!.lower;
  if (word !== "call" && word !== "calls") return false;
  if (NOUN_MARKERS.has(before[i + 1]?.lower ?? "")) return true;
  // `the offside call 'a joke'`: the bare form after a determiner and a modifier, right
  // before the quotation (`the district calls …`, `Her staff call her …` are verbs).
  return i === 0 && word === "call" && NOUN_MARKERS.has(before[i + 2]?.lower ?? "");
}

function startsCapitalised(ctx: CategoryContext): boolean {
  let i = ctx.span.start;
  while (i < ctx.span.end && !isLetter(ctx.text.charCodeAt(i))) i++;
  return i < ctx.span.end && isUpper(ctx.text.charCodeAt(i));
}

/** `I`, `my`, `we`, `our`… as a word of the quoted text. */
function hasFirstPerson(text: string, span: { start: number; end: number }): boolean {
  const words = text
    .slice(span.start, span.end)
    .toLowerCase()
    .split(/[^a-z'’]+/);
  return words.some((w) => FIRST_PERSON.has(w.replace(/['’](m|ve|ll|d|re|s)$/, "")));
}

const FIRST_PERSON = new Set(["i", "my", "me", "mine", "myself", "we", "our", "us", "ourselves"]);
