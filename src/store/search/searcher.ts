import type { WordIndex } from "../index/word-index.js";
import { Aligner, type Alignment } from "./align.js";
import { castVotes, gramsOf } from "./grams.js";
import { GAP, type ParsedQuote } from "./parse-quote.js";
import { specificity } from "./specificity.js";
import { VoteTable } from "./vote-table.js";

/** A passage found for a quote, in global word positions. */
export interface Hit {
  statement: number;
  /** Global positions of the first and last record words of the passage (inclusive). */
  first: number;
  last: number;
  score: number;
  matched: number;
  specificity: number;
  /** Global positions of the matched record words, ascending. */
  positions: number[];
}

/** Most spans aligned when many tie for the best vote. */
const TIED = 256;

/**
 * Finds where a quote (approximately) occurs. Word n-grams of the quote vote for the
 * place the quote would start, in bins of a few words of the store (so a long transcript
 * gets many separate votes, not one). A bin records which quote words its votes cover,
 * and is worth the rarity (idf) of those words: overlapping grams (`we don't have`,
 * `don't have`) do not count twice, and boilerplate words weigh little. The best bins,
 * merged with their neighbours, are aligned word by word (see Aligner) and scored.
 */
export class Searcher {
  private readonly aligner = new Aligner();
  private readonly votes = new VoteTable();

  constructor(private readonly index: WordIndex) {}

  search(quote: ParsedQuote, accept: (statement: number) => boolean, limit: number): Hit[] {
    const m = quote.words.length;
    if (m === 0 || this.index.wordCount === 0) return [];
    const postings = this.index.lookup();
    this.votes.reset();
    this.aligner.reset();
    const counts = this.index.vocab.counts.array;
    const grams = gramsOf(quote, postings, counts);
    castVotes(quote, grams, postings, this.index.tokens.array, counts, this.votes);
    const clusters = this.votes.clusters(quote, counts, this.index.wordCount);
    const hits = new Map<number, Hit>();
    const wanted = Math.max(limit * 2, m <= 8 ? 32 : m <= 15 ? 16 : 10);
    // A quote in parts (around an ellipsis or a bracket) ties in more places, with wider
    // spans: fewer of the tied ones are aligned.
    const split = quote.gapBefore.some((g) => g !== GAP.none);
    let aligned = 0;
    const top = clusters[0]?.weight ?? 0;
    for (const cluster of clusters) {
      // Spans tied with the best are all aligned (up to TIED): a short quote of common words
      // has many equally voted places, and only alignment tells them apart.
      const tied = cluster.weight >= top * 0.999;
      if ((aligned >= wanted && !tied) || aligned >= (split ? TIED / 2 : TIED)) break;
      // Long quotes vote decisively: clusters far below the best are partial matches.
      if (aligned >= limit && cluster.weight < top * (m > 12 ? 0.35 : 0.15)) break;
      for (let k = this.index.statementAt(cluster.min); k < this.index.statementCount; k++) {
        const [start, end] = this.index.statementRange(k);
        if (start > cluster.max) break;
        if (end <= start || !accept(k)) continue;
        const from = Math.max(start, cluster.min - m - 8);
        const to = Math.min(end, cluster.max + m + 8);
        // A span of w words scores at most w / m: skip spans that cannot enter the results
        // (a run of one-line turns, `Thank you.`, under a long quote).
        if (hits.size >= limit && Math.min(to - from, m) / m < this.worst(hits, limit)) continue;
        const hit = this.alignAt(quote, k, from, to);
        aligned++;
        if (hit && (hits.get(k)?.score ?? -1) < hit.score) hits.set(k, hit);
      }
    }
    const best = [...hits.values()]
      .sort((a, b) => b.score - a.score || a.statement - b.statement)
      .slice(0, limit);
    // Specificity counts places in the store: done for the answers only, once per wording.
    const tokens = this.index.tokens.array;
    const known = new Map<string, number>();
    for (const hit of best) {
      const key = hit.positions
        .map((p, i) => `${tokens[p]}+${i > 0 ? p - hit.positions[i - 1]! : 0}`)
        .join(" ");
      let value = known.get(key);
      if (value === undefined) {
        value = specificity(hit.positions, tokens, this.index.vocab.counts.array, postings);
        known.set(key, value);
      }
      hit.specificity = value;
    }
    return best;
  }

  /** The score a new hit must beat to enter the best `limit`. */
  private worst(hits: Map<number, Hit>, limit: number): number {
    const scores = [...hits.values()].map((h) => h.score).sort((a, b) => b - a);
    return scores[limit - 1] ?? 0;
  }

  private alignAt(
    quote: ParsedQuote,
    statement: number,
    from: number,
    to: number,
  ): Hit | undefined {
    const tokens = this.index.tokens.array;
    const window = tokens.subarray(from, to);
    const alignment: Alignment = this.aligner.align(quote, window, this.index.vocab.words);
    if (alignment.first < 0 || alignment.total <= 0) return undefined;
    const positions = alignment.pairs.map((j) => from + j).sort((a, b) => a - b);
    return {
      statement,
      first: from + alignment.first,
      last: from + alignment.last,
      score: Math.min(1, alignment.total / quote.words.length),
      matched: alignment.matched,
      specificity: 0,
      positions,
    };
  }
}
