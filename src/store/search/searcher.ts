import { trigramHash as hashTrigram } from "../index/hash.js";
import type { Postings, WordIndex } from "../index/word-index.js";
import { Aligner, type Alignment, BRACKET_SPAN } from "./align.js";
import { GAP, type ParsedQuote } from "./parse-quote.js";
import { specificity } from "./specificity.js";

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

/** Votes are grouped by the predicted quote start, in bins of this many words. */
const BIN = 16;
/** Postings read per query at most: keeps common-word quotes fast. */
const BUDGET = 30_000;
/** A gram listed more often than this is boilerplate: read only while rarer evidence is scarce. */
const COMMON = 3_000;
/** Most spans aligned when many tie for the best vote. */
const TIED = 256;
/** Rarest grams read per query: a long quote is found by a few of its rare grams. */
const MAX_GRAMS = 24;

interface Gram {
  /** 3, 2 or 1 words. */ size: number;
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

/** A group of votes for one stretch of one statement. */
interface Cluster {
  min: number;
  max: number;
  cover: number;
  weight: number;
}

/**
 * Finds where a quote (approximately) occurs. Word n-grams of the quote vote for the
 * place the quote would start, in bins of BIN words of the store (so a long transcript
 * gets many separate votes, not one). A bin records which quote words its votes cover,
 * and is worth the rarity (idf) of those words: overlapping grams (`we don't have`,
 * `don't have`) do not count twice, and boilerplate words weigh little. The best bins,
 * merged with their neighbours, are aligned word by word (see Aligner) and scored.
 */
export class Searcher {
  private readonly aligner = new Aligner();
  private keys = new Int32Array(1 << 14).fill(-1);
  private cover = new Uint32Array(1 << 14);
  private minPos = new Uint32Array(1 << 14);
  private maxPos = new Uint32Array(1 << 14);
  private used: number[] = [];

  constructor(private readonly index: WordIndex) {}

  search(quote: ParsedQuote, accept: (statement: number) => boolean, limit: number): Hit[] {
    const m = quote.words.length;
    if (m === 0 || this.index.wordCount === 0) return [];
    const postings = this.index.lookup();
    this.resetVotes();
    this.aligner.reset();
    const grams = this.grams(quote, postings);
    this.vote(quote, grams, postings);
    const clusters = this.clusters(quote);
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

  /** The n-grams to look up, rarest first: trigrams, and bigrams and rare words for short quotes. */
  private grams(quote: ParsedQuote, postings: Postings): Gram[] {
    const { ids, gapBefore } = quote;
    const m = ids.length;
    const counts = this.index.vocab.counts.array;
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
      if (
        i + 1 < m &&
        gapBefore[i + 1] === GAP.bracket &&
        ids[i + 1]! >= 0 &&
        across <= 2 * COMMON
      ) {
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

  private vote(quote: ParsedQuote, grams: Gram[], postings: Postings): void {
    const tokens = this.index.tokens.array;
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
          this.add(p - offset, p, p + 2, mask);
          hits++;
        }
      } else if (gram.skip) {
        const b = ids[gram.at + 1]!;
        const counts = this.index.vocab.counts.array;
        const byFirst = counts[a]! <= counts[b]!;
        const id = byFirst ? a : b;
        for (let k = postings.uniOffsets[id]!; k < postings.uniOffsets[id + 1]!; k++) {
          const q = postings.uniPositions[k]!;
          for (let d = 2; d <= BRACKET_SPAN + 1; d++) {
            const p = byFirst ? q : q - d;
            if (p < 0 || tokens[p] !== a || tokens[p + d] !== b) continue;
            this.add(p - offset, p, p + d, mask);
            hits++;
            break;
          }
        }
      } else if (gram.size === 2) {
        const b = ids[gram.at + 1]!;
        const counts = this.index.vocab.counts.array;
        const byFirst = counts[a]! <= counts[b]!;
        const id = byFirst ? a : b;
        for (let k = postings.uniOffsets[id]!; k < postings.uniOffsets[id + 1]!; k++) {
          const p = byFirst ? postings.uniPositions[k]! : postings.uniPositions[k]! - 1;
          if (tokens[p] !== a || tokens[p + 1] !== b) continue;
          this.add(p - offset, p, p + 1, mask);
          hits++;
        }
      } else {
        for (let k = postings.uniOffsets[a]!; k < postings.uniOffsets[a + 1]!; k++) {
          const p = postings.uniPositions[k]!;
          this.add(p - offset, p, p, mask);
          hits++;
        }
      }
      if (hits > 0 && gram.df <= COMMON) useful++;
    }
  }

  private resetVotes(): void {
    for (const slot of this.used) this.keys[slot] = -1;
    this.used = [];
  }

  /** A vote for a quote start near `start` (the gram's words at [first, last]) covering `mask`. */
  private add(start: number, first: number, last: number, mask: number): void {
    if (this.used.length * 2 >= this.keys.length) this.grow();
    const bin = (Math.max(0, start) / BIN) | 0;
    const slots = this.keys.length - 1;
    let slot = (Math.imul(bin, 0x9e3779b1) >>> 0) & slots;
    while (this.keys[slot] !== -1 && this.keys[slot] !== bin) slot = (slot + 1) & slots;
    if (this.keys[slot] === -1) {
      this.keys[slot] = bin;
      this.cover[slot] = mask;
      this.minPos[slot] = first;
      this.maxPos[slot] = last;
      this.used.push(slot);
      return;
    }
    this.cover[slot]! |= mask;
    if (first < this.minPos[slot]!) this.minPos[slot] = first;
    if (last > this.maxPos[slot]!) this.maxPos[slot] = last;
  }

  private grow(): void {
    const old = { keys: this.keys, cover: this.cover, minPos: this.minPos, maxPos: this.maxPos };
    const size = this.keys.length * 2;
    this.keys = new Int32Array(size).fill(-1);
    this.cover = new Uint32Array(size);
    this.minPos = new Uint32Array(size);
    this.maxPos = new Uint32Array(size);
    const used = this.used;
    this.used = [];
    const slots = size - 1;
    for (const s of used) {
      const bin = old.keys[s]!;
      let slot = (Math.imul(bin, 0x9e3779b1) >>> 0) & slots;
      while (this.keys[slot] !== -1) slot = (slot + 1) & slots;
      this.keys[slot] = bin;
      this.cover[slot] = old.cover[s]!;
      this.minPos[slot] = old.minPos[s]!;
      this.maxPos[slot] = old.maxPos[s]!;
      this.used.push(slot);
    }
  }

  /**
   * Neighbouring bins merged into spans (the parts of a quote split by an ellipsis vote
   * for nearby starts), worth the rarity of the quote words they cover, best first.
   */
  private clusters(quote: ParsedQuote): Cluster[] {
    const m = quote.words.length;
    const counts = this.index.vocab.counts.array;
    const total = Math.max(2, this.index.wordCount);
    const bitWeight = new Float64Array(32);
    for (let i = 0; i < m; i++) {
      const id = quote.ids[i]!;
      bitWeight[bitOf(i, m)]! += Math.log(1 + total / Math.max(1, id >= 0 ? counts[id]! : 1));
    } // Worth of each byte of a mask, by byte position: a mask is worth four lookups.
    const bytes = new Float64Array(4 * 256);
    for (let part = 0; part < 4; part++) {
      for (let v = 1; v < 256; v++) {
        const low = v & -v;
        bytes[part * 256 + v] =
          bytes[part * 256 + (v ^ low)]! + bitWeight[part * 8 + Math.log2(low)]!;
      }
    }
    const worth = (mask: number) =>
      bytes[mask & 255]! +
      bytes[256 + ((mask >>> 8) & 255)]! +
      bytes[512 + ((mask >>> 16) & 255)]! +
      bytes[768 + (mask >>> 24)]!;
    const gapped = quote.gapBefore.some((g) => g === GAP.ellipsis);
    const bracketed = quote.gapBefore.some((g) => g === GAP.bracket);
    // Weak bins (a common word here and there) are not worth sorting: keep those with a
    // fair share of the best bin's worth (parts after an ellipsis vote alone: keep more).
    const weights = this.used.map((s) => worth(this.cover[s]!));
    let strongest = 0;
    for (const w of weights) if (w > strongest) strongest = w;
    const floor = strongest * (gapped || bracketed ? 0.1 : 0.25);
    const slots = this.used
      .filter((_, k) => weights[k]! >= floor)
      .sort((a, b) => this.keys[a]! - this.keys[b]!);
    const reach = Math.ceil(
      (gapped ? Math.max(200, 4 * m) : m + 24 + (bracketed ? BRACKET_SPAN : 0)) / BIN,
    );
    // A span never grows past what the quote could cover, so alignment stays cheap.
    const longest = Math.ceil((gapped ? Math.max(400, 8 * m) : 3 * m + 64) / BIN);
    const clusters: (Cluster & { bin: number; from: number })[] = [];
    for (const s of slots) {
      const bin = this.keys[s]!;
      const last = clusters[clusters.length - 1];
      if (last && bin - last.bin <= reach && bin - last.from <= longest) {
        last.cover |= this.cover[s]!;
        last.min = Math.min(last.min, this.minPos[s]!);
        last.max = Math.max(last.max, this.maxPos[s]!);
        last.bin = bin;
      } else {
        clusters.push({
          min: this.minPos[s]!,
          max: this.maxPos[s]!,
          cover: this.cover[s]!,
          weight: 0,
          bin,
          from: bin,
        });
      }
    }
    for (const c of clusters) c.weight = worth(c.cover);
    return clusters.sort((a, b) => b.weight - a.weight);
  }
}

/** Bit of the coverage mask standing for quote word `i` (quotes over 32 words share bits). */
function bitOf(i: number, m: number): number {
  return m <= 32 ? i : Math.floor((i * 32) / m);
}
