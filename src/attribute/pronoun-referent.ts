import type { Discourse, Entity } from "./discourse.js";
import { type Gender, genderOfPronoun } from "./lexicon/gender.js";

/**
 * What a `he` or `she` refers to, and what a narrative pronoun teaches about the
 * person just named.
 */

/** How far back (in paragraphs) a pronoun looks for its referent. */
const PRONOUN_WINDOW = 4;

export type SentenceOf = (token: number) => number;

/**
 * The person a `he` or `she` at `token` most likely refers to: the most recent
 * salient (subject or speaker) person of compatible gender within a few
 * paragraphs, else the most recent compatible person.
 */
export function resolvePronoun(
  discourse: Discourse,
  pronoun: string,
  token: number,
  paragraph: number,
  sentenceOf: SentenceOf,
): Entity | undefined {
  const gender = genderOfPronoun(pronoun);
  if (!gender) return undefined;
  // First trust every gender hint; if nobody fits, let the pronoun overrule first-name hints.
  return (
    findReferent(discourse, gender, token, paragraph, sentenceOf, false, false) ??
    findReferent(discourse, gender, token, paragraph, sentenceOf, true, false) ??
    findReferent(discourse, gender, token, paragraph, sentenceOf, true, true)
  );
}

/**
 * Sentence by sentence backwards from the pronoun; in each sentence the salient
 * person (subject or speaker) first, else the leftmost compatible one.
 */
function findReferent(
  discourse: Discourse,
  gender: Gender,
  token: number,
  paragraph: number,
  sentenceOf: SentenceOf,
  overrule: boolean,
  speakers: boolean,
): Entity | undefined {
  let sentence = -1;
  let salient: Entity | undefined;
  let leftmost: Entity | undefined;
  for (const m of discourse.mentionsBefore(token, paragraph, paragraph - PRONOUN_WINDOW)) {
    const s = sentenceOf(m.token);
    if (s !== sentence) {
      if (salient ?? leftmost) return salient ?? leftmost;
      sentence = s;
    }
    const e = m.entity;
    if (!(e.certain || (speakers && e.speaker))) continue;
    if (e.gender && e.gender !== gender && !(overrule && e.genderFromName)) continue;
    if (m.salient) salient = e;
    leftmost = e;
  }
  return salient ?? leftmost;
}

/**
 * A narrative `he`/`she`/`his` right after a sentence about exactly one person
 * tells that person's gender (`Soraya Tehrani is standing over a pan. She does
 * not look up.`).
 */
export function learnFromPronoun(
  discourse: Discourse,
  pronoun: string,
  token: number,
  paragraph: number,
  sentenceOf: SentenceOf,
): void {
  const gender = genderOfPronoun(pronoun);
  if (!gender) return;
  const sentence = sentenceOf(token);
  let only: Entity | undefined;
  for (const m of discourse.mentionsBefore(token, paragraph, paragraph - 1)) {
    if (sentenceOf(m.token) < sentence - 1) break;
    if (only && only !== m.entity) return;
    only = m.entity;
  }
  if (!only) return;
  // A pronoun right after the only name around shows the name is a person's; it
  // fills a missing gender but never overrules a first-name hint (the pronoun may
  // be about someone the text has not named yet).
  only.certain = true;
  if (!only.gender) discourse.teachGender(only, pronoun);
}
