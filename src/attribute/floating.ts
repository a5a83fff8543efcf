import type { Candidate } from "../extract/find-quotations.js";
import type { Speaker } from "../extract/types.js";
import type { AttributionContext } from "./context.js";
import type { EntityMention } from "./discourse.js";
import type { ResolvedSpeaker } from "./resolve.js";

/**
 * A quotation with no attribution of its own ("floating"): it continues the
 * previous quotation of its paragraph, else the person the paragraph is about (the
 * most recent subject or speaker before it in the paragraph), else the quotation
 * that ended the previous paragraph. Nothing further back: a floating quote after
 * a paragraph of narrative about someone else stays unattributed.
 */
export function floatingSpeaker(
  ctx: AttributionContext,
  candidates: readonly Candidate[],
  results: readonly (ResolvedSpeaker | undefined)[],
  index: number,
): ResolvedSpeaker | undefined {
  const candidate = candidates[index]!;
  const paragraph = candidate.paragraph;
  let previousParagraph: ResolvedSpeaker | undefined;
  for (let j = index - 1; j >= 0; j--) {
    const other = candidates[j]!;
    if (other.lastParagraph < paragraph - 1) break;
    const result = results[j];
    if (!result) continue;
    if (other.lastParagraph === paragraph) return relabel(result, "previous-quote", 0.75);
    previousParagraph = result;
    break;
  }
  const person = paragraphPerson(ctx, candidate);
  if (person) return person;
  if (previousParagraph) return relabel(previousParagraph, "previous-quote", 0.7);
  return undefined;
}

function relabel(result: ResolvedSpeaker, resolvedBy: string, certainty: number): ResolvedSpeaker {
  const speaker: Speaker = { ...result.speaker, resolvedBy };
  return { ...result, speaker, certainty: Math.min(certainty, result.certainty) };
}

/** The most recent salient person mentioned before the quotation in its paragraph. */
function paragraphPerson(
  ctx: AttributionContext,
  candidate: Candidate,
): ResolvedSpeaker | undefined {
  const { discourse, tokens } = ctx;
  const q = candidate.tokens[0]!;
  const paragraph = tokens[q]!.paragraph;
  const first = ctx.paragraphFirst[paragraph]!;
  let fallback: EntityMention | undefined;
  for (const m of discourse.mentionsBefore(q, paragraph, paragraph)) {
    if (m.token < first) break;
    if (m.salient) {
      fallback = m;
      break;
    }
    fallback ??= m;
  }
  if (!fallback) return undefined;
  const entity = fallback.entity;
  const t = tokens[fallback.token]!;
  const speaker: Speaker = {
    name: entity.name,
    mention: { start: t.start, end: t.end, text: ctx.text.slice(t.start, t.end) },
    resolvedBy: "paragraph",
    kind: "person",
  };
  if (entity.roles[0]) speaker.role = entity.roles[0];
  if (entity.title) speaker.title = entity.title;
  return {
    speaker,
    certainty: 0.6,
    plural: false,
    head: entity.words[entity.words.length - 1]!.toLowerCase(),
  };
}
