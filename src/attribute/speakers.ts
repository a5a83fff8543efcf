import type { Speaker, SpeakerKind } from "../extract/types.js";
import type { AttributionContext } from "./context.js";
import type { Entity } from "./discourse.js";
import type { Mention } from "./mention.js";
import type { Organization } from "./organizations.js";

/** What a resolved speaker expression becomes: a Speaker and how sure the resolution is. */

export interface ResolvedSpeaker {
  speaker: Speaker;
  /** 0..1: how sure the resolution is (see Quote.confidence). */
  certainty: number;
  /** Plural or institutional speakers that `they` / `it` can refer back to. */
  plural: boolean;
  head: string;
  /** The person, when the speaker is one the text names. */
  entity?: Entity;
  /** Paragraph of the speaker expression. */
  paragraph?: number;
}

/** The singular head and number of a speaker expression, carried into every result. */
export interface SpeakerBase {
  plural: boolean;
  head: string;
}

export function personSpeaker(entity: Entity, mention: Mention, resolvedBy: string): Speaker {
  const speaker: Speaker = {
    name: entity.name,
    mention: { start: mention.start, end: mention.end, text: mention.text },
    resolvedBy,
    kind: "person",
  };
  const role = mention.role ?? entity.roles[0];
  if (role) speaker.role = role;
  const title = mention.title ?? entity.title;
  if (title) speaker.title = title;
  return speaker;
}

export function organizationSpeaker(
  ctx: AttributionContext,
  org: Organization,
  mention: Mention,
  resolvedBy: string,
  token: number,
  paragraph: number,
): ResolvedSpeaker {
  ctx.organizations.record(org, token, paragraph);
  return {
    speaker: {
      name: org.name,
      mention: { start: mention.start, end: mention.end, text: mention.text },
      resolvedBy,
      kind: "organization",
    },
    certainty: 0.85,
    plural: true,
    head: org.first,
  };
}

export function asWritten(mention: Mention, kind: SpeakerKind, name = mention.text): Speaker {
  return {
    name,
    mention: { start: mention.start, end: mention.end, text: mention.text },
    resolvedBy: "explicit",
    kind,
  };
}
