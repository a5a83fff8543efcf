import type { Candidate } from "../extract/find-quotations.js";
import { isSpeechVerb } from "../extract/lexicon/speech-verbs.js";
import { BREAK, QUOTE, WORD } from "../extract/tokens.js";
import type { AttributionContext } from "./context.js";
import type { ResolvedSpeaker } from "./speakers.js";

/**
 * Turn-taking in a conversation set out as dialogue: paragraphs that are each one
 * speaker's line (a quotation, perhaps with its tagline). Once two people have each
 * spoken in a run of such lines, a line with no attribution of its own is the other
 * party's answer to the line before it:
 *
 *     "I did," said the vicar.
 *     "And once before that--near a month ago."      ← Durbeyfield, not the vicar
 *
 * A line after a single attributed line continues that speaker (the news convention,
 * see floating.ts); a narrative paragraph ends the run.
 */

/** How many lines back a run is read. */
const MAX_RUN = 8;

export function turnTaking(
  ctx: AttributionContext,
  candidates: readonly Candidate[],
  results: readonly (ResolvedSpeaker | undefined)[],
  index: number,
): ResolvedSpeaker | undefined {
  const candidate = candidates[index]!;
  if (!isDialogueLine(ctx, candidate.paragraph)) return undefined;
  // The lines of the run before this one, most recent first, one per paragraph.
  const speakers: ResolvedSpeaker[] = [];
  let paragraph = candidate.paragraph;
  for (let j = index - 1; j >= 0 && speakers.length < MAX_RUN; j--) {
    const other = candidates[j]!;
    if (other.lastParagraph === paragraph) continue;
    if (other.lastParagraph !== paragraph - 1 || !isDialogueLine(ctx, other.paragraph)) break;
    const result = results[j];
    if (!result) break;
    speakers.push(result);
    paragraph = other.paragraph;
  }
  const last = speakers[0];
  if (!last) return undefined;
  const other = speakers.find((s) => s.speaker.name !== last.speaker.name);
  return other;
}

/**
 * A paragraph that opens with a quotation and whose every sentence has one, or is a
 * short tagline (`"Are you coming?" Maya asked.`).
 */
function isDialogueLine(ctx: AttributionContext, paragraph: number): boolean {
  const { tokens } = ctx;
  let k = ctx.paragraphFirst[paragraph]!;
  if (k < 0) return false;
  if (tokens[k]!.kind === BREAK) k++;
  const last = ctx.paragraphLast[paragraph]!;
  if (tokens[k]?.kind !== QUOTE) return false;
  let start = k;
  let quoted = false;
  let cue = false;
  for (; k <= last + 1; k++) {
    const t = tokens[k];
    if (!t || k > last || t.sentence !== tokens[start]!.sentence) {
      if (!quoted && !(cue && k - start <= MAX_TAGLINE)) return false;
      if (k > last) return true;
      start = k;
      quoted = false;
      cue = false;
    }
    if (t!.kind === QUOTE) quoted = true;
    else if (t!.kind === WORD && isSpeechVerb(t!.lower)) cue = true;
  }
  return true;
}

/** Longest tagline sentence after a question or exclamation: `Maya asked her brother.` */
const MAX_TAGLINE = 8;
