import { PUNCT, QUOTE, type Token, WORD } from "../extract/tokens.js";
import type { AttributionContext } from "./context.js";
import { ROLE_NOUNS } from "./lexicon/roles.js";
import { isNameToken } from "./name-token.js";

/**
 * Bylines: a short paragraph near the top that credits the author (`By Owen
 * Marsh`, `BY MORGAN HOLLIS`, `Morgan Hollis, Technology Reporter`, `By Fergus
 * Lyall at the Priory Ground`). The author is the interviewer of a Q&A and never
 * the referent of a pronoun in the body.
 */

/** Bylines come before the body: headline, standfirst, byline, date. */
const MAX_PARAGRAPH = 5;
/** Longest byline, in tokens: `By Laurel Finch and Dev Shah, Eastbridge Courier`. */
const MAX_TOKENS = 16;
/** Words a byline may have after the name that are not capitalised. */
const BYLINE_WORDS = new Set(["and", "in", "at", "of", "for", "the", "&", "|", "-", "—"]);

export interface Byline {
  /** The author's name as words, title case (`MORGAN HOLLIS` → `Morgan Hollis`). */
  words: string[];
  /** First and last token of the name. */
  first: number;
  last: number;
}

/** The author named by paragraph `p`, when it is a byline. */
export function bylineOf(ctx: AttributionContext, p: number): Byline | undefined {
  if (p >= MAX_PARAGRAPH || p >= ctx.paragraphFirst.length) return undefined;
  const { tokens } = ctx;
  let k = ctx.paragraphFirst[p]!;
  if (k < 0) return undefined;
  if (tokens[k]!.kind !== WORD) k++;
  const last = ctx.paragraphLast[p]!;
  if (k > last || last - k >= MAX_TOKENS) return undefined;
  for (let j = k; j <= last; j++) {
    const t = tokens[j]!;
    if (t.kind === QUOTE) return undefined;
    if (
      t.kind === PUNCT &&
      (t.lower === "." || t.lower === "?" || t.lower === "!" || t.lower === ":")
    )
      return undefined;
  }
  const by = tokens[k]!.lower === "by" && tokens[k]!.cap;
  const start = by ? k + 1 : k;
  let end = start;
  while (end <= last && end < start + 4 && isNameWord(ctx, tokens[end]!)) end++;
  const words = end - start;
  if (words < 2 || (words > 3 && !by)) return undefined;
  // Without `By`, only a name and a credit: `Morgan Hollis, Technology Reporter`.
  if (!by) {
    if (end <= last && !(tokens[end]!.kind === PUNCT && tokens[end]!.lower === ","))
      return undefined;
    for (let j = end + 1; j <= last; j++) {
      const t = tokens[j]!;
      if (t.kind === WORD && !t.cap && !BYLINE_WORDS.has(t.lower) && !ROLE_NOUNS.has(t.lower))
        return undefined;
    }
  }
  const name: string[] = [];
  for (let j = start; j < end; j++)
    name.push(titleCase(ctx.text.slice(tokens[j]!.start, tokens[j]!.end)));
  return { words: name, first: start, last: end - 1 };
}

/** A word of a name, in a byline also in capitals (`MORGAN`). */
function isNameWord(ctx: AttributionContext, t: Token): boolean {
  if (t.kind !== WORD || !t.cap) return false;
  if (isNameToken(ctx.text, t)) return true;
  const raw = ctx.text.slice(t.start, t.end);
  return raw.length > 1 && raw === raw.toUpperCase() && t.lower !== "by" && /\p{L}{2}/u.test(raw);
}

/** `MORGAN` → `Morgan`, `O'BRIEN` → `O'Brien`, `Hollis` unchanged. */
export function titleCase(word: string): string {
  if (word !== word.toUpperCase()) return word;
  return word
    .toLowerCase()
    .replace(
      /(^|[\s'’-])(\p{L})/gu,
      (_, sep: string, letter: string) => sep + letter.toUpperCase(),
    );
}
