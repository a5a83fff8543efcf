import { COMMON_WORDS } from "../lexicon/common-words.js";
import { isNegation } from "../lexicon/negations.js";
import type { SourceWord } from "../types.js";

/** Most words a broken-off start may have. */
const MAX_ABANDONED = 3;

/**
 * A start broken off at a dash and not taken up again: a few function words the
 * speaker abandons for other words (`this is going to be — ease inflationary
 * pressure`, `And we've — look, I'm the Secretary`): up to three of the commonest words,
 * or else one or two words of any kind (see brokenOff); never a negation or a number:
 * dropping those changes what was said.
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
    if (run.length === 0) brokenOff(words, j, run);
    for (const w of run) if (w.class === "content") w.class = "restart";
  }
}

/** Words of any kind broken off at a dash, at most. */
const MAX_BROKEN_OFF = 2;

/**
 * One or two words of any kind the speaker breaks off at the dash `j` and takes up
 * again after it (`disturbing — distributing food`, `we've reaffirmed — all
 * reaffirmed`, `the thank — the word of thanks`): left out of a quote that goes on with
 * what follows the dash, they are a false start. Not inside an aside (`— which costs a
 * lot —`), and never a negation or a number.
 */
function brokenOff(words: SourceWord[], j: number, run: SourceWord[]): void {
  for (let x = j - 1; x >= Math.max(0, j - MAX_BROKEN_OFF); x--) {
    const w = words[x]!;
    if (isNegation(w.norm) || w.numberKey !== undefined) break;
    run.push(w);
    if (w.breakBefore !== "none") break;
  }
  if (run.some((w) => w.breakBefore === "dash") || !takenUp(words, j, run)) run.length = 0;
}

/** Words after the dash in which the repair of a false start is looked for. */
const REPAIR_WORDS = 3;

/**
 * Whether what follows the dash takes the broken-off words up again: one of them said
 * again, or the last one in a form sharing its first four letters (`disturbing` /
 * `distributing`). `fight and win — no matter what` is a point made, not a repair.
 */
function takenUp(words: readonly SourceWord[], j: number, run: readonly SourceWord[]): boolean {
  const last = run[0];
  if (!last) return false;
  for (let x = j; x < Math.min(words.length, j + REPAIR_WORDS); x++) {
    const norm = words[x]!.norm;
    if (run.some((w) => w.norm === norm)) return true;
    if (last.norm.length >= 4 && norm.slice(0, 4) === last.norm.slice(0, 4)) return true;
  }
  return false;
}
