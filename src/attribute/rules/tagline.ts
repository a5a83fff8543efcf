import type { Candidate } from "../../extract/find-quotations.js";
import { BREAK, PUNCT, QUOTE, WORD } from "../../extract/tokens.js";
import type { Attribution, AttributionContext } from "../context.js";
import { cueEnd, isPunct } from "../cues.js";
import { AUXILIARIES } from "../governed-word.js";
import { DETERMINERS, PRONOUNS } from "../lexicon/function-words.js";
import { readObject } from "../phrase-forward.js";
import { readSubject } from "../subject.js";

/**
 * A tagline right after a quoted part: `"…," Kirby said.`, `"…," said Kirby.`,
 * `"…?" asked a reporter.`, `"…," Kirby, who …, told reporters.`,
 * `"…," according to the report.` The interrupting clause of a split quotation is
 * the tagline of its first part.
 */

const INVERTIBLE_PRESENT = new Set([
  "says",
  "asks",
  "adds",
  "writes",
  "recalls",
  "explains",
  "notes",
  "continues",
  "according",
]);

function invertible(lower: string): boolean {
  return (
    lower.endsWith("ed") ||
    INVERTIBLE_PRESENT.has(lower) ||
    lower === "said" ||
    lower === "told" ||
    lower === "wrote" ||
    lower === "spoke" ||
    lower === "began"
  );
}

/** Words that open a clause joined to the sentence, never a speaker expression. */
const CLAUSE_JOINERS: ReadonlySet<string> = new Set(["and", "but", "or", "that", "while", "as"]);

/** How far after the quotation the cue may stand (an apposition included). */
const MAX_SUBJECT_SPAN = 30;

/** Reads a tagline whose first word is token `k`, within the sentence ending at `hi`. */
export function taglineAt(
  ctx: AttributionContext,
  k: number,
  hi: number,
  rule: string,
): Attribution | undefined {
  const { tokens } = ctx;
  const first = tokens[k];
  if (!first || first.kind !== WORD) return undefined;
  // Inverted: `said Kirby`, `asked a reporter`, `according to the report`. Only past
  // forms and `says`/`asks`… invert; `vows Senate win` is a headline verb and object.
  const inverted = invertible(first.lower) ? cueEnd(tokens, k, "after") : -1;
  if (inverted >= 0) {
    const phrase = readObject(tokens, inverted + 1, hi);
    // `says agency can handle two storms`: a clause said, not who says it.
    const next = phrase ? tokens[phrase.last + 1] : undefined;
    const clause = next !== undefined && next.kind === WORD && AUXILIARIES.has(next.lower);
    if (phrase && !clause) return { rule, cue: { first: k, last: inverted }, phrase };
  }
  // Subject first: the first cue after the quotation whose subject starts at `k`.
  for (let c = k + 1; c <= hi && c <= k + MAX_SUBJECT_SPAN; c++) {
    const t = tokens[c]!;
    if (t.kind === BREAK || t.kind === QUOTE) break;
    if (
      t.kind === PUNCT &&
      (t.lower === "." || t.lower === "?" || t.lower === "!" || t.lower === ";")
    )
      break;
    const end = cueEnd(tokens, c, "after");
    if (end < 0) continue;
    const phrase = readSubject(tokens, c - 1, k);
    if (!phrase) return undefined;
    // `said that "…," and that leaders abroad asked him`: a clause joined on, not a tagline.
    if (CLAUSE_JOINERS.has(tokens[phrase.first]!.lower)) return undefined;
    // `…," publicist Nadia Brennan told The Buzz`: role words the lexicon does not
    // know may stand between the quotation and the name.
    // `…," the minister, Jean Dufresne, said`: the description in apposition opens it.
    if (phrase.apposition?.first === k) return { rule, cue: { first: c, last: end }, phrase };
    // `…," a strategy she said had hurt margins`: a noun phrase before a pronoun is
    // an apposition with a relative clause, not part of a speaker expression.
    let lead = true;
    if (
      phrase.first > k &&
      (PRONOUNS.has(tokens[phrase.first]!.lower) || DETERMINERS.has(tokens[k]!.lower))
    )
      lead = false;
    for (let j = k; j < phrase.first; j++) {
      const u = tokens[j]!;
      if (u.kind !== WORD || u.cap || j >= k + 2) lead = false;
    }
    if (lead) return { rule, cue: { first: c, last: end }, phrase: { ...phrase, first: k } };
    return undefined;
  }
  return undefined;
}

/**
 * True when the clause after a cue leads into the next quotation (`He added: "…"`):
 * then it attributes that quotation, not the one before it.
 */
function introducesNext(ctx: AttributionContext, attribution: Attribution, hi: number): boolean {
  const { tokens } = ctx;
  const end = Math.max(
    attribution.cue?.last ?? 0,
    attribution.phrase.apposition?.last ?? 0,
    attribution.phrase.last,
  );
  for (let j = end + 1; j <= hi && j <= end + 8; j++) {
    const t = tokens[j]!;
    if (t.kind === QUOTE) return true;
    if (t.kind === PUNCT && t.lower === ":") return true;
    if (t.kind === PUNCT && (t.lower === "." || t.lower === "?" || t.lower === "!")) return false;
  }
  return false;
}

/** Tries a tagline after each quoted part, first part first. */
export function afterTagline(
  ctx: AttributionContext,
  candidate: Candidate,
): Attribution | undefined {
  const { tokens } = ctx;
  for (const q of candidate.tokens) {
    let k = q + 1;
    if (isPunct(tokens, k, ",") || isPunct(tokens, k, "—")) k++;
    const t = tokens[k];
    if (!t || t.kind !== WORD || t.paragraph !== tokens[q]!.paragraph) continue;
    // The tagline may sit in its own short sentence: `"We're done." Kirby said.`
    const hi = Math.min(ctx.paragraphLast[t.paragraph]!, ctx.sentenceLast[t.sentence]!);
    const found = taglineAt(ctx, k, hi, "tagline");
    if (!found) continue;
    const newSentence = t.sentence !== tokens[q]!.sentence;
    if (newSentence && introducesNext(ctx, found, hi)) continue;
    return found;
  }
  return undefined;
}

/**
 * A tagline closing the sentence the quotation stands in:
 * `The plan would "keep them informed" through the summer, Kirby said.`
 */
export function sentenceTagline(
  ctx: AttributionContext,
  candidate: Candidate,
): Attribution | undefined {
  const { tokens } = ctx;
  const q = candidate.tokens[candidate.tokens.length - 1]!;
  const sentence = tokens[q]!.sentence;
  const hi = Math.min(ctx.sentenceLast[sentence]!, ctx.paragraphLast[tokens[q]!.paragraph]!);
  for (let p = q + 1; p <= hi; p++) {
    const t = tokens[p]!;
    if (t.kind === QUOTE) return undefined;
    if (t.kind !== PUNCT || t.lower !== ",") continue;
    const found = taglineAt(ctx, p + 1, hi, "sentence-tagline");
    if (!found) continue;
    // The tagline must end the sentence: only a few adjunct words may follow it.
    const end = Math.max(
      found.cue?.last ?? 0,
      found.phrase.last,
      found.phrase.apposition?.last ?? 0,
    );
    if (hi - end <= 8) return found;
  }
  return undefined;
}
