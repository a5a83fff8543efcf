import { trigramHash as hashTrigram } from "../index/hash.js";
import type { Postings } from "../index/word-index.js";
import { BRACKET_SPAN } from "./align.js";
import { GAP, type ParsedQuote } from "./parse-quote.js";
import { bitOf, type VoteTable } from "./vote-table.js";

/** Postings read per query at most: keeps common-word quotes fast. */
const BUDGET = 30_000;
/** A gram listed more often than this is boilerplate: read only while rarer evidence is scarce. */
const COMMON = 3_000;
/** Rarest grams read per query: a long quote is found by a few of its rare grams. */
const MAX_GRAMS = 24;

/** A piece of the quote to look up. */
export interface Gram {
  /** 3, 2 or 1 words. */
  size: number;
  /**
   * A pair around a bracket (`certainly [on] to`): the second word stands 2 to
   * BRACKET_SPAN + 1 places after the first in the record.
   */
  skip?: boolean;
  /** Quote index of the gram's first word, and of the start of its segment. */
  at: number;
  segment: number;
  /** How many positions list it (an upper bound for shared trigram buckets). */
  df: number;
}

/** The n-grams to look up, rarest first: trigrams, and bigrams and rare words for short quotes. */
export function gramsOf(quote: ParsedQuote, postings: Postings, counts: Uint32Array): Gram[] {
  const { ids, gapBefore } = quote;
  const m = ids.length;
  const grams: Gram[] = [];
  let segment = 0;
  for (let i = 0; i < m; i++) {
    if (gapBefore[i] !== GAP.none) segment = i;
    const sameSegment = (k: number) => k < m && gapBefore[k] === GAP.none;
    if (ids[i]! < 0) continue;
    if (sameSegment(i + 1) && sameSegment(i + 2) && ids[i + 1]! >= 0 && ids[i + 2]! >= 0) {
      const bucket = hashTrigram(ids[i]!, ids[i + 1]!, ids[i + 2]!) & postings.triMask;
      grams.push({
        size: 3,
        at: i,
        segment,
        df: postings.triOffsets[bucket + 1]! - postings.triOffsets[bucket]!,
      });
    } // Only a fairly rare pair is worth looking for across a bracket.
    const across = Math.min(
      counts[ids[i]!]!,
      i + 1 < m && ids[i + 1]! >= 0 ? counts[ids[i + 1]!]! : 0,
    );
    if (i + 1 < m && gapBefore[i + 1] === GAP.bracket && ids[i + 1]! >= 0 && across <= 2 * COMMON) {
      grams.push({
        size: 2,
        skip: true,
        at: i,
        segment,
        df: Math.min(counts[ids[i]!]!, counts[ids[i + 1]!]!),
      });
    }
    if (m <= 15 && sameSegment(i + 1) && ids[i + 1]! >= 0) {
      grams.push({
        size: 2,
        at: i,
        segment,
        df: Math.min(counts[ids[i]!]!, counts[ids[i + 1]!]!),
      });
    }
    if (m <= 8 && counts[ids[i]!]! <= 5_000)
      grams.push({ size: 1, at: i, segment, df: counts[ids[i]!]! });
  }
  if (grams.length === 0) {
    // Every word stands alone (gaps everywhere): fall back to the rarest words.
    for (let i = 0; i < m; i++) {
      if (ids[i]! >= 0) grams.push({ size: 1, at: i, segment: i, df: counts[ids[i]!]! });
    }
  }
  // Pairs around a bracket come first: they are the only link between the quote's parts.
  const rank = (g: Gram) => (g.skip ? g.df / 8 : g.df);
  return grams.sort((a, b) => rank(a) - rank(b) || b.size - a.size);
}

/**
 * Reads the grams' lists, rarest first, within a budget, and votes for where the quote
 * would start: each place a gram is found votes for the start of its segment there.
 */
export function castVotes(
  quote: ParsedQuote,
  grams: readonly Gram[],
  postings: Postings,
  tokens: Uint32Array,
  counts: Uint32Array,
  table: VoteTable,
): void {
  const ids = quote.ids;
  const m = ids.length;
  let budget = BUDGET;
  let useful = 0;
  let read = 0;
  for (const gram of grams) {
    if (gram.df === 0) continue;
    if (read >= MAX_GRAMS) break;
    if (gram.df > COMMON && useful >= 3 && !gram.skip) continue;
    if (gram.df > budget) continue;
    read++;
    budget -= gram.df;
    let mask = 0;
    for (let i = gram.at; i < gram.at + gram.size; i++) mask |= 1 << bitOf(i, m);
    const offset = gram.at - gram.segment;
    const a = ids[gram.at]!;
    let hits = 0;
    if (gram.size === 3) {
      const b = ids[gram.at + 1]!;
      const c = ids[gram.at + 2]!;
      const bucket = hashTrigram(a, b, c) & postings.triMask;
      for (let k = postings.triOffsets[bucket]!; k < postings.triOffsets[bucket + 1]!; k++) {
        const p = postings.triPositions[k]!;
        if (tokens[p] !== a || tokens[p + 1] !== b || tokens[p + 2] !== c) continue;
        table.add(p - offset, p, p + 2, mask);
        hits++;
      }
    } else if (gram.skip) {
      const b = ids[gram.at + 1]!;
      const byFirst = counts[a]! <= counts[b]!;
      const id = byFirst ? a : b;
      for (let k = postings.uniOffsets[id]!; k < postings.uniOffsets[id + 1]!; k++) {
        const q = postings.uniPositions[k]!;
        for (let d = 2; d <= BRACKET_SPAN + 1; d++) {
          const p = byFirst ? q : q - d;
          if (p < 0 || tokens[p] !== a || tokens[p + d] !== b) continue;
          table.add(p - offset, p, p + d, mask);
          hits++;
          break;
        }
      }
    } else if (gram.size === 2) {
      const b = ids[gram.at + 1]!;
      const byFirst = counts[a]! <= counts[b]!;
      const id = byFirst ? a : b;
      for (let k = postings.uniOffsets[id]!; k < postings.uniOffsets[id + 1]!; k++) {
        const p = byFirst ? postings.uniPositions[k]! : postings.uniPositions[k]! - 1;
        if (tokens[p] !== a || tokens[p + 1] !== b) continue;
        table.add(p - offset, p, p + 1, mask);
        hits++;
      }
    } else {
      for (let k = postings.uniOffsets[a]!; k < postings.uniOffsets[a + 1]!; k++) {
        const p = postings.uniPositions[k]!;
        table.add(p - offset, p, p, mask);
        hits++;
      }
    }
    if (hits > 0 && gram.df <= COMMON) useful++;
  }
}
