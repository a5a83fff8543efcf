import type { Candidate } from "../extract/find-quotations.js";
import type { AttributionContext } from "./context.js";
import { genderOfPronoun } from "./lexicon/gender.js";
import type { Mention } from "./mention.js";
import { inPool, lastCompatible, resolvePronoun } from "./pronoun-referent.js";
import { isRelational, quotedPronounGender } from "./quote-pronoun.js";
import { lastBefore } from "./sorted.js";
import {
  organizationSpeaker,
  personSpeaker,
  type ResolvedSpeaker,
  type SpeakerBase,
} from "./speakers.js";
import { type UnnamedReferent, unnamedReferent } from "./unnamed-referent.js";

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
  quote: Candidate | undefined,
): ResolvedSpeaker | undefined {
  const { tokens, discourse } = ctx;
  const lower = mention.head;
  if (lower === "he" || lower === "she") {
    const sentenceOf = (k: number) => tokens[k]!.sentence;
    const gender = genderOfPronoun(lower);
    // Trusting first-name hints, then a person described but not named (`a woman who
    // lives nearby`, `the girl`), then letting the pronoun overrule the hints, then
    // the last person of that gender named anywhere before.
    let entity = resolvePronoun(discourse, lower, token, paragraph, sentenceOf, undefined, false);
    const unnamed = entity ? undefined : unnamedReferent(ctx, token, "person", gender);
    if (unnamed) return unnamedSpeaker(unnamed, mention, base);
    entity ??= resolvePronoun(discourse, lower, token, paragraph, sentenceOf);
    // `"She's right that I talk too much," she says.`: the quotation's own `she` is
    // someone else, so the speaker is the next person the pronoun fits, unless the
    // text presents the person in relation to someone (`His barrister, Oliver
    // Strand,`, `her mother`): they speak of that someone in the third person.
    if (
      entity &&
      quote &&
      quotedPronounGender(ctx.text, quote) === gender &&
      !entity.roles.some(isRelational)
    )
      entity = resolvePronoun(discourse, lower, token, paragraph, sentenceOf, entity) ?? entity;
    entity ??= lastCompatible(discourse, lower, token, paragraph);
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
    // Singular they: `"Upzoning is not a magic wand," Kaminski said. They noted…`, `Pike,
    // who uses they/them pronouns, said …. "…," they said.`: the person who just spoke
    // or was the subject just before, when the text gives no gender for them.
    if (lower === "they") {
      const last = previous[previous.length - 1];
      const entity =
        last?.entity && !last.entity.gender && (last.paragraph ?? -1) >= paragraph - 1
          ? last.entity
          : singularThey(ctx, token, paragraph);
      if (entity)
        return {
          entity: entity,
          speaker: personSpeaker(entity, mention, "pronoun"),
          certainty: 0.7,
          ...base,
        };
    }
    // `The union struck a similar note online. It posted…`, `She still has the letter.
    // It … tells the council that…`, `Protesters … they said`: whichever is nearer.
    const org = lower === "it" ? ctx.organizations.mostRecent(token, paragraph) : undefined;
    const unnamed = unnamedReferent(ctx, token, lower === "it" ? "thing" : "group");
    const orgAt = org ? lastBefore(org.tokens, token) : -1;
    if (
      unnamed &&
      (orgAt < 0 ||
        (orgAt < unnamed.token && tokens[orgAt]!.sentence !== tokens[unnamed.token]!.sentence))
    )
      return unnamedSpeaker(unnamed, mention, base);
    if (org) return organizationSpeaker(ctx, org, mention, "pronoun", token, paragraph);
  } else if (lower === "i") {
    return firstPersonSpeaker(ctx, mention, base);
  }
  return undefined;
}

function unnamedSpeaker(
  unnamed: UnnamedReferent,
  mention: Mention,
  base: SpeakerBase,
): ResolvedSpeaker {
  return {
    speaker: {
      name: unnamed.name,
      mention: { start: mention.start, end: mention.end, text: mention.text },
      resolvedBy: "pronoun",
      kind: unnamed.kind,
    },
    certainty: 0.6,
    ...base,
  };
}

/**
 * `"…," I said`: the text's author, as the byline names them, else `the author`
 * (a columnist's or a narrator's first person).
 */
function firstPersonSpeaker(
  ctx: AttributionContext,
  mention: Mention,
  base: SpeakerBase,
): ResolvedSpeaker {
  const author = ctx.discourse.entities.find((e) => e.byline);
  if (author)
    return {
      entity: author,
      speaker: personSpeaker(author, mention, "pronoun"),
      certainty: 0.8,
      ...base,
    };
  return {
    speaker: {
      name: "the author",
      mention: { start: mention.start, end: mention.end, text: mention.text },
      resolvedBy: "pronoun",
      kind: "person",
    },
    certainty: 0.6,
    ...base,
  };
}

/**
 * The subject of the nearest sentence before `token` (this paragraph or the one
 * before) that names a person, when nothing gives that person a gender.
 */
function singularThey(ctx: AttributionContext, token: number, paragraph: number) {
  const { tokens } = ctx;
  let sentence = -1;
  for (const m of ctx.discourse.mentionsBefore(token, paragraph, paragraph - 1)) {
    const s = tokens[m.token]!.sentence;
    if (sentence >= 0 && s !== sentence) return undefined;
    if (!inPool(m.entity, "name")) continue;
    sentence = s;
    if (m.salient) return m.entity.gender ? undefined : m.entity;
  }
  return undefined;
}
