import type { Candidate } from "../../extract/find-quotations.js";
import type { Speaker } from "../../extract/types.js";
import type { AttributionContext } from "../context.js";
import type { Entity } from "../discourse.js";
import { TITLE_ROLES, TITLES } from "../lexicon/roles.js";
import type { ResolvedSpeaker } from "../resolve.js";

/**
 * The speaker of an interview turn: a name label (`KIRBY:`, `MR. KIRBY:`) is looked
 * up among the people the article names; an answer label (`A:`) is the interviewee,
 * the person the introduction mentions most.
 */

function titleCase(word: string): string {
  return word
    .toLowerCase()
    .replace(
      /(^|[\s'’-])(\p{L})/gu,
      (_, sep: string, letter: string) => sep + letter.toUpperCase(),
    );
}

/** The person the text before the first turn mentions most (first mentioned on a tie). */
export function findInterviewee(
  ctx: AttributionContext,
  firstTurnParagraph: number,
): Entity | undefined {
  const counts = new Map<Entity, number>();
  for (const m of ctx.discourse.mentionsUntil(firstTurnParagraph)) {
    counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  }
  let best: Entity | undefined;
  let bestCount = 0;
  for (const [entity, count] of counts) {
    if (count > bestCount) {
      best = entity;
      bestCount = count;
    }
  }
  return best;
}

export function labelSpeaker(
  ctx: AttributionContext,
  candidate: Candidate,
  interviewee: Entity | undefined,
): ResolvedSpeaker | undefined {
  const turn = candidate.turn!;
  const mention = { start: turn.labelSpan.start, end: turn.labelSpan.end, text: turn.label };
  if (turn.role === "question") return undefined;
  let entity: Entity | undefined;
  let name: string;
  if (turn.role === "answer") {
    entity = interviewee;
    if (!entity) return undefined;
    name = entity.name;
  } else {
    const words = turn.label.split(/\s+/).filter((w) => w.length > 0);
    while (
      words.length > 1 &&
      (TITLES.has(words[0]!.toLowerCase()) || TITLE_ROLES[words[0]!.toLowerCase()] !== undefined)
    )
      words.shift();
    entity = ctx.discourse.lookup(words, candidate.tokens[0] ?? 0)?.entity;
    name = entity ? entity.name : words.map(titleCase).join(" ");
  }
  const speaker: Speaker = { name, mention, resolvedBy: "label", kind: "person" };
  if (entity?.roles[0]) speaker.role = entity.roles[0];
  if (entity?.title) speaker.title = entity.title;
  return { speaker, certainty: 0.9, plural: false, head: name.toLowerCase() };
}
