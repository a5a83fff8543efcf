import { WORD } from "../extract/tokens.js";
import type { AttributionContext } from "./context.js";
import {
  describedPerson,
  describedPersonAhead,
  mainPerson,
  topicPerson,
} from "./description-referent.js";
import type { Entity } from "./discourse.js";
import { DETERMINERS } from "./lexicon/function-words.js";
import { genderOfWord } from "./lexicon/gender.js";
import { GENERIC_PERSON } from "./lexicon/person-nouns.js";
import { NATIONALITIES, ROLE_NOUNS } from "./lexicon/roles.js";
import { analyzeMention, descriptionName, type Mention } from "./mention.js";
import { readPhraseBack } from "./phrase-back.js";
import { canonicalRole, singular } from "./role-words.js";
import { asWritten, personSpeaker, type ResolvedSpeaker, type SpeakerBase } from "./speakers.js";

/**
 * A description at the cue: an unnamed source kept as written (`a senior
 * official`), the same source said again (`the official`), or a person the text
 * named with that role, age or nationality (`the spokesperson`, `the 45-year-old`).
 */

/** Public offices: specific enough that a description by one is never a guess at the main person. */
const OFFICES: ReadonlySet<string> = new Set(
  (
    "president minister senator representative governor mayor secretary chancellor premier " +
    "ambassador king queen pope speaker"
  ).split(" "),
);

/** Headlines and standfirsts: descriptions there may name someone the article introduces later. */
const HEADLINE_PARAGRAPHS = 2;

export function resolveDescription(
  ctx: AttributionContext,
  mention: Mention,
  written: string,
  token: number,
  paragraph: number,
  previous: readonly ResolvedSpeaker[],
  base: SpeakerBase,
): ResolvedSpeaker {
  const { discourse } = ctx;
  // `Author says new novel "nearly broke me"`, `Kingfisher boss warns of 'cautious'
  // year`: headlines drop the article; the description is the article's person.
  if (paragraph <= HEADLINE_PARAGRAPHS && isBareHeadlineRole(mention, base)) {
    const person = describedPersonAhead(discourse, mention.head) ?? mainPerson(discourse);
    if (person) return nominal(discourse, person, mention, token, paragraph, base, 0.7);
  }
  if (!mention.definite || mention.plural) {
    return { speaker: asWritten(mention, "anonymous", written), certainty: 0.93, ...base };
  }
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
    describedPerson(discourse, mention.head, mention.age, token, paragraph) ??
    (paragraph <= HEADLINE_PARAGRAPHS ? describedPersonAhead(discourse, mention.head) : undefined);
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
    const person = topicPerson(discourse, token, mention.gender ?? genderOfWord(base.head));
    // `the US president` in a story about a prime minister: an office no one has been
    // given is not guessed onto the story's main person, nor a role onto someone known
    // by other roles (left as written).
    const role = canonicalRole(base.head);
    const unlikely =
      person !== undefined &&
      (OFFICES.has(role) ||
        (ROLE_NOUNS.has(base.head) && person.roleWords.size > 0 && !person.roleWords.has(role)));
    if (person && !unlikely) {
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

/**
 * A singular role noun with no determiner, as headlines print it: `Author says…`,
 * `"…", says author`, `CEO warns…` (prose would say `the author`).
 */
function isBareHeadlineRole(mention: Mention, base: SpeakerBase): boolean {
  if (mention.plural || mention.definite) return false;
  const words = mention.text.toLowerCase().split(/\s+/);
  if (DETERMINERS.has(words[0]!)) return false;
  return ROLE_NOUNS.has(base.head) || GENERIC_PERSON.has(base.head);
}

function nominal(
  discourse: AttributionContext["discourse"],
  entity: Entity,
  mention: Mention,
  token: number,
  paragraph: number,
  base: SpeakerBase,
  certainty: number,
): ResolvedSpeaker {
  discourse.record({ token, paragraph, entity, salient: true });
  return {
    entity,
    speaker: personSpeaker(entity, { ...mention, role: undefined }, "nominal"),
    certainty,
    ...base,
  };
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
