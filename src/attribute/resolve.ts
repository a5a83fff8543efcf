import type { Candidate } from "../extract/find-quotations.js";
import type { Attribution, AttributionContext } from "./context.js";
import { documentSource } from "./document-source.js";
import { ORGANIZATION_NOUNS } from "./lexicon/roles.js";
import { analyzeMention, descriptionName } from "./mention.js";
import { resolveDescription } from "./resolve-description.js";
import { resolvePronounSpeaker } from "./resolve-pronoun.js";
import { singular } from "./role-words.js";
import { asWritten, organizationSpeaker, personSpeaker, type ResolvedSpeaker } from "./speakers.js";

export type { ResolvedSpeaker } from "./speakers.js";

/**
 * Turns the speaker expression of an attribution into a Speaker: a name is looked
 * up among the people the text introduced (`Austin` → `Lloyd Austin`), a pronoun
 * resolved to the most salient compatible person, a description (`the
 * spokesperson`) to the person with that role, and institutions, documents and
 * anonymous sources are kept as written.
 */

/**
 * The speaker of an attribution, or undefined when its expression is a pronoun
 * with no one in the text to refer to: a pronoun is never returned as a name.
 * `quote` is the quotation attributed, when there is one (its own pronouns tell
 * who is not speaking).
 */
export function resolveSpeaker(
  ctx: AttributionContext,
  attribution: Attribution,
  previous: readonly ResolvedSpeaker[],
  quote?: Candidate,
): ResolvedSpeaker | undefined {
  const result = resolveInner(ctx, attribution, previous, quote);
  if (result) result.paragraph = ctx.tokens[attribution.phrase.last]!.paragraph;
  return result;
}

function resolveInner(
  ctx: AttributionContext,
  attribution: Attribution,
  previous: readonly ResolvedSpeaker[],
  quote: Candidate | undefined,
): ResolvedSpeaker | undefined {
  const { tokens, discourse, text } = ctx;
  const mention = analyzeMention(text, tokens, attribution.phrase);
  const written = descriptionName(tokens, attribution.phrase, mention);
  const token = attribution.phrase.last;
  const paragraph = tokens[token]!.paragraph;
  const base = { plural: mention.plural, head: singular(mention.head) };
  switch (mention.kind) {
    case "name": {
      // `Meridian said` after `Meridian Fulfillment`, `Wessick Watch, a campaign group,
      // said`: an institution, not a person.
      const words = mention.nameWords!;
      const org = discourse.lookup(words, token)?.entity.certain
        ? undefined
        : ctx.organizations.matching(words);
      if (org)
        return organizationSpeaker(
          ctx,
          org.org,
          mention,
          org.exact ? "explicit" : "surname",
          token,
          paragraph,
        );
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
    case "pronoun":
      return resolvePronounSpeaker(ctx, mention, token, paragraph, previous, base, quote);
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
    case "document": {
      // `The National Hurricane Center's latest advisory said`, `a response from
      // Harcourt Estates said`: the document's source speaks, named as the text names it.
      const source = documentSource(tokens, attribution.phrase);
      const issuer = source
        ? resolveInner(ctx, { ...attribution, phrase: source }, previous, quote)
        : undefined;
      if (issuer && issuer.speaker.kind !== "document") {
        issuer.speaker.name = issuer.speaker.name.replace(/['’]s$/, "");
        issuer.speaker.mention = { start: mention.start, end: mention.end, text: mention.text };
        return issuer;
      }
      return {
        speaker: asWritten(mention, "document", written),
        certainty: 0.93,
        ...base,
        plural: true,
      };
    }
    default:
      return resolveDescription(ctx, mention, written, token, paragraph, previous, base);
  }
}
