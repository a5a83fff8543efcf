import type { Candidate } from "../../extract/find-quotations.js";
import { BREAK, WORD } from "../../extract/tokens.js";
import { isAgentNoun } from "../agent-noun.js";
import type { Attribution, AttributionContext } from "../context.js";
import { cueEnd, isPunct } from "../cues.js";
import { CLAUSE_WORDS } from "../lexicon/function-words.js";
import { GENERIC_PERSON } from "../lexicon/person-nouns.js";
import { ROLE_NOUNS } from "../lexicon/roles.js";
import { analyzeMention } from "../mention.js";
import { atSentenceStart, type Phrase } from "../noun-phrase.js";
import { readObject } from "../phrase-forward.js";
import { possessiveSubject } from "../possessive-subject.js";
import { singular } from "../role-words.js";
import { readSubject } from "../subject.js";
import { colonIntro } from "./colon.js";

/**
 * A cue earlier in the quotation's sentence: `Kirby said: "…"`, `Kirby said "…"`,
 * `Kirby said that "…"`, `According to Kirby, "…"`, `Kirby said the administration
 * wanted to "reassure…"` (a partial quote), `He stressed that during these calls,
 * leaders … "have appreciated…"`. A quotation standing as its own paragraph after a
 * paragraph that ends with a colon takes that paragraph's cue.
 */

/** Words that tie a participle cue to the sentence's subject: `by promising`, `after saying`. */
const PARTICIPLE_LINKS = new Set(["by", "after", "while", "before", "when", "without", "in"]);

/** How far before the quotation the cue may stand, in tokens. */
const MAX_DISTANCE = 45;

export function introCue(ctx: AttributionContext, candidate: Candidate): Attribution | undefined {
  const { tokens } = ctx;
  const q = candidate.tokens[0]!;
  let k = q - 1;
  let sentence = tokens[q]!.sentence;
  // `Kirby said:` ending the paragraph before a quotation set as its own block.
  if (tokens[k]?.kind === BREAK && isPunct(tokens, k - 1, ":")) {
    k -= 1;
    sentence = tokens[k]!.sentence;
  }
  const lo = Math.max(ctx.sentenceFirst[sentence]!, q - MAX_DISTANCE);
  let finding: Attribution | undefined;
  for (let c = k; c >= lo; c--) {
    const t = tokens[c]!;
    if (t.kind === BREAK) break;
    if (t.kind !== WORD) continue;
    const end = cueEnd(tokens, c, "before");
    if (end < 0 || end >= q) continue;
    const found = attributionAt(ctx, c, end, q, lo);
    if (!found) continue;
    // `Schreiber said the team had found "cracks…"`: a finding inside someone's
    // statement is theirs; keep looking for a verb of saying before it. So is a saying
    // still to come: `Jean-Pierre said Biden would announce that … "the full cost…"`.
    if (FINDINGS.has(t.lower) || FUTURE.has(tokens[c - 1]?.lower ?? "")) {
      finding ??= found;
      continue;
    }
    // `Mr. Lee said the plan asked his constituents "to pay for…"`: a verb of saying
    // whose subject is a thing, inside a reported clause, is the outer speaker's.
    if (!speaksForItself(ctx, found)) {
      finding ??= found;
      continue;
    }
    return found;
  }
  // `Kirby was blunt about South Africa's filing … accusing Israel of genocide: "…"`: a
  // thing's verb is no one's cue; a colon ending a sentence about a person is theirs.
  if (finding && !FINDINGS.has(tokens[finding.cue?.first ?? q]?.lower ?? "")) {
    return colonIntro(ctx, candidate) ?? finding;
  }
  return finding;
}

/**
 * Whether the subject of an attribution can be the source of words: a person, a
 * pronoun, an institution, or a description of people. Documents and other things
 * (`the plan`, `the buyback`, `a strategy`) speak only when no one else in the
 * sentence does.
 */
function speaksForItself(ctx: AttributionContext, found: Attribution): boolean {
  const mention = analyzeMention(ctx.text, ctx.tokens, found.phrase);
  switch (mention.kind) {
    case "name":
    case "pronoun":
    case "organization":
      return true;
    case "document":
      return false;
    default: {
      const head = singular(mention.head);
      return (
        ROLE_NOUNS.has(head) ||
        GENERIC_PERSON.has(head) ||
        isAgentNoun(head) ||
        mention.age !== undefined
      );
    }
  }
}

/** Words before a verb of saying that put the saying in the future (`would announce`, `will say`). */
const FUTURE = new Set(["would", "will", "could", "might", "may", "shall", "'ll", "to"]);

/** Verbs of finding, which report a result rather than words said. */
const FINDINGS = new Set(["find", "finds", "found", "rule", "rules", "ruled", "determined"]);

function attributionAt(
  ctx: AttributionContext,
  c: number,
  end: number,
  q: number,
  lo: number,
): Attribution | undefined {
  const { tokens } = ctx;
  const cue = { first: c, last: end };
  if (tokens[c]!.lower === "according") {
    const phrase = readObject(tokens, end + 1, q - 1);
    if (!phrase) return undefined;
    // `Her message to wavering Democrats, according to a person briefed …: "…"`: the
    // source reports the possessor's words.
    if (isPunct(tokens, c - 1, ",")) {
      const possessor = possessiveSubject(ctx, ctx.sentenceFirst[tokens[c]!.sentence]!);
      if (possessor) return { rule: "colon", cue: null, phrase: possessor };
    }
    return { rule: "according-to", cue, phrase };
  }
  const subject = readSubject(tokens, c - 1, lo);
  if (subject) return { rule: "intro", cue, phrase: subject };
  // `Said Kirby: "…"`: an inverted cue opens its sentence.
  const object = atSentenceStart(tokens, c) ? readObject(tokens, end + 1, q - 1) : undefined;
  if (object && (isPunct(tokens, object.last + 1, ":") || isPunct(tokens, object.last + 1, ",")))
    return { rule: "intro", cue, phrase: object };
  // `She said the win was 'deserved', and warned that … 'three cup finals'`, `It is
  // dated March 2016 and tells the council that …`: a second verb of the sentence's
  // subject.
  if (tokens[c - 1]?.lower === "and") {
    const phrase = earlierCueSubject(ctx, c, lo) ?? sentenceSubject(ctx, c);
    if (phrase) return { rule: "coordinated", cue, phrase };
  }
  // `Kirby defended the plan, saying "…"`, `She closed by promising to fight for
  // "working families"`: the subject of the sentence.
  const before = tokens[c - 1];
  if (
    tokens[c]!.lower.endsWith("ing") &&
    before &&
    (isPunct(tokens, c - 1, ",") || PARTICIPLE_LINKS.has(before.lower))
  ) {
    const phrase = sentenceSubject(ctx, c);
    if (phrase) return { rule: "participle", cue, phrase };
  }
  return undefined;
}

/** The subject of a cue earlier in the sentence: `Everhart called … and said`. */
function earlierCueSubject(ctx: AttributionContext, c: number, lo: number): Phrase | undefined {
  const { tokens } = ctx;
  for (let j = c - 2; j > lo; j--) {
    if (tokens[j]!.kind !== WORD || cueEnd(tokens, j, "before") < 0) continue;
    const subject = readSubject(tokens, j - 1, lo);
    if (subject) return subject;
  }
  return undefined;
}

/** The phrase opening the sentence of token `c`, when a verb follows it (its subject). */
function sentenceSubject(ctx: AttributionContext, c: number): Phrase | undefined {
  const { tokens } = ctx;
  const start = ctx.sentenceFirst[tokens[c]!.sentence]!;
  const first = tokens[start]!.kind === BREAK ? start + 1 : start;
  // `In a letter to faculty, …`: a fronted adjunct is not the subject.
  if (first >= c - 1 || CLAUSE_WORDS.has(tokens[first]!.lower)) return undefined;
  const phrase = readObject(tokens, first, c - 2);
  if (phrase && tokens[first]!.kind === WORD && tokens[phrase.last + 1]?.kind === WORD)
    return phrase;
  return undefined;
}
