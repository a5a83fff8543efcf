import type { Candidate, Extraction } from "../extract/find-quotations.js";
import { type Attribution, buildContext } from "./context.js";
import { Discourse } from "./discourse.js";
import { floatingSpeaker } from "./floating.js";
import { collectPeople } from "./people.js";
import { type ResolvedSpeaker, resolveSpeaker } from "./resolve.js";
import { colonIntro } from "./rules/colon.js";
import { dashTagline } from "./rules/dash.js";
import { headline } from "./rules/headline.js";
import { introCue } from "./rules/intro.js";
import { findInterview, labelSpeaker } from "./rules/label.js";
import { afterTagline, sentenceTagline } from "./rules/tagline.js";

/**
 * The attribution rules, in the order they are tried: a tagline right after a
 * quoted part is the most reliable, then a cue earlier in the sentence, then a
 * tagline closing the sentence, then a dash tagline, then a headline's colon, then
 * the subject of a sentence that introduces the quotation with a colon.
 */
const RULES = [afterTagline, introCue, sentenceTagline, dashTagline, headline, colonIntro] as const;

export interface Attributed {
  candidate: Candidate;
  /** The cue and speaker expression, when a rule found them. */
  attribution: Attribution | undefined;
  resolved: ResolvedSpeaker | undefined;
}

export interface AttributeOptions {
  floating: boolean;
}

/** Finds the speaker and cue of every candidate, in document order. */
export function attributeQuotes(extraction: Extraction, options: AttributeOptions): Attributed[] {
  const discourse = new Discourse();
  const ctx = buildContext(extraction, discourse);
  collectPeople(ctx);
  const { candidates } = extraction;
  const firstTurn = candidates.find((c) => c.turn);
  const interview = firstTurn
    ? findInterview(ctx, firstTurn.paragraph)
    : { interviewer: undefined, interviewee: undefined };
  const results: (ResolvedSpeaker | undefined)[] = [];
  const resolvedSoFar: ResolvedSpeaker[] = [];
  const out: Attributed[] = [];
  candidates.forEach((candidate, index) => {
    let attribution: Attribution | undefined;
    let resolved: ResolvedSpeaker | undefined;
    if (candidate.turn) {
      resolved = labelSpeaker(ctx, candidate, interview);
    } else if (candidate.category === undefined && candidate.tokens.length > 0) {
      for (const rule of RULES) {
        attribution = rule(ctx, candidate);
        if (attribution) break;
      }
      if (attribution) resolved = resolveSpeaker(ctx, attribution, resolvedSoFar);
      else if (options.floating && !candidate.short)
        resolved = floatingSpeaker(ctx, candidates, results, resolvedSoFar, index);
    }
    results.push(resolved);
    if (resolved) resolvedSoFar.push(resolved);
    out.push({ candidate, attribution, resolved });
  });
  return out;
}
