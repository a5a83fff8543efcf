import { EDITING_TERMS } from "../lexicon/fillers.js";
import type { SourceWord } from "../types.js";

/** Words before the editing term that the correction replaces, at most. */
const MAX_REPLACED = 2;

function termAt(words: readonly SourceWord[], i: number): number {
  for (const term of EDITING_TERMS) {
    if (i + term.length > words.length) continue;
    let k = 0;
    while (k < term.length && words[i + k]!.norm === term[k]) {
      if (k > 0 && words[i + k]!.breakBefore !== "none") break;
      k++;
    }
    if (k === term.length) return k;
  }
  return 0;
}

/**
 * A self-correction: the speaker breaks off, sets an editing term off with dashes and
 * says it again differently (`that is continuing wide- — I'm sorry — committing
 * widespread atrocities`, `and the Senate — excuse me — the Majority Leader`). The
 * editing term and the words it takes back (the last one or two of the clause before
 * it) may be left out of a quote as a false start.
 */
export function markSelfCorrections(words: SourceWord[]): void {
  for (let i = 1; i < words.length; i++) {
    if (words[i]!.breakBefore !== "dash") continue;
    const n = termAt(words, i);
    if (n === 0) continue;
    const after = words[i + n];
    if (after !== undefined && after.breakBefore !== "dash") continue;
    for (let k = i; k < i + n; k++) if (words[k]!.class === "content") words[k]!.class = "filler";
    if (after === undefined) continue;
    for (let x = i - 1; x >= Math.max(0, i - MAX_REPLACED); x--) {
      const w = words[x]!;
      if (w.class === "content") w.class = "restart";
      if (w.breakBefore !== "none") break; // the clause begins here
    }
  }
}
