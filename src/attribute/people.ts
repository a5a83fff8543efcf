import { BREAK, type Token, WORD } from "../extract/tokens.js";
import type { AttributionContext } from "./context.js";
import { cueEnd } from "./cues.js";
import { BETWEEN_SUBJECT_AND_CUE, SENTENCE_OPENERS } from "./lexicon/function-words.js";
import { NAME_PARTICLES, NAME_SUFFIXES, ROLE_NOUNS, TITLE_ROLES, TITLES } from "./lexicon/roles.js";
import { analyzeMention, isNameToken } from "./mention.js";
import { atSentenceStart, readPhraseBack, withApposition } from "./noun-phrase.js";

/** First words of place names that look like given names: `New York`, `San Diego`. */
const PLACE_STARTS: ReadonlySet<string> = new Set([
  "new",
  "san",
  "santa",
  "los",
  "las",
  "fort",
  "port",
  "mount",
  "lake",
  "upper",
  "lower",
  "greater",
  "little",
  "great",
  "el",
  "la",
  "saint",
  "st.",
]);

/** Prepositions after which a capitalised name is more often a place than a person. */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  "in",
  "at",
  "from",
  "to",
  "near",
  "across",
  "outside",
  "inside",
  "into",
  "via",
  "toward",
  "towards",
]);

function isFollowedByCue(tokens: readonly Token[], k: number): boolean {
  let j = k + 1;
  while (
    j < tokens.length &&
    j < k + 4 &&
    tokens[j]!.kind === WORD &&
    BETWEEN_SUBJECT_AND_CUE.has(tokens[j]!.lower)
  )
    j++;
  return cueEnd(tokens, j, "after") >= 0 || cueEnd(tokens, j, "before") >= 0;
}

/** A role that names what a person does (`spokesperson`, `her husband`), not a place or a thing. */
function hasPersonRole(role: string | undefined): boolean {
  if (!role) return false;
  for (const word of role.toLowerCase().split(/[\s,]+/)) {
    if (ROLE_NOUNS.has(word) || TITLES.has(word) || TITLE_ROLES[word] !== undefined) return true;
    if (word.endsWith("s") && ROLE_NOUNS.has(word.slice(0, -1))) return true;
  }
  return false;
}

/**
 * Walks the text outside quotations once and records every person it names, with
 * the roles printed around the name (`Defense Secretary Lloyd Austin`, `his Israeli
 * counterpart Yoav Gallant`, `John Kirby, the White House spokesman,`). A lone
 * capitalised word counts only with such evidence or when it refers back to a
 * person already met (`Austin`), so that `Israel` or `Monday` never become people.
 */
export function collectPeople(ctx: AttributionContext): void {
  const { text, tokens, discourse } = ctx;
  const n = tokens.length;
  const sentenceOf = (token: number) => tokens[token]!.sentence;
  for (let k = 0; k < n; k++) {
    const t = tokens[k]!;
    if (t.kind === WORD && (t.lower === "he" || t.lower === "she" || t.lower === "his")) {
      discourse.learnFromPronoun(t.lower, k, t.paragraph, sentenceOf);
      // A subject pronoun keeps its referent in the chain of mentions (`He remembers her…`).
      if (t.lower !== "his") {
        const entity = discourse.resolvePronoun(t.lower, k, t.paragraph, sentenceOf);
        if (entity) discourse.record({ token: k, paragraph: t.paragraph, entity, salient: true });
      }
      continue;
    }
    if (t.kind !== WORD || !isNameToken(text, t)) continue;
    if (SENTENCE_OPENERS.has(t.lower) && atSentenceStart(tokens, k)) continue;
    let b = k;
    for (;;) {
      const next = tokens[b + 1];
      if (!next || next.sentence !== t.sentence) break;
      // `The Ledger's Sean Whelan`: a possessive ends a name.
      if (tokens[b]!.lower.endsWith("'s") || tokens[b]!.lower.endsWith("’s")) break;
      if (isNameToken(text, next) || NAME_SUFFIXES.has(next.lower)) b++;
      else if (NAME_PARTICLES.has(next.lower) && tokens[b + 2] && isNameToken(text, tokens[b + 2]!))
        b += 2;
      else break;
    }
    const start = k;
    k = b;
    const after = tokens[b + 1];
    // `Ben Gurion International Airport`: the name is part of a longer proper noun.
    if (
      after &&
      after.kind === WORD &&
      after.cap &&
      after.sentence === t.sentence &&
      !NAME_SUFFIXES.has(after.lower)
    )
      continue;
    const lo = ctx.paragraphFirst[t.paragraph]!;
    const phrase = readPhraseBack(tokens, b, lo);
    if (!phrase) continue;
    const hi = ctx.sentenceLast[t.sentence]!;
    const mention = analyzeMention(text, tokens, withApposition(tokens, phrase, hi));
    if (mention.kind !== "name") continue;
    const cue = isFollowedByCue(tokens, b);
    const words = mention.nameWords!;
    const before = tokens[start - 1];
    const placeLike =
      PLACE_STARTS.has(words[0]!.toLowerCase()) ||
      (before !== undefined && before.kind === WORD && PLACE_PREPOSITIONS.has(before.lower));
    const certain =
      hasPersonRole(mention.role) ||
      mention.title !== undefined ||
      mention.gender !== undefined ||
      mention.age !== undefined ||
      cue;
    const known = discourse.lookup(words, b);
    if (!certain && !known && (words.length < 2 || placeLike)) continue;
    const salient =
      cue || atSentenceStart(tokens, phrase.first) || tokens[phrase.first - 1]?.kind === BREAK;
    discourse.addName(mention, b, t.paragraph, salient, certain || known?.entity.certain === true);
  }
}
