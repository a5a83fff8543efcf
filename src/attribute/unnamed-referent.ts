import { type Token, WORD } from "../extract/tokens.js";
import type { AttributionContext } from "./context.js";
import { DETERMINERS } from "./lexicon/function-words.js";
import { type Gender, genderOfWord } from "./lexicon/gender.js";
import { GENERIC_PERSON } from "./lexicon/person-nouns.js";
import { DOCUMENT_NOUNS, ORGANIZATION_NOUNS, ROLE_NOUNS } from "./lexicon/roles.js";
import { analyzeMention, descriptionName } from "./mention.js";
import { isPossessive, type Phrase } from "./noun-phrase.js";
import { readPhraseBack } from "./phrase-back.js";
import { canonicalRole, singular } from "./role-words.js";

/**
 * A pronoun whose referent the text never names: `A woman who lives nearby said
 * she was scared. "…," she said.`, `The girl flushed. "…," she said.`, `He still
 * has the letter. It … tells the council that…`. The referent is the nearest
 * description of the right kind, kept as written (`a woman who lives nearby`).
 */

/** How far back (in tokens) a description is looked for: about two paragraphs. */
const WINDOW = 300;

export type UnnamedKind = "person" | "thing" | "group";

export interface UnnamedReferent {
  name: string;
  kind: "anonymous" | "document" | "organization";
  /** The description's head token. */
  token: number;
}

function fits(lower: string, kind: UnnamedKind, gender: Gender | undefined): boolean {
  if (kind === "thing") {
    if (lower.endsWith("s") && singular(lower) !== lower) return false;
    return DOCUMENT_NOUNS.has(lower) || ORGANIZATION_NOUNS.has(lower);
  }
  const one = singular(lower);
  const person = GENERIC_PERSON.has(one) || ROLE_NOUNS.has(one);
  if (!person) return false;
  if (kind === "group") return one !== lower;
  if (one !== lower) return false;
  const g = genderOfWord(lower);
  return !g || !gender || g === gender;
}

/** The description before `token` a `he`/`she` (person), `it` (thing) or `they` (group) refers to. */
export function unnamedReferent(
  ctx: AttributionContext,
  token: number,
  kind: UnnamedKind,
  gender?: Gender,
): UnnamedReferent | undefined {
  const { tokens, text } = ctx;
  const stop = Math.max(0, token - WINDOW);
  // `In a statement, it said`: a pronoun refers to no noun of its own clause, except a
  // group (`Protesters gathered, and they said`).
  const own = tokens[token]!.sentence;
  for (let k = token - 1; k >= stop; k--) {
    const t = tokens[k]!;
    if (kind !== "group" && t.sentence === own) continue;
    if (t.kind !== WORD || t.cap || !fits(t.lower, kind, gender)) continue;
    const phrase = readPhraseBack(tokens, k, Math.max(0, k - 8));
    if (!phrase || !opensDescription(tokens, phrase, kind)) continue;
    // `a spokeswoman, Taylor Desrosiers,`, `Ashley Dunmore, the bank's governor,`: a
    // description of a named person is theirs.
    if (tokens[phrase.last + 1]?.lower === "," && tokens[phrase.last + 2]?.cap) continue;
    if (tokens[phrase.first - 1]?.lower === "," && tokens[phrase.first - 2]?.cap) continue;
    // `the governor said` after `Governor Lucia Marchetti`: a role someone named holds.
    if (kind === "person" && heldByNamed(ctx, t.lower)) continue;
    const mention = analyzeMention(text, tokens, phrase);
    if (mention.kind === "name" || mention.kind === "pronoun") continue;
    const name = descriptionName(tokens, phrase, mention);
    if (kind !== "thing") return { name, kind: "anonymous", token: k };
    return { name, kind: DOCUMENT_NOUNS.has(t.lower) ? "document" : "organization", token: k };
  }
  return undefined;
}

function heldByNamed(ctx: AttributionContext, head: string): boolean {
  return ctx.discourse.isNamedRole(canonicalRole(head));
}

function opensDescription(tokens: readonly Token[], phrase: Phrase, kind: UnnamedKind): boolean {
  const lead = tokens[phrase.first]!.lower;
  if (kind !== "group" && PLURAL_DETERMINERS.has(lead)) return false;
  return DETERMINERS.has(lead) || (isPossessive(lead) && phrase.first < phrase.last);
}

const PLURAL_DETERMINERS = new Set([
  "some",
  "many",
  "several",
  "few",
  "most",
  "all",
  "both",
  "these",
  "those",
]);
