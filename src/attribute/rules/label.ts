import type { Candidate } from "../../extract/find-quotations.js";
import { type Token, WORD } from "../../extract/tokens.js";
import type { Speaker } from "../../extract/types.js";
import type { AttributionContext } from "../context.js";
import type { Entity } from "../discourse.js";
import { TITLE_ROLES, TITLES } from "../lexicon/roles.js";
import { isNameToken } from "../mention.js";
import type { ResolvedSpeaker } from "../resolve.js";

/**
 * The speaker of an interview turn. A name label (`KIRBY:`, `MR. KIRBY:`) is looked
 * up among the people the article names. A question label (`Q:`) is the
 * interviewer: the byline's author, or the other party of the sentence that sets up
 * the interview (`Sørensen spoke to Luis Ortega`). An answer label (`A:`) is the
 * interviewee: the other party of that sentence, else the person the introduction
 * mentions most.
 */

export interface Interview {
  interviewer: Entity | undefined;
  interviewee: Entity | undefined;
}

/** Verbs that set up an interview: `spoke to`, `sat down with`, `talked with`. */
const MEETING_VERBS = new Set([
  "spoke",
  "speaks",
  "talked",
  "talks",
  "sat",
  "sits",
  "met",
  "chatted",
  "caught",
]);
const MEETING_PARTICLES = new Set(["down", "up"]);
const MEETING_PREPOSITIONS = new Set(["to", "with"]);

function titleCase(word: string): string {
  return word
    .toLowerCase()
    .replace(
      /(^|[\s'’-])(\p{L})/gu,
      (_, sep: string, letter: string) => sep + letter.toUpperCase(),
    );
}

/** The capitalised name starting at token `k`, as words, and the index after it. */
function nameAt(ctx: AttributionContext, k: number): { words: string[]; end: number } {
  const { tokens, text } = ctx;
  const words: string[] = [];
  let j = k;
  while (j < tokens.length && j < k + 5 && isNameToken(text, tokens[j]!)) {
    words.push(text.slice(tokens[j]!.start, tokens[j]!.end).replace(/['’]s$/, ""));
    j++;
  }
  return { words, end: j };
}

function bylineAuthor(ctx: AttributionContext, before: number): Entity | undefined {
  const { tokens, discourse } = ctx;
  for (let p = 0; p < before; p++) {
    const first = ctx.paragraphFirst[p]!;
    let k = first;
    if (tokens[k]?.kind !== WORD) k++;
    if (tokens[k]?.lower !== "by" || !tokens[k]!.cap) continue;
    const { words } = nameAt(ctx, k + 1);
    if (words.length >= 2) return discourse.personNamed(words, k + 1, p);
  }
  return undefined;
}

function mostMentioned(
  ctx: AttributionContext,
  before: number,
  except: Entity | undefined,
): Entity | undefined {
  const counts = new Map<Entity, number>();
  for (const m of ctx.discourse.mentionsUntil(before)) {
    if (m.entity !== except && m.entity.certain)
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

/** The two parties of `A spoke to B` before the first turn, if the introduction has such a sentence. */
function meeting(ctx: AttributionContext, before: number): [Entity, Entity] | undefined {
  const { tokens, discourse } = ctx;
  const end = before < ctx.paragraphFirst.length ? ctx.paragraphFirst[before]! : tokens.length;
  for (let k = 0; k < end; k++) {
    const t: Token = tokens[k]!;
    if (t.kind !== WORD || !MEETING_VERBS.has(t.lower)) continue;
    let j = k + 1;
    if (MEETING_PARTICLES.has(tokens[j]?.lower ?? "")) j++;
    if (!MEETING_PREPOSITIONS.has(tokens[j]?.lower ?? "")) continue;
    const { words } = nameAt(ctx, j + 1);
    if (words.length === 0) continue;
    const object =
      discourse.lookup(words, j + 1)?.entity ?? discourse.personNamed(words, j + 1, t.paragraph);
    let subject: Entity | undefined;
    for (const m of discourse.mentionsBefore(k, t.paragraph, t.paragraph)) {
      if (tokens[m.token]!.sentence === t.sentence) subject = m.entity;
      break;
    }
    if (subject && subject !== object) return [subject, object];
  }
  return undefined;
}

export function findInterview(ctx: AttributionContext, firstTurnParagraph: number): Interview {
  const author = bylineAuthor(ctx, firstTurnParagraph);
  const parties = meeting(ctx, firstTurnParagraph);
  if (parties) {
    const [subject, object] = parties;
    if (author === subject) return { interviewer: subject, interviewee: object };
    return { interviewer: author ?? object, interviewee: subject };
  }
  return { interviewer: author, interviewee: mostMentioned(ctx, firstTurnParagraph, author) };
}

export function labelSpeaker(
  ctx: AttributionContext,
  candidate: Candidate,
  interview: Interview,
): ResolvedSpeaker | undefined {
  const turn = candidate.turn!;
  const mention = { start: turn.labelSpan.start, end: turn.labelSpan.end, text: turn.label };
  let entity: Entity | undefined;
  let name: string;
  if (turn.role !== "speaker") {
    entity = turn.role === "question" ? interview.interviewer : interview.interviewee;
    if (!entity) return undefined;
    name = entity.name;
  } else {
    const words = turn.label.split(/\s+/).filter((w) => w.length > 0);
    while (
      words.length > 1 &&
      (TITLES.has(words[0]!.toLowerCase()) || TITLE_ROLES.has(words[0]!.toLowerCase()))
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
