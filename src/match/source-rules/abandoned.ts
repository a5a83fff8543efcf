import { COMMON_WORDS } from "../lexicon/common-words.js";
import { isNegation } from "../lexicon/negations.js";
import type { SourceWord } from "../types.js";

/** Most words a broken-off start may have. */
const MAX_ABANDONED = 3;

/**
 * A start broken off at a dash and not taken up again: a few function words the
 * speaker abandons for other words (`this is going to be — ease inflationary
 * pressure`, `And we've — look, I'm the Secretary`). Only the commonest words count
 * (content before a dash is an aside or a point, not a false start), and never a
 * negation or a number: dropping those changes what was said.
 */
export function markAbandoned(words: SourceWord[]): void {
  for (let j = 1; j < words.length; j++) {
    if (words[j]!.breakBefore !== "dash") continue;
    let x = j - 1;
    const stop = Math.max(0, j - MAX_ABANDONED);
    const run: SourceWord[] = [];
    while (x >= stop) {
      const w = words[x]!;
      if (!COMMON_WORDS.has(w.norm) || isNegation(w.norm) || w.numberKey !== undefined) break;
      run.push(w);
      if (w.breakBefore !== "none") break;
      x--;
    }
    for (const w of run) if (w.class === "content") w.class = "restart";
  }
}
