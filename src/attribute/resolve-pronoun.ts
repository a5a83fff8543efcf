import type { AttributionContext } from "./context.js";
import type { Mention } from "./mention.js";
import { resolvePronoun } from "./pronoun-referent.js";
import {
  asWritten,
  organizationSpeaker,
  personSpeaker,
  type ResolvedSpeaker,
  type SpeakerBase,
} from "./speakers.js";

/**
 * A pronoun at the cue: `he`/`she` resolved to the most salient compatible person,
 * `they`/`it` to a plural or institutional speaker that spoke just before (or the
 * institution the text is talking about).
 */
export function resolvePronounSpeaker(
  ctx: AttributionContext,
  mention: Mention,
  token: number,
  paragraph: number,
  previous: readonly ResolvedSpeaker[],
  base: SpeakerBase,
): ResolvedSpeaker {
  const { tokens, discourse } = ctx;
  const lower = mention.head;
  if (lower === "he" || lower === "she") {
    const entity = resolvePronoun(discourse, lower, token, paragraph, (k) => tokens[k]!.sentence);
    if (entity) {
      discourse.teachGender(entity, lower);
      discourse.record({ token, paragraph, entity, salient: true });
      return {
        entity: entity,
        speaker: personSpeaker(entity, mention, "pronoun"),
        certainty: 0.85,
        ...base,
      };
    }
  } else if (lower === "they" || lower === "it") {
    for (let k = previous.length - 1; k >= 0 && k >= previous.length - 3; k--) {
      const p = previous[k]!;
      const fits =
        lower === "they"
          ? p.plural
          : p.speaker.kind === "organization" || p.speaker.kind === "document";
      if (fits)
        return {
          speaker: {
            ...p.speaker,
            mention: { start: mention.start, end: mention.end, text: mention.text },
            resolvedBy: "pronoun",
          },
          certainty: 0.75,
          ...base,
          plural: p.plural,
        };
    }
    // Singular they: `"Upzoning is not a magic wand," Kaminski said. They noted…`:
    // the person who just spoke, when the text gives no gender for them.
    if (lower === "they") {
      const last = previous[previous.length - 1];
      const entity = last?.entity;
      if (entity && !entity.gender && (last.paragraph ?? -1) >= paragraph - 1)
        return {
          entity: entity,
          speaker: personSpeaker(entity, mention, "pronoun"),
          certainty: 0.7,
          ...base,
        };
    }
    // `The union struck a similar note online. It posted…`
    const org = lower === "it" ? ctx.organizations.mostRecent(token, paragraph) : undefined;
    if (org) return organizationSpeaker(ctx, org, mention, "pronoun", token, paragraph);
  }
  return { speaker: asWritten(mention, "unresolved"), certainty: 0.5, ...base };
}
