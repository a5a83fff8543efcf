import type { Candidate } from "../../extract/find-quotations.js";
import { BREAK, WORD } from "../../extract/tokens.js";
import type { Attribution, AttributionContext } from "../context.js";
import { cueEnd, isPunct } from "../cues.js";
import { readObject } from "../phrase-forward.js";
import { readSubject } from "../subject.js";

/**
 * A cue earlier in the quotation's sentence: `Kirby said: "…"`, `Kirby said "…"`,
 * `Kirby said that "…"`, `According to Kirby, "…"`, `Kirby said the administration
 * wanted to "reassure…"` (a partial quote), `He stressed that during these calls,
 * leaders … "have appreciated…"`. A quotation standing as its own paragraph after a
 * paragraph that ends with a colon takes that paragraph's cue.
 */

/** Words that tie a participle cue to the sentence's subject: `by promising`, `after saying`. */
const PARTICIPLE_LINKS = new Set(["by", "after", "while", "before", "when", "without", "in"]);

/** How far before the quotation the cue may stand, in tokens. */
const MAX_DISTANCE = 45;

export function introCue(ctx: AttributionContext, candidate: Candidate): Attribution | undefined {
  const { tokens } = ctx;
  const q = candidate.tokens[0]!;
  let k = q - 1;
  let sentence = tokens[q]!.sentence;
  // `Kirby said:` ending the paragraph before a quotation set as its own block.
  if (tokens[k]?.kind === BREAK && isPunct(tokens, k - 1, ":")) {
    k -= 1;
    sentence = tokens[k]!.sentence;
  }
  const lo = Math.max(ctx.sentenceFirst[sentence]!, q - MAX_DISTANCE);
  let finding: Attribution | undefined;
  for (let c = k; c >= lo; c--) {
    const t = tokens[c]!;
    if (t.kind === BREAK) break;
    if (t.kind !== WORD) continue;
    const end = cueEnd(tokens, c, "before");
    if (end < 0 || end >= q) continue;
    const found = attributionAt(ctx, c, end, q, lo);
    if (!found) continue;
    // `Schreiber said the team had found "cracks…"`: a finding inside someone's
    // statement is theirs; keep looking for a verb of saying before it.
    if (FINDINGS.has(t.lower)) {
      finding ??= found;
      continue;
    }
    return found;
  }
  return finding;
}

/** Verbs of finding, which report a result rather than words said. */
const FINDINGS = new Set(["find", "finds", "found", "rule", "rules", "ruled", "determined"]);

function attributionAt(
  ctx: AttributionContext,
  c: number,
  end: number,
  q: number,
  lo: number,
): Attribution | undefined {
  const { tokens } = ctx;
  const cue = { first: c, last: end };
  if (tokens[c]!.lower === "according") {
    const phrase = readObject(tokens, end + 1, q - 1);
    return phrase ? { rule: "according-to", cue, phrase } : undefined;
  }
  const subject = readSubject(tokens, c - 1, lo);
  if (subject) return { rule: "intro", cue, phrase: subject };
  // `Said Kirby: "…"`
  const object = readObject(tokens, end + 1, q - 1);
  if (object && (isPunct(tokens, object.last + 1, ":") || isPunct(tokens, object.last + 1, ",")))
    return { rule: "intro", cue, phrase: object };
  // `Kirby defended the plan, saying "…"`, `She closed by promising to fight for
  // "working families"`: the subject of the sentence.
  const before = tokens[c - 1];
  if (
    tokens[c]!.lower.endsWith("ing") &&
    before &&
    (isPunct(tokens, c - 1, ",") || PARTICIPLE_LINKS.has(before.lower))
  ) {
    const start = ctx.sentenceFirst[tokens[c]!.sentence]!;
    const first = tokens[start]!.kind === BREAK ? start + 1 : start;
    const phrase = readObject(tokens, first, c - 2);
    if (phrase && tokens[first]!.kind === WORD && tokens[phrase.last + 1]?.kind === WORD)
      return { rule: "participle", cue, phrase };
  }
  return undefined;
}
