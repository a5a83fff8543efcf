import type { Candidate } from "../../extract/find-quotations.js";
import { PUNCT, type Token, WORD } from "../../extract/tokens.js";
import type { Attribution, AttributionContext } from "../context.js";
import { isPunct } from "../cues.js";
import { SENTENCE_OPENERS } from "../lexicon/function-words.js";
import { isNameToken } from "../mention.js";

/**
 * Headline conventions, where a colon stands for the cue: `Villanueva on the budget:
 * 'Nobody is going to like all of it'` and `"Silence is how my family fights": Ines
 * Zamora on "The Salt Orchard"`. Only in the first paragraphs, and only when the
 * paragraph is short (a headline, not a sentence of the article).
 */

/** Headlines and subheads come first. */
const MAX_PARAGRAPH = 2;
/** Longest headline, in tokens. */
const MAX_TOKENS = 30;

/** The capitalised name starting at token `k`, as a phrase. */
function nameAt(
  ctx: AttributionContext,
  k: number,
  last: number,
): { first: number; last: number } | undefined {
  const { tokens, text } = ctx;
  let j = k;
  if (SENTENCE_OPENERS.has(tokens[k]?.lower ?? "")) return undefined;
  while (j <= last && j < k + 5 && isNameToken(text, tokens[j] as Token)) j++;
  return j > k ? { first: k, last: j - 1 } : undefined;
}

export function headline(ctx: AttributionContext, candidate: Candidate): Attribution | undefined {
  const { tokens } = ctx;
  const q = candidate.tokens[0]!;
  const paragraph = tokens[q]!.paragraph;
  if (paragraph > MAX_PARAGRAPH) return undefined;
  const first = ctx.paragraphFirst[paragraph]!;
  const start = tokens[first]!.kind === WORD ? first : first + 1;
  const last = ctx.paragraphLast[paragraph]!;
  if (last - start > MAX_TOKENS) return undefined;
  // A headline has no sentence end of its own (marks inside the quotation aside).
  for (let k = start; k <= last; k++) {
    const t = tokens[k]!;
    if (t.kind === PUNCT && (t.lower === "." || t.lower === "?" || t.lower === "!"))
      return undefined;
  }
  // `Villanueva on the budget: '…'`: the name opens the headline.
  if (isPunct(tokens, q - 1, ":")) {
    const phrase = nameAt(ctx, start, q - 2);
    if (phrase) return { rule: "headline", cue: null, phrase };
  }
  // `"…": Ines Zamora on "…"`: the name follows the colon.
  const end = candidate.tokens[candidate.tokens.length - 1]!;
  if (isPunct(tokens, end + 1, ":")) {
    const phrase = nameAt(ctx, end + 2, last);
    if (phrase) return { rule: "headline", cue: null, phrase };
  }
  return undefined;
}
