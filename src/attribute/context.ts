import type { Candidate, Extraction } from "../extract/find-quotations.js";
import type { Token } from "../extract/tokens.js";
import type { Discourse } from "./discourse.js";
import type { Phrase } from "./noun-phrase.js";
import { collectOrganizations, type Organizations } from "./organizations.js";

/** What the attribution rules read: the tokens, their sentence and paragraph bounds. */
export interface AttributionContext {
  text: string;
  tokens: Token[];
  candidates: Candidate[];
  /** First and last token of every sentence and paragraph, by index. */
  sentenceFirst: Int32Array;
  sentenceLast: Int32Array;
  paragraphFirst: Int32Array;
  paragraphLast: Int32Array;
  discourse: Discourse;
  organizations: Organizations;
}

/** A cue and the speaker expression next to it, as token ranges. */
export interface Attribution {
  /** Which rule found it (for debugging and tests). */
  rule: string;
  cue: { first: number; last: number } | null;
  phrase: Phrase;
}

export function buildContext(extraction: Extraction, discourse: Discourse): AttributionContext {
  const { tokens } = extraction;
  let sentences = 0;
  for (const t of tokens) sentences = Math.max(sentences, t.sentence + 1);
  const paragraphs = extraction.paragraphs.length / 2;
  const sentenceFirst = new Int32Array(sentences).fill(-1);
  const sentenceLast = new Int32Array(sentences).fill(-1);
  const paragraphFirst = new Int32Array(paragraphs).fill(-1);
  const paragraphLast = new Int32Array(paragraphs).fill(-1);
  tokens.forEach((t, k) => {
    if (sentenceFirst[t.sentence] === -1) sentenceFirst[t.sentence] = k;
    sentenceLast[t.sentence] = k;
    if (paragraphFirst[t.paragraph] === -1) paragraphFirst[t.paragraph] = k;
    paragraphLast[t.paragraph] = k;
  });
  return {
    text: extraction.text,
    tokens,
    candidates: extraction.candidates,
    sentenceFirst,
    sentenceLast,
    paragraphFirst,
    paragraphLast,
    discourse,
    organizations: collectOrganizations(tokens, extraction.text),
  };
}
