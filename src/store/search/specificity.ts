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
  for (let k = 0; k < positions.length; k++) {
    const p = positions[k]!;
    const word = tokens[p]!;
    const wordCount = counts[word]!;
    if (k > 0 && positions[k - 1] === p - 1) {
      const before = tokens[p - 1]!;
      const pair = postings.biCounts[bigramHash(before, word) & postings.biMask]!;
      // Shared buckets overcount pairs: the estimate errs towards "common".
      log2p += Math.log2(Math.min(1, (pair + 0.5) / (counts[before]! + 1)));
    } else {
      log2p += Math.log2(Math.max(wordCount, 1) / totalWords);
    }
  }
  const expected = totalWords * 2 ** log2p;
  return 1 / (1 + expected);
}
