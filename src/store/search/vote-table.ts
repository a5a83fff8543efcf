import { BRACKET_SPAN } from "./align.js";
import { GAP, type ParsedQuote } from "./parse-quote.js";

/** Votes are grouped by the predicted quote start, in bins of this many words. */
export const BIN = 16;

/** A group of votes for one stretch of one statement. */
export interface Cluster {
  /** Global positions of the first and last word voted for. */
  min: number;
  max: number;
  /** Which quote words the votes cover (see bitOf). */
  cover: number;
  /** The rarity of the covered words. */
  weight: number;
}

/** Bit of the coverage mask standing for quote word `i` (quotes over 32 words share bits). */
export function bitOf(i: number, m: number): number {
  return m <= 32 ? i : Math.floor((i * 32) / m);
}

/**
 * The votes of one search: an open-addressing table from bin to the quote words its
 * votes cover and the span of store positions they came from. Reused from search to
 * search (one per store), so a query allocates almost nothing.
 */
export class VoteTable {
  private keys = new Int32Array(1 << 14).fill(-1);
  private cover = new Uint32Array(1 << 14);
  private minPos = new Uint32Array(1 << 14);
  private maxPos = new Uint32Array(1 << 14);
  private used: number[] = [];

  reset(): void {
    for (const slot of this.used) this.keys[slot] = -1;
    this.used = [];
  }

  /** A vote for a quote start near `start` (the gram's words at [first, last]) covering `mask`. */
  add(start: number, first: number, last: number, mask: number): void {
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
  clusters(quote: ParsedQuote, counts: Uint32Array, totalWords: number): Cluster[] {
    const m = quote.words.length;
    const total = Math.max(2, totalWords);
    const bitWeight = new Float64Array(32);
    for (let i = 0; i < m; i++) {
      const id = quote.ids[i]!;
      bitWeight[bitOf(i, m)]! += Math.log(1 + total / Math.max(1, id >= 0 ? counts[id]! : 1));
    }
    // Worth of each byte of a mask, by byte position: a mask is worth four lookups.
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
