import { isSpeechVerb } from "../extract/lexicon/speech-verbs.js";
import { PUNCT, QUOTE, type Token, WORD } from "../extract/tokens.js";

/**
 * Whether a one-word quotation at token `q` is the complement of the cue ending at
 * `cue` (so, quoted speech) rather than a word the writer put in quotation marks:
 * after the cue and its object (`warns of 'cautious' year`, `said "sorry"`, `branded
 * the offer "insulting"`, `warned investors to expect a "cautious" year`), the complement of a linking verb or `as` in the reported clause
 * (`said the decision had been "agonising"`, `feel "forgotten"`, `described it as
 * "reckless"`), or listed with such a quotation (`were "angry", "exhausted" and …`).
 * A word modifying a noun (`the same 'lucky' numbers`) or inside a noun phrase
 * further on (`protecting his "brand"`) is not.
 */

/** Most tokens between the cue and a quotation it governs directly. */
const NEAR = 8;

/** Finite and auxiliary verbs: a clause of its own has begun. */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  "is",
  "was",
  "were",
  "are",
  "am",
  "be",
  "been",
  "had",
  "has",
  "have",
  "will",
  "would",
  "could",
  "should",
  "can",
  "may",
  "might",
  "must",
  "did",
  "does",
  "do",
  "shall",
]);

/** Subject pronouns and `that`: a reported clause starts. */
const SUBJECTS = new Set(["he", "she", "it", "they", "we", "i", "you", "that", "who", "which"]);

/** Verbs whose complement describes the subject, and `as`. */
const LINKING = new Set([
  "is",
  "was",
  "were",
  "are",
  "am",
  "be",
  "been",
  "being",
  "feel",
  "feels",
  "felt",
  "feeling",
  "seem",
  "seems",
  "seemed",
  "remain",
  "remains",
  "remained",
  "become",
  "became",
  "sound",
  "sounds",
  "sounded",
  "look",
  "looks",
  "looked",
  "as",
  "appear",
  "appears",
  "appeared",
  "get",
  "got",
  "gets",
  "grown",
  "grew",
]);

const ARTICLES = new Set(["a", "an", "the"]);
const COORDINATORS = new Set([",", "and", "or", "but"]);

export function governedWord(tokens: readonly Token[], cue: number, q: number): boolean {
  // Only objects and infinitives between the cue and the word (`warned investors to
  // expect a "cautious" year`): no other quotation, and no clause with a subject and
  // a verb of its own (`said he had played the same 'lucky' numbers`).
  let direct = q - cue <= NEAR;
  for (let k = cue + 1; k < q && direct; k++) {
    const t = tokens[k]!;
    if (
      t.kind === QUOTE ||
      (t.kind === WORD && (AUXILIARIES.has(t.lower) || SUBJECTS.has(t.lower)))
    )
      direct = false;
  }
  if (direct) return true;
  let p = q - 1;
  // `"angry", "exhausted" and "let down"`: one of a list of quoted words.
  if (tokens[p]?.kind === PUNCT || COORDINATORS.has(tokens[p]?.lower ?? "")) {
    let j = p;
    while (j > cue && COORDINATORS.has(tokens[j]!.lower)) j--;
    if (tokens[j]?.kind === QUOTE) return true;
  }
  // `was utterly "devastated"`, `had been a "disgrace"`
  if (tokens[p]?.kind === WORD && tokens[p]!.lower.endsWith("ly")) p--;
  if (ARTICLES.has(tokens[p]?.lower ?? "")) p--;
  const before = tokens[p];
  return before?.kind === WORD && LINKING.has(before.lower) && !modifiesNoun(tokens, q);
}

/** `the same 'lucky' numbers`: the quoted word stands before the noun it modifies. */
function modifiesNoun(tokens: readonly Token[], q: number): boolean {
  const next = tokens[q + 1];
  const self = tokens[q]!;
  if (!next || next.kind !== WORD || next.sentence !== self.sentence || next.cap) return false;
  // `will be 'catastrophic,' says agency…`: a verb of saying after it is no noun.
  if (isSpeechVerb(next.lower)) return false;
  return !FOLLOWERS.has(next.lower) && !next.lower.endsWith("ly");
}

/** Words that can follow a quoted complement without being modified by it. */
const FOLLOWERS = new Set([
  "and",
  "or",
  "but",
  "by",
  "for",
  "to",
  "in",
  "on",
  "at",
  "of",
  "with",
  "from",
  "after",
  "before",
  "since",
  "because",
  "as",
  "if",
  "when",
  "while",
  "that",
  "than",
  "about",
  "over",
  "twice",
  "again",
  "too",
  "year",
  "week",
  "month",
]);
