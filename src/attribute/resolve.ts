import { WORD } from "../extract/tokens.js";
import type { Speaker, SpeakerKind } from "../extract/types.js";
import type { Attribution, AttributionContext } from "./context.js";
import type { Entity } from "./discourse.js";
import { genderOfWord } from "./lexicon/gender.js";
import { NATIONALITIES, ORGANIZATION_NOUNS, ROLE_NOUNS } from "./lexicon/roles.js";
import { analyzeMention, descriptionName, type Mention, singular } from "./mention.js";
import type { Organization } from "./organizations.js";
import { readPhraseBack } from "./phrase-back.js";

/**
 * Turns the speaker expression of an attribution into a Speaker: a name is looked
 * up among the people the text introduced (`Austin` → `Lloyd Austin`), a pronoun
 * resolved to the most salient compatible person, a description (`the
 * spokesperson`) to the person with that role, and institutions, documents and
 * anonymous sources are kept as written.
 */

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

/** Headlines and standfirsts: descriptions there may name someone the article introduces later. */
const HEADLINE_PARAGRAPHS = 2;

/** People nouns that refer back to the last person of their gender: `the star`, `the woman`. */
const GENERIC_PERSON = new Set([
  "man",
  "woman",
  "star",
  "actor",
  "actress",
  "singer",
  "player",
  "veteran",
  "father",
  "mother",
  "dad",
  "mom",
  "mum",
  "boy",
  "girl",
  "teenager",
  "teen",
  "pensioner",
  "grandmother",
  "grandfather",
  "politician",
  "lawmaker",
  "executive",
  "celebrity",
  "host",
  "presenter",
  "comedian",
  "rapper",
  "musician",
  "writer",
  "author",
  "businessman",
  "businesswoman",
  "billionaire",
  "mogul",
  "tycoon",
  "chef",
  "coach",
  "manager",
]);

function personSpeaker(entity: Entity, mention: Mention, resolvedBy: string): Speaker {
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

function organizationSpeaker(
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

function asWritten(mention: Mention, kind: SpeakerKind, name = mention.text): Speaker {
  return {
    name,
    mention: { start: mention.start, end: mention.end, text: mention.text },
    resolvedBy: "explicit",
    kind,
  };
}

export function resolveSpeaker(
  ctx: AttributionContext,
  attribution: Attribution,
  previous: readonly ResolvedSpeaker[],
): ResolvedSpeaker {
  const result = resolveInner(ctx, attribution, previous);
  result.paragraph = ctx.tokens[attribution.phrase.last]!.paragraph;
  return result;
}

function resolveInner(
  ctx: AttributionContext,
  attribution: Attribution,
  previous: readonly ResolvedSpeaker[],
): ResolvedSpeaker {
  const { tokens, discourse, text } = ctx;
  const mention = analyzeMention(text, tokens, attribution.phrase);
  const written = descriptionName(tokens, attribution.phrase, mention);
  const token = attribution.phrase.last;
  const paragraph = tokens[token]!.paragraph;
  const base = { plural: mention.plural, head: singular(mention.head) };
  switch (mention.kind) {
    case "name": {
      // `Meridian said` after `Meridian Fulfillment`: an institution, not a person.
      const words = mention.nameWords!;
      const org =
        words.length === 1 && !discourse.lookup(words, token)?.entity.certain
          ? ctx.organizations.named(words[0]!.toLowerCase())
          : undefined;
      if (org) return organizationSpeaker(ctx, org, mention, "surname", token, paragraph);
      const { entity, match } = discourse.addName(mention, token, paragraph, true);
      const certainty =
        match === "explicit"
          ? entity.words.length > 1
            ? 0.97
            : 0.9
          : match === "surname"
            ? 0.93
            : 0.85;
      return { entity: entity, speaker: personSpeaker(entity, mention, match), certainty, ...base };
    }
    case "pronoun": {
      const lower = mention.head;
      if (lower === "he" || lower === "she") {
        const entity = discourse.resolvePronoun(
          lower,
          token,
          paragraph,
          (k) => tokens[k]!.sentence,
        );
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
    case "organization": {
      // `the company said`: the institution the text named.
      const head = singular(mention.head);
      const headToken = tokens[attribution.phrase.head ?? attribution.phrase.last]!;
      if (mention.definite && ORGANIZATION_NOUNS.has(head) && !headToken.cap) {
        const org = ctx.organizations.resolveDescription(head, token, paragraph);
        if (org) return organizationSpeaker(ctx, org, mention, "nominal", token, paragraph);
      }
      return {
        speaker: asWritten(mention, "organization", written),
        certainty: 0.93,
        ...base,
        plural: true,
      };
    }
    case "document":
      return {
        speaker: asWritten(mention, "document", written),
        certainty: 0.93,
        ...base,
        plural: true,
      };
    default:
      return resolveDescription(ctx, mention, written, token, paragraph, previous, base);
  }
}

function resolveDescription(
  ctx: AttributionContext,
  mention: Mention,
  written: string,
  token: number,
  paragraph: number,
  previous: readonly ResolvedSpeaker[],
  base: { plural: boolean; head: string },
): ResolvedSpeaker {
  if (!mention.definite || mention.plural) {
    return { speaker: asWritten(mention, "anonymous", written), certainty: 0.93, ...base };
  }
  const { discourse } = ctx;
  // `A Treasury spokesperson declined to comment. … the spokesperson said`: an unnamed
  // source the narrative just introduced.
  const introduced = introducedDescription(ctx, mention, token);
  if (introduced)
    return {
      speaker: {
        name: introduced,
        mention: { start: mention.start, end: mention.end, text: mention.text },
        resolvedBy: "nominal",
        kind: "anonymous",
      },
      certainty: 0.8,
      ...base,
    };
  // `a senior official said … the official added`: the same unnamed source.
  for (let k = previous.length - 1; k >= 0 && k >= previous.length - 6; k--) {
    const p = previous[k]!;
    if (p.speaker.kind === "anonymous" && p.head === base.head)
      return {
        speaker: {
          ...p.speaker,
          mention: { start: mention.start, end: mention.end, text: mention.text },
          resolvedBy: "nominal",
        },
        certainty: 0.8,
        ...base,
      };
  }
  const entity =
    discourse.resolveDescription(mention.head, mention.age, token, paragraph) ??
    (paragraph <= HEADLINE_PARAGRAPHS
      ? discourse.resolveDescriptionAhead(mention.head)
      : undefined);
  if (entity) {
    discourse.record({ token, paragraph, entity, salient: true });
    return {
      entity: entity,
      speaker: personSpeaker(entity, { ...mention, role: undefined }, "nominal"),
      certainty: 0.8,
      ...base,
    };
  }
  // `the chef`, `the founder`, `the star` with no one given that role: the person
  // the text is about so far (a profile's subject), of a compatible gender.
  if (
    ROLE_NOUNS.has(base.head) ||
    GENERIC_PERSON.has(base.head) ||
    NATIONALITIES.has(base.head) ||
    mention.age !== undefined
  ) {
    const person = discourse.topic(token, mention.gender ?? genderOfWord(base.head));
    if (person) {
      discourse.record({ token, paragraph, entity: person, salient: true });
      return {
        entity: person,
        speaker: personSpeaker(person, { ...mention, role: undefined }, "nominal"),
        certainty: 0.7,
        ...base,
      };
    }
  }
  return { speaker: asWritten(mention, "unresolved", written), certainty: 0.55, ...base };
}

/** How far back (in tokens) an unnamed source introduced in the narrative is looked for. */
const INTRODUCED_WINDOW = 80;

/**
 * The text of an indefinite description with the same head noun shortly before
 * (`A Treasury spokesperson` for `the spokesperson`), lower-cased at a sentence start.
 */
function introducedDescription(
  ctx: AttributionContext,
  mention: Mention,
  token: number,
): string | undefined {
  const { tokens } = ctx;
  const stop = Math.max(0, token - INTRODUCED_WINDOW);
  for (let k = token - 1; k >= stop; k--) {
    const t = tokens[k]!;
    if (t.start >= mention.start) continue;
    if (t.kind !== WORD || t.cap || singular(t.lower) !== singular(mention.head)) continue;
    const phrase = readPhraseBack(tokens, k, Math.max(0, k - 8));
    if (!phrase) continue;
    const lead = tokens[phrase.first]!.lower;
    if (lead !== "a" && lead !== "an" && lead !== "one") continue;
    // `Taylor Desrosiers, a spokeswoman for…`, `she is a spokeswoman`: a role of a
    // named person, which the role match resolves, not an unnamed source.
    const before = tokens[phrase.first - 1];
    const after = tokens[phrase.last + 1];
    if (before && (before.lower === "," || before.lower === "is" || before.lower === "was"))
      return undefined;
    if (after?.lower === "," && tokens[phrase.last + 2]?.cap) return undefined;
    const found = analyzeMention(ctx.text, tokens, phrase);
    return descriptionName(tokens, phrase, found);
  }
  return undefined;
}
