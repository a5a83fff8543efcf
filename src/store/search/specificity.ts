import { bigramHash } from "../index/hash.js";
import type { Postings } from "../index/word-index.js";

/**
 * How unlikely the matched words are to occur together anywhere else in the store:
 * `1 / (1 + E)`, where E is the expected number of places in the store that hold these
 * words in this order by chance, from a word-pair model of the store's own text
 * (P(first word) × Π P(next word | word before) for adjacent words, P(word) otherwise).
 * Near 1: the words pin down one place. 0.5: about one other place is expected to hold
 * them. Near 0: boilerplate (`thank you very much`) or very few common words.
 */
export function specificity(
  positions: readonly number[],
  tokens: Uint32Array,
  counts: Uint32Array,
  postings: Postings,
  totalWords: number,
): number {
  if (positions.length === 0 || totalWords === 0) return 0;
  let log2p = 0;
  const noise = totalWords / (postings.biMask + 1);
  for (let k = 0; k < positions.length; k++) {
    const p = positions[k]!;
    const word = tokens[p]!;
    const wordCount = counts[word]!;
    if (k > 0 && positions[k - 1] === p - 1) {
      const before = tokens[p - 1]!; // A bucket is shared by several pairs: take off the average share of the others
      // (the pair itself occurs at least once, here).
      const hashed = postings.biCounts[bigramHash(before, word) & postings.biMask]!;
      const pair = Math.max(1, hashed - noise);
      log2p += Math.log2(Math.min(1, (pair + 0.5) / (counts[before]! + 1)));
    } else {
      log2p += Math.log2(Math.max(wordCount, 1) / totalWords);
    }
  }
  const expected = totalWords * 2 ** log2p;
  return 1 / (1 + expected);
}
