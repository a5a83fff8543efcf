import type { Discourse, Entity } from "./discourse.js";
import { type Gender, genderOfPronoun } from "./lexicon/gender.js";

/**
 * What a `he` or `she` refers to, and what a narrative pronoun teaches about the
 * person just named.
 */

/** How far back (in paragraphs) a pronoun looks for its referent. */
const PRONOUN_WINDOW = 4;
/** How far back the last resort looks: a long feature, a chapter (and linear time). */
const FAR_WINDOW = 60;
/**
 * How many sentences (and, for the last resort, mentions) a search reads at most:
 * referents are close, and a text that is one enormous paragraph must stay linear.
 */
const MAX_SENTENCES = 40;
const MAX_MENTIONS = 400;

export type SentenceOf = (token: number) => number;

/**
 * Which entities a pronoun may take, widest last: people the text shows are people,
 * then also single names seen only speaking (`Kirby said`), then any full name
 * (`Hana Kowalczyk runs the bakery`): a pronoun with one name before it refers to
 * that name even when nothing else says it is a person's. First trusting
 * first-name hints, then letting the pronoun overrule them (`Ashley … he`).
 */
const PASSES = [
  { pool: "certain", overrule: false },
  { pool: "speaker", overrule: false },
  { pool: "name", overrule: false },
  { pool: "certain", overrule: true },
  { pool: "speaker", overrule: true },
  { pool: "name", overrule: true },
] as const;

export type Pool = (typeof PASSES)[number]["pool"];

/**
 * How many sentences further back a pronoun looks, when the nearest candidate is
 * of unknown gender and not a subject, for a subject of the pronoun's gender
 * (`Paul Grant … When his neighbour Kiri Sato fell ill, Grant drove her. "…," he
 * said.` → Grant).
 */
const LOOKBACK = 2;

/**
 * The person a `he` or `she` at `token` most likely refers to: sentence by
 * sentence backwards within a few paragraphs, the nearest sentence with a
 * compatible person, and in it the subject or speaker, of the pronoun's gender
 * where known, else the leftmost. Never `exclude` (the person a quotation's own
 * `she` is about is not the one who says it) nor a byline's author.
 */
export function resolvePronoun(
  discourse: Discourse,
  pronoun: string,
  token: number,
  paragraph: number,
  sentenceOf: SentenceOf,
  exclude?: Entity,
  overrule = true,
): Entity | undefined {
  const gender = genderOfPronoun(pronoun);
  if (!gender) return undefined;
  for (const pass of PASSES) {
    if (pass.overrule && !overrule) break;
    const found = findReferent(discourse, gender, token, paragraph, sentenceOf, pass, exclude);
    if (found) return found;
  }
  return undefined;
}

/**
 * Past the window, the most recent person the pronoun fits further back: in a long
 * feature or a novel a pronoun can run for pages after the name. Only when the
 * text names no one of that gender is a pronoun left unresolved.
 */
export function lastCompatible(
  discourse: Discourse,
  pronoun: string,
  token: number,
  paragraph: number,
  exclude?: Entity,
): Entity | undefined {
  const gender = genderOfPronoun(pronoun);
  let read = 0;
  for (const m of discourse.mentionsBefore(token, paragraph, paragraph - FAR_WINDOW)) {
    if (++read > MAX_MENTIONS) break;
    const e = m.entity;
    if (e !== exclude && inPool(e, "name") && (!e.gender || e.gender === gender)) return e;
  }
  return undefined;
}

interface Candidate {
  entity: Entity;
  salient: boolean;
  /** The entity's gender is known to match the pronoun's. */
  known: boolean;
}

/** Whether a pronoun may take `entity` in a pass of the given width. */
export function inPool(entity: Entity, pool: Pool): boolean {
  if (entity.byline) return false;
  if (entity.certain) return true;
  if (pool === "certain") return false;
  if (entity.speaker) return true;
  return pool === "name" && entity.words.length > 1;
}

/** Subjects and speakers first, then a known gender; on a tie the leftmost (met last). */
function better(a: Candidate, b: Candidate): boolean {
  if (a.salient !== b.salient) return a.salient;
  if (a.known !== b.known) return a.known;
  return true;
}

function findReferent(
  discourse: Discourse,
  gender: Gender,
  token: number,
  paragraph: number,
  sentenceOf: SentenceOf,
  pass: (typeof PASSES)[number],
  exclude: Entity | undefined,
): Entity | undefined {
  let sentence = -1;
  let current: Candidate | undefined;
  let nearest: Candidate | undefined;
  let further = 0;
  // Closes a sentence: returns the referent once decided.
  const close = (): Entity | undefined => {
    if (!current) return undefined;
    if (!nearest) {
      nearest = current;
      return nearest.known || nearest.salient ? nearest.entity : undefined;
    }
    if (current.known && current.salient) return current.entity;
    return ++further >= LOOKBACK ? nearest.entity : undefined;
  };
  const own = sentenceOf(token);
  for (const m of discourse.mentionsBefore(token, paragraph, paragraph - PRONOUN_WINDOW)) {
    const s = sentenceOf(m.token);
    if (s !== sentence) {
      const decided = close();
      if (decided) return decided;
      if (own - s > MAX_SENTENCES) break;
      sentence = s;
      current = undefined;
    }
    const e = m.entity;
    if (e === exclude || !inPool(e, pass.pool)) continue;
    const hintOnly = e.genderFromName === true;
    if (e.gender && e.gender !== gender && !(pass.overrule && hintOnly)) continue;
    const candidate = { entity: e, salient: m.salient, known: e.gender === gender };
    if (!current || better(candidate, current)) current = candidate;
  }
  return close() ?? nearest?.entity;
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
    if (m.entity.byline) continue;
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
