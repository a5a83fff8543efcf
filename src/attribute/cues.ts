import { isSpeechVerb } from "../extract/lexicon/speech-verbs.js";
import { PUNCT, type Token, WORD } from "../extract/tokens.js";
import { CLAUSE_WORDS, PRONOUNS, UNDOES_CUE } from "./lexicon/function-words.js";
import { atSentenceStart, isDescriptionNoun } from "./noun-phrase.js";

/**
 * Cue verbs and phrases: `said`, `told reporters`, `said in a statement`,
 * `according to`, `pointed out`, `chimed in`, `was quoted as saying`.
 */

/** Where the cue stands relative to the quotation it introduces. */
export type CuePosition = "before" | "after";

/** Verbs that report speech only when the quotation follows them closely (`called it "…"`). */
const BEFORE_ONLY: ReadonlySet<string> = new Set([
  "call",
  "calls",
  "called",
  "calling",
  "describe",
  "describes",
  "described",
  "describing",
  "put",
  "puts",
  "read",
  "reads",
  "speak",
  "speaks",
  "spoke",
  "question",
  "questioned",
  "estimate",
  "estimated",
  "speculate",
  "speculated",
  "press",
  "pressed",
  "persist",
  "persisted",
  "object",
  "objected",
  "reflect",
  "reflected",
  "reason",
  "reasoned",
  "offer",
  "offers",
  "offered",
  "quote",
  "quotes",
  "point",
  "points",
  "pointing",
  "chime",
  "chimes",
  "chiming",
  "report",
  "reports",
  // `hails the bill as "a monumental step"`, `defended it as "fair"`
  "defend",
  "defends",
  "defended",
  "hail",
  "hails",
  "hailed",
  // Findings of reports, courts and investigations: `the report found that images had been "duplicated"`.
  "find",
  "finds",
  "found",
  "rule",
  "rules",
  "ruled",
  "determined",
]);

/** Things a statement is made in or on: `said in a statement`, `wrote on X`. */
const MEDIUM_NOUNS: ReadonlySet<string> = new Set([
  "statement",
  "interview",
  "briefing",
  "post",
  "tweet",
  "email",
  "e-mail",
  "letter",
  "video",
  "speech",
  "address",
  "release",
  "conference",
  "hearing",
  "podcast",
  "broadcast",
  "twitter",
  "x",
  "facebook",
  "instagram",
  "tiktok",
  "threads",
  "bluesky",
  "linkedin",
  "message",
  "memo",
  "filing",
  "op-ed",
  "essay",
  "testimony",
  "remarks",
  "call",
  "text",
  "sermon",
  "report",
]);

const MEDIUM_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "on", "at", "during", "via"]);
const MEDIUM_FILLERS: ReadonlySet<string> = new Set([
  "a",
  "an",
  "the",
  "his",
  "her",
  "their",
  "its",
  "written",
  "joint",
  "separate",
  "brief",
  "televised",
  "social",
  "media",
  "news",
  "press",
  "phone",
  "telephone",
  "emailed",
  "video",
  "radio",
]);

/** Words that end the object of "told": `told reporters at a factory`, `told CNN that`. */
const OBJECT_STOPS: ReadonlySet<string> = new Set([
  "that",
  "on",
  "in",
  "at",
  "to",
  "by",
  "for",
  "with",
  "during",
  "after",
  "before",
  "from",
  "over",
  "when",
  "while",
  "as",
]);

/** Objects of "told" that belong to the cue: `told reporters`, `told CNN`, `told the newspaper`. */
const TOLD_OBJECT_MAX = 4;

/**
 * If a cue starts at token `k`, the index of its last token; otherwise -1.
 * `position` says whether the quotation comes after the cue (`Kirby said: "…"`) or
 * before it (`"…," Kirby said`).
 */
export function cueEnd(tokens: readonly Token[], k: number, position: CuePosition): number {
  const t = tokens[k];
  if (!t || t.kind !== WORD) return -1;
  const lower = t.lower;
  // `The Associated Press`, `Will Smith`: a capitalised word inside a sentence is a name.
  if (t.cap && !atSentenceStart(tokens, k)) return -1;
  if (lower === "according") return tokens[k + 1]?.lower === "to" ? k + 1 : -1;
  if (!isSpeechVerb(lower)) {
    // `was quoted as saying`
    return -1;
  }
  const prev = tokens[k - 1];
  if (prev && prev.kind === WORD && UNDOES_CUE.has(prev.lower)) {
    // `was quoted as saying` is a cue; `was told`, `did not say` are not.
    if (lower === "quoted" && tokens[k + 1]?.lower === "as" && tokens[k + 2]?.lower === "saying")
      return k + 2;
    if (prev.lower !== "is" && prev.lower !== "are") return -1;
  }
  if (lower.endsWith("n't")) return -1;
  // `its latest offer`, `the main sticking point`, `a formal complaint`: a noun, not a verb.
  if (!lower.endsWith("ed") && !IRREGULAR_VERB_FORMS.has(lower) && prev && isNounContext(tokens, k))
    return -1;
  const next = tokens[k + 1];
  if ((lower === "pointed" || lower === "point" || lower === "points") && next?.lower === "out")
    return k + 1;
  if ((lower === "chimed" || lower === "chime") && next?.lower === "in") return k + 1;
  if ((lower === "went" || lower === "goes") && next?.lower === "on") return k + 1;
  if (BEFORE_ONLY.has(lower) && position === "after") return -1;
  if (lower === "put" || lower === "puts") return -1;
  let end = k;
  if (lower === "told" || lower === "tells" || lower === "tell") end = toldObjectEnd(tokens, k);
  return mediumEnd(tokens, end);
}

function toldObjectEnd(tokens: readonly Token[], k: number): number {
  let j = k + 1;
  const limit = k + TOLD_OBJECT_MAX;
  while (j <= limit && j < tokens.length) {
    const t = tokens[j]!;
    // `told pals she was "devastated"`: a pronoun or a verb starts the reported clause.
    if (
      t.kind !== WORD ||
      OBJECT_STOPS.has(t.lower) ||
      PRONOUNS.has(t.lower) ||
      UNDOES_CUE.has(t.lower)
    )
      break;
    if (!t.cap && isSpeechVerb(t.lower)) break;
    j++;
  }
  return j - 1;
}

/** Extends a cue over `in a statement`, `on Twitter`, `during a briefing`. */
function mediumEnd(tokens: readonly Token[], end: number): number {
  const prep = tokens[end + 1];
  if (!prep || prep.kind !== WORD || !MEDIUM_PREPOSITIONS.has(prep.lower)) return end;
  for (let j = end + 2; j <= end + 5 && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.kind !== WORD) return end;
    if (MEDIUM_NOUNS.has(t.lower)) return j;
    if (!MEDIUM_FILLERS.has(t.lower)) return end;
  }
  return end;
}

/** Forms of say, tell, write… that are never nouns. */
const IRREGULAR_VERB_FORMS: ReadonlySet<string> = new Set([
  "said",
  "says",
  "told",
  "tells",
  "wrote",
  "writes",
  "spoke",
  "asked",
  "asks",
  "added",
  "adds",
  "according",
]);

/** A determiner (or a determiner and one adjective) right before: the word is a noun. */
function isNounContext(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1];
  if (!prev || prev.kind !== WORD) return false;
  if (NOUN_DETERMINERS.has(prev.lower) || prev.lower.endsWith("'s") || prev.lower.endsWith("’s"))
    return true;
  // `the main sticking point`: a determiner and up to two lower-case words before.
  for (let j = k - 1; j >= k - 3 && j >= 0; j--) {
    const t = tokens[j]!;
    if (t.kind !== WORD || t.cap || isSpeechVerb(t.lower) || UNDOES_CUE.has(t.lower)) return false;
    if (NOUN_DETERMINERS.has(t.lower)) return true;
    if (CLAUSE_WORDS.has(t.lower)) return false;
    // `a senior official warns`: a noun that can speak is the subject, so this is a verb.
    if (isDescriptionNoun(t.lower)) return false;
  }
  return false;
}

const NOUN_DETERMINERS: ReadonlySet<string> = new Set([
  "the",
  "a",
  "an",
  "its",
  "his",
  "her",
  "their",
  "our",
  "my",
  "your",
  "this",
  "that",
  "these",
  "those",
  "every",
  "each",
  "no",
  "any",
  "another",
]);

/** True when token `k` is punctuation `value`. */
export function isPunct(tokens: readonly Token[], k: number, value: string): boolean {
  const t = tokens[k];
  return t !== undefined && t.kind === PUNCT && t.lower === value;
}
