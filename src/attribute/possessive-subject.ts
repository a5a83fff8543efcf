import { BREAK, type Token, WORD } from "../extract/tokens.js";
import type { AttributionContext } from "./context.js";
import { isPossessive, type Phrase } from "./noun-phrase.js";

/**
 * A sentence that opens with someone's words, named as theirs: `Her message to
 * wavering Democrats, according to a person briefed on the conversations: "…"`,
 * `Pelosi's advice: "…"`. The possessor (`Her`, `Pelosi's`) is the speaker of the
 * quotation the sentence introduces.
 */

/** Nouns for what someone says: the subject of such a sentence. */
const WORDS_NOUNS = new Set([
  "message",
  "advice",
  "answer",
  "reply",
  "response",
  "verdict",
  "view",
  "take",
  "argument",
  "pitch",
  "warning",
  "plea",
  "words",
  "line",
  "assessment",
  "conclusion",
  "position",
  "instruction",
  "instructions",
  "explanation",
  "retort",
  "reaction",
  "promise",
  "vow",
  "mantra",
  "motto",
  "refrain",
  "request",
  "demand",
  "offer",
  "pledge",
  "defence",
  "defense",
  "case",
  "point",
  "summary",
  "diagnosis",
  "prediction",
]);

const POSSESSIVE_PRONOUNS = new Set(["his", "her", "their", "its"]);

/** The possessor opening the sentence that starts at token `first`, when its noun is a words noun. */
export function possessiveSubject(ctx: AttributionContext, first: number): Phrase | undefined {
  const { tokens } = ctx;
  let k = first;
  if (tokens[k]?.kind === BREAK) k++;
  const t: Token | undefined = tokens[k];
  if (!t || t.kind !== WORD) return undefined;
  let last = k;
  if (!POSSESSIVE_PRONOUNS.has(t.lower)) {
    // `Pelosi's advice`, `The senator's message`
    while (last < k + 4 && tokens[last]?.kind === WORD && !isPossessive(tokens[last]!.lower))
      last++;
    if (!isPossessive(tokens[last]?.lower ?? "")) return undefined;
  }
  for (let j = last + 1; j <= last + 3 && j < tokens.length; j++) {
    const u = tokens[j]!;
    if (u.kind !== WORD) return undefined;
    if (WORDS_NOUNS.has(u.lower)) return { first: k, last };
  }
  return undefined;
}
