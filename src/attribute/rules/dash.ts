import type { Candidate } from "../../extract/find-quotations.js";
import { PUNCT } from "../../extract/tokens.js";
import type { Attribution, AttributionContext } from "../context.js";
import { isPunct } from "../cues.js";
import { readObject } from "../phrase-forward.js";

/**
 * A tagline after a dash that ends the paragraph: `"…" — John Kirby`,
 * `"…" -Kirby, NSC spokesperson`. The dash is the cue.
 */
export function dashTagline(
  ctx: AttributionContext,
  candidate: Candidate,
): Attribution | undefined {
  const { tokens } = ctx;
  const q = candidate.tokens[candidate.tokens.length - 1]!;
  const dash = q + 1;
  if (!isPunct(tokens, dash, "—")) return undefined;
  const end = ctx.paragraphLast[tokens[q]!.paragraph]!;
  const phrase = readObject(tokens, dash + 1, end);
  if (!phrase) return undefined;
  let last = Math.max(phrase.last, phrase.apposition?.last ?? 0);
  while (last < end && tokens[last + 1]!.kind === PUNCT) last++;
  if (last !== end) return undefined;
  return { rule: "dash", cue: { first: dash, last: dash }, phrase };
}
