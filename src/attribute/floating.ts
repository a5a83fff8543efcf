import type { Candidate } from "../extract/find-quotations.js";
import { QUOTE, WORD } from "../extract/tokens.js";
import type { Speaker } from "../extract/types.js";
import type { AttributionContext } from "./context.js";
import { cueEnd } from "./cues.js";
import type { EntityMention } from "./discourse.js";
import { type ResolvedSpeaker, resolveSpeaker } from "./resolve.js";
import { readSubject } from "./subject.js";
import { turnTaking } from "./turn-taking.js";

/**
 * A quotation with no attribution of its own ("floating"). In order:
 * - the previous quotation of its paragraph (`previous-quote`);
 * - the person the paragraph is about before it: the most recent subject or
 *   speaker in the paragraph (`paragraph`);
 * - whatever ended the previous paragraph: its last quotation (`previous-quote`),
 *   or, if narrative came after that, the speaker or subject of its last sentence
 *   (`Lindgren … reserves particular scorn for the administration's language.` then
 *   a quotation on its own: `paragraph`).
 * Nothing further back: a floating quote after two paragraphs of narrative about
 * someone else stays unattributed.
 */
export function floatingSpeaker(
  ctx: AttributionContext,
  candidates: readonly Candidate[],
  results: readonly (ResolvedSpeaker | undefined)[],
  previous: readonly ResolvedSpeaker[],
  index: number,
): ResolvedSpeaker | undefined {
  const candidate = candidates[index]!;
  const paragraph = candidate.paragraph;
  const turn = turnTaking(ctx, candidates, results, index);
  if (turn) return relabel(turn, "turn", 0.6);
  let previousQuote: { result: ResolvedSpeaker; token: number } | undefined;
  for (let j = index - 1; j >= 0; j--) {
    const other = candidates[j]!;
    if (other.lastParagraph < paragraph - 1) break;
    const result = results[j];
    if (!result) continue;
    if (other.lastParagraph === paragraph) return relabel(result, "previous-quote", 0.75);
    previousQuote = { result, token: other.tokens[other.tokens.length - 1]! };
    break;
  }
  const person = paragraphPerson(ctx, candidate);
  if (person) return person;
  if (paragraph === 0)
    return previousQuote ? relabel(previousQuote.result, "previous-quote", 0.7) : undefined;
  const last = ctx.paragraphLast[paragraph - 1]!;
  const lastSentenceStart = ctx.sentenceFirst[ctx.tokens[last]!.sentence]!;
  if (previousQuote && previousQuote.token >= lastSentenceStart)
    return relabel(previousQuote.result, "previous-quote", 0.7);
  const narrative = sentenceSpeaker(ctx, lastSentenceStart, last, previous);
  if (narrative) return relabel(narrative, "paragraph", 0.55);
  return previousQuote ? relabel(previousQuote.result, "previous-quote", 0.65) : undefined;
}

function relabel(result: ResolvedSpeaker, resolvedBy: string, certainty: number): ResolvedSpeaker {
  const speaker: Speaker = { ...result.speaker, resolvedBy };
  return { ...result, speaker, certainty: Math.min(certainty, result.certainty) };
}

/** The speaker of a cue in tokens `first..last`, else the first person they name. */
function sentenceSpeaker(
  ctx: AttributionContext,
  first: number,
  last: number,
  previous: readonly ResolvedSpeaker[],
): ResolvedSpeaker | undefined {
  const { tokens } = ctx;
  for (let c = first; c <= last; c++) {
    const t = tokens[c]!;
    if (t.kind === QUOTE) return undefined;
    if (t.kind !== WORD || cueEnd(tokens, c, "before") < 0) continue;
    const phrase = readSubject(tokens, c - 1, first);
    if (phrase) return resolveSpeaker(ctx, { rule: "floating", cue: null, phrase }, previous);
  }
  const paragraph = tokens[last]!.paragraph;
  let found: EntityMention | undefined;
  for (const m of ctx.discourse.mentionsBefore(last + 1, paragraph, paragraph)) {
    if (m.token < first) break;
    if (m.entity.certain) found = m;
  }
  return found ? fromMention(ctx, found, "paragraph", 0.55) : undefined;
}

function fromMention(
  ctx: AttributionContext,
  m: EntityMention,
  resolvedBy: string,
  certainty: number,
): ResolvedSpeaker {
  const entity = m.entity;
  const t = ctx.tokens[m.token]!;
  const speaker: Speaker = {
    name: entity.name,
    mention: { start: t.start, end: t.end, text: ctx.text.slice(t.start, t.end) },
    resolvedBy,
    kind: "person",
  };
  if (entity.roles[0]) speaker.role = entity.roles[0];
  if (entity.title) speaker.title = entity.title;
  return {
    speaker,
    certainty,
    plural: false,
    head: entity.words[entity.words.length - 1]!.toLowerCase(),
  };
}

/** Most mentions read back for a paragraph's person: a paragraph may be a whole book. */
const MAX_MENTIONS = 400;

/** The most recent salient person mentioned before the quotation in its paragraph. */
function paragraphPerson(
  ctx: AttributionContext,
  candidate: Candidate,
): ResolvedSpeaker | undefined {
  const { discourse, tokens } = ctx;
  const q = candidate.tokens[0]!;
  const paragraph = tokens[q]!.paragraph;
  const first = ctx.paragraphFirst[paragraph]!;
  // The salient person, else the leftmost person of the latest sentence that names one
  // (the subject comes first: `Secretary Pete Buttigieg cast President Joe Biden's plan…`).
  let fallback: EntityMention | undefined;
  let sentence = -1;
  let read = 0;
  for (const m of discourse.mentionsBefore(q, paragraph, paragraph)) {
    if (m.token < first || ++read > MAX_MENTIONS) break;
    if (!m.entity.certain) continue;
    if (m.salient) return fromMention(ctx, m, "paragraph", 0.6);
    const s = tokens[m.token]!.sentence;
    if (sentence >= 0 && s !== sentence) break;
    sentence = s;
    fallback = m;
  }
  return fallback ? fromMention(ctx, fallback, "paragraph", 0.6) : undefined;
}
