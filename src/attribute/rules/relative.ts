import type { Candidate } from "../../extract/find-quotations.js";
import { BREAK, QUOTE, WORD } from "../../extract/tokens.js";
import type { Attribution, AttributionContext } from "../context.js";
import { cueEnd, isPunct } from "../cues.js";
import { readPhraseBack } from "../phrase-back.js";

/**
 * A quotation inside a relative clause on the subject of a cue: `Ortiz, who has
 * credited the program with "saving my life", said the city was…`. The quoted
 * words are the subject's, and the verb after the clause is its cue, whatever
 * follows that verb.
 */

/** Longest relative clause read before the quotation, in tokens. */
const MAX_CLAUSE = 20;

export function relativeClause(
  ctx: AttributionContext,
  candidate: Candidate,
): Attribution | undefined {
  const { tokens } = ctx;
  const q = candidate.tokens[0]!;
  const last = candidate.tokens[candidate.tokens.length - 1]!;
  const sentence = tokens[q]!.sentence;
  // `who … "…"`: the relative pronoun after a comma, with no comma in between.
  let who = -1;
  for (let k = q - 1; k >= 0 && k >= q - MAX_CLAUSE; k--) {
    const t = tokens[k]!;
    if (t.sentence !== sentence || t.kind === BREAK || t.kind === QUOTE) return undefined;
    if (isPunct(tokens, k, ",")) return undefined;
    if (t.kind === WORD && (t.lower === "who" || t.lower === "whose")) {
      who = k;
      break;
    }
  }
  if (who < 2 || !isPunct(tokens, who - 1, ",")) return undefined;
  // `…", said the city was`: the clause closes with a comma (inside or outside the
  // marks) and the subject's verb follows.
  let verb = last + 1;
  if (isPunct(tokens, verb, ",")) verb++;
  const v = tokens[verb];
  if (!v || v.kind !== WORD || v.sentence !== sentence) return undefined;
  const end = Math.max(cueEnd(tokens, verb, "before"), cueEnd(tokens, verb, "after"));
  if (end < 0) return undefined;
  const phrase = readPhraseBack(tokens, who - 2, ctx.sentenceFirst[sentence]!);
  if (!phrase) return undefined;
  return { rule: "relative", cue: { first: verb, last: end }, phrase };
}
