import { type Token, WORD } from "../extract/tokens.js";
import { isPossessive, type Phrase } from "./noun-phrase.js";

/**
 * Who issued a document that is the subject of a cue: the possessor in `the National
 * Hurricane Center's latest advisory`, `Kirby's statement`, or the name attached by
 * `from`/`by` in `a response from Harcourt Estates`. A document someone issued speaks
 * for them, so they are the speaker.
 */
export function documentSource(tokens: readonly Token[], phrase: Phrase): Phrase | undefined {
  const head = phrase.head ?? phrase.last;
  for (let k = head - 1; k >= phrase.first; k--) {
    const t = tokens[k]!;
    if (t.kind === WORD && t.cap && isPossessive(t.lower)) return { first: phrase.first, last: k };
  }
  const link = tokens[head + 1];
  if (head < phrase.last - 1 && link && (link.lower === "from" || link.lower === "by")) {
    for (let k = head + 2; k <= phrase.last; k++) {
      const t = tokens[k]!;
      if (t.kind !== WORD || (!t.cap && t.lower !== "the" && t.lower !== "of" && t.lower !== "and"))
        return undefined;
    }
    return { first: head + 2, last: phrase.last };
  }
  return undefined;
}
