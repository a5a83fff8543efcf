import type { Candidate } from "../../extract/find-quotations.js";
import { BREAK } from "../../extract/tokens.js";
import type { Attribution, AttributionContext } from "../context.js";
import { isPunct } from "../cues.js";
import { readPhraseBack } from "../phrase-back.js";

/**
 * A quotation introduced by a colon whose sentence has no cue verb: `Bergstrom …
 * laid out the case in stark terms: "For fifty years…"`. The speaker is the first
 * person the introducing sentence names (its subject, in news prose). Runs after
 * the cue rules, so `Kirby said: "…"` never gets here.
 */
export function colonIntro(ctx: AttributionContext, candidate: Candidate): Attribution | undefined {
  const { tokens, discourse } = ctx;
  const q = candidate.tokens[0]!;
  let colon = q - 1;
  if (tokens[colon]?.kind === BREAK) colon--;
  if (!isPunct(tokens, colon, ":")) return undefined;
  const sentence = tokens[colon]!.sentence;
  const first = ctx.sentenceFirst[sentence]!;
  let found: number | undefined;
  for (const m of discourse.mentionsBefore(
    colon,
    tokens[colon]!.paragraph,
    tokens[colon]!.paragraph,
  )) {
    if (m.token < first) break;
    if (m.entity.certain) found = m.token;
  }
  if (found === undefined) return undefined;
  const phrase = readPhraseBack(tokens, found, first);
  if (!phrase) return undefined;
  return { rule: "colon", cue: null, phrase };
}
