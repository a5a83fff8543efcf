import type { Discourse, Entity } from "./discourse.js";
import type { Gender } from "./lexicon/gender.js";
import { nationOf } from "./lexicon/nationalities.js";
import { roleFamily } from "./role-words.js";
import { countBefore, lastBefore } from "./sorted.js";

/**
 * What a description of a person refers to: `the spokesperson`, `the senator`,
 * `the 45-year-old`, or, failing those, the person the text is about.
 */

/** How far back (in paragraphs, and at most how many mentions) a description looks for its referent. */
const NOMINAL_WINDOW = 40;
const MAX_MENTIONS = 300;
/** How many of the people a text names the topic is looked for among. */
const MAX_ENTITIES = 500;

/**
 * The person a description (`the spokesperson`, `the senator`, `the 45-year-old`)
 * refers to: the most recent person whose role or title has its head noun, or the
 * person of that age.
 */
export function describedPerson(
  discourse: Discourse,
  head: string,
  age: number | undefined,
  token: number,
  paragraph: number,
): Entity | undefined {
  const nation = age === undefined ? nationOf(head) : undefined;
  const roles = roleFamily(head);
  let read = 0;
  for (const m of discourse.mentionsBefore(token, paragraph, paragraph - NOMINAL_WINDOW)) {
    if (++read > MAX_MENTIONS) break;
    const e = m.entity;
    if (age !== undefined ? e.age === age : nation ? e.nations?.has(nation) : hasAny(e, roles))
      return e;
  }
  return undefined;
}

function hasAny(entity: Entity, roles: readonly string[]): boolean {
  for (const role of roles) if (entity.roleWords.has(role)) return true;
  return false;
}

/**
 * For a headline, which names people before the article introduces them: the
 * person whose role anywhere in the text has the head noun (`The glaciologist who
 * says…` → the person introduced as `a glaciologist at the Nordhavn Polar Institute`).
 */
export function describedPersonAhead(discourse: Discourse, head: string): Entity | undefined {
  const roles = roleFamily(head);
  const entities = discourse.entities;
  for (let i = 0; i < entities.length && i < MAX_ENTITIES; i++) {
    const e = entities[i]!;
    if (e.certain && hasAny(e, roles)) return e;
  }
  return undefined;
}

/**
 * The person a headline's bare description (`Author says…`, `CEO warns…`) is about
 * when no one holds that role: the person the article names most.
 */
export function mainPerson(discourse: Discourse): Entity | undefined {
  let best: Entity | undefined;
  const entities = discourse.entities;
  for (let i = 0; i < entities.length && i < MAX_ENTITIES; i++) {
    const e = entities[i]!;
    if (e.certain && !e.byline && (!best || e.tokens.length > best.tokens.length)) best = e;
  }
  return best;
}

/** The person mentioned most so far (most recently on a tie), of a compatible gender. */
export function topicPerson(
  discourse: Discourse,
  token: number,
  gender?: Gender,
): Entity | undefined {
  let best: Entity | undefined;
  let bestCount = 0;
  let bestLast = -1;
  // The people a text is about are introduced early: the first few hundred suffice,
  // and keep a text with thousands of names linear.
  const entities = discourse.entities;
  for (let i = 0; i < entities.length && i < MAX_ENTITIES; i++) {
    const e = entities[i]!;
    if (!e.certain || (gender && e.gender && e.gender !== gender)) continue;
    const last = lastBefore(e.tokens, token);
    if (last < 0) continue;
    const count = countBefore(e.tokens, token);
    if (count > bestCount || (count === bestCount && last > bestLast)) {
      best = e;
      bestCount = count;
      bestLast = last;
    }
  }
  return best;
}
