import type { Candidate } from "../extract/find-quotations.js";
import { type Gender, genderOfPronoun } from "./lexicon/gender.js";

/**
 * What a quotation's own pronouns say about who is speaking it: in direct speech a
 * third-person subject is never the speaker.
 */

/** A role held for someone else: `his barrister`, `Ms Duarte's husband`, `spokesperson for the mayor`. */
export function isRelational(role: string): boolean {
  return RELATIONAL.test(role);
}

const RELATIONAL = /^(?:his|her|their)\s|['’]s\s|\sfor\s/i;

/** Words that may come before the subject of a quotation's first clause: `"But she…"`. */
const OPENERS = new Set(["and", "but", "well", "oh", "look", "so", "yes", "no", "honestly"]);

/**
 * The gender of a `he` or `she` opening a direct quotation (`"She's right that
 * I…"`, `"But he never…"`): in direct speech a third-person subject is never the
 * speaker, and one that opens the quotation is the person in focus, whom the
 * speaker is answering or describing.
 */
export function quotedPronounGender(text: string, quote: Candidate): Gender | undefined {
  if (quote.kind !== "direct" || quote.spans.length === 0) return undefined;
  const span = quote.spans[0]!;
  const opening = text.slice(span.start, Math.min(span.end, span.start + 24)).toLowerCase();
  const words = opening.split(/[^\p{L}'’]+/u, 3).filter((w) => w.length > 0);
  const subject = OPENERS.has(words[0] ?? "") ? words[1] : words[0];
  const bare = subject?.replace(/['’](s|d|ll|ve)$/, "");
  return bare === "he" || bare === "she" ? genderOfPronoun(bare) : undefined;
}
