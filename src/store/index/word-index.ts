import { GrowableU16, GrowableU32 } from "./growable.js";
import { powerOfTwoAtLeast, trigramHash } from "./hash.js";
import { indexStatementWords } from "./statement-words.js";
import { Vocabulary } from "./vocabulary.js";

/**
 * Inverted lists over word positions, in compact typed arrays (one Map of strings for
 * the vocabulary only): a 13 M-word store takes a few hundred MB instead of gigabytes.
 * Positions are global: statement k owns positions [statementStart[k], statementStart[k+1]).
 */
export interface Postings {
  /** Word id → its positions: `uniPositions[uniOffsets[id] .. uniOffsets[id + 1])`, ascending. */
  uniOffsets: Uint32Array;
  uniPositions: Uint32Array;
  /** Trigram bucket → start positions of the trigrams hashed there (check the words: buckets are shared). */
  triMask: number;
  triOffsets: Uint32Array;
  triPositions: Uint32Array;
}

/** The words of every statement, where they stand in its text, and the postings over them. */
export class WordIndex {
  readonly vocab: Vocabulary;
  /** Word id at each global position. */
  readonly tokens: GrowableU32;
  /** Start of each word in its statement's text (UTF-16). */
  readonly wordStart: GrowableU32;
  /** Length of each word in its statement's text (UTF-16, capped at 65535). */
  readonly wordLength: GrowableU16;
  /** First global position of each statement. */
  readonly statementStart: GrowableU32;
  private postings: Postings | undefined;

  constructor(parts?: {
    vocab: Vocabulary;
    tokens: Uint32Array;
    wordStart: Uint32Array;
    wordLength: Uint16Array;
    statementStart: Uint32Array;
    postings: Postings;
  }) {
    this.vocab = parts?.vocab ?? new Vocabulary();
    this.tokens = parts ? GrowableU32.from(parts.tokens) : new GrowableU32(1 << 16);
    this.wordStart = parts ? GrowableU32.from(parts.wordStart) : new GrowableU32(1 << 16);
    this.wordLength = parts ? GrowableU16.from(parts.wordLength) : new GrowableU16(1 << 16);
    this.statementStart = parts ? GrowableU32.from(parts.statementStart) : new GrowableU32(1024);
    this.postings = parts?.postings;
  }

  get statementCount(): number {
    return this.statementStart.length;
  }

  get wordCount(): number {
    return this.tokens.length;
  }

  /** Global positions [start, end) of statement `k`. */
  statementRange(k: number): [number, number] {
    const start = this.statementStart.array[k]!;
    const end =
      k + 1 < this.statementStart.length ? this.statementStart.array[k + 1]! : this.tokens.length;
    return [start, end];
  }

  /** The statement holding global position `p` (binary search). */
  statementAt(p: number): number {
    const starts = this.statementStart.array;
    let lo = 0;
    let hi = this.statementStart.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid]! <= p) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Makes room for about `words` more words (saves the copies of growing step by step). */
  reserve(words: number): void {
    const total = this.tokens.length + Math.ceil(words);
    this.tokens.reserve(total);
    this.wordStart.reserve(total);
    this.wordLength.reserve(total);
  }

  /** Appends a statement's words; the postings are rebuilt on the next lookup. */
  addStatement(text: string): void {
    this.statementStart.push(this.tokens.length);
    const { tokens, wordStart, wordLength } = this;
    indexStatementWords(text, this.vocab, (id, start, end) => {
      tokens.push(id);
      wordStart.push(start);
      wordLength.push(Math.min(0xffff, end - start));
    });
    this.postings = undefined;
  }

  /** The postings, built now when statements were added since the last build. */
  lookup(): Postings {
    this.postings ??= buildPostings(this);
    return this.postings;
  }

  /** Whether the postings are built (a saved store must have them). */
  get built(): boolean {
    return this.postings !== undefined;
  }
}

/** Word id → positions, by counting sort (also how a loaded store gets them back). */
export function buildWordLists(
  tokens: Uint32Array,
  counts: Uint32Array,
  vocabSize: number,
): { uniOffsets: Uint32Array; uniPositions: Uint32Array } {
  const uniOffsets = new Uint32Array(vocabSize + 1);
  for (let id = 0; id < vocabSize; id++) uniOffsets[id + 1] = uniOffsets[id]! + counts[id]!;
  const uniPositions = new Uint32Array(tokens.length);
  const cursor = uniOffsets.slice(0, vocabSize);
  for (let p = 0; p < tokens.length; p++) uniPositions[cursor[tokens[p]!]!++] = p;
  return { uniOffsets, uniPositions };
}

function buildPostings(index: WordIndex): Postings {
  const n = index.tokens.length;
  const t = index.tokens.array;
  const vocabSize = index.vocab.size;
  const counts = index.vocab.counts.array;

  const { uniOffsets, uniPositions } = buildWordLists(t.subarray(0, n), counts, vocabSize);

  // About eight positions a bucket: the table stays small enough for the caches while
  // building, and a lookup checks a few more positions (the words are compared anyway).
  const triBuckets = powerOfTwoAtLeast(n / 8);
  const triMask = triBuckets - 1;
  // 1 + the bucket of the trigram starting at each position; 0 where it would cross a
  // statement end (small values: see index/hash.ts).
  const buckets = new Int32Array(n);
  const triOffsets = new Uint32Array(triBuckets + 1);
  const starts = index.statementStart.array;
  const statements = index.statementStart.length;
  for (let k = 0; k < statements; k++) {
    const start = starts[k]!;
    const end = k + 1 < statements ? starts[k + 1]! : n;
    for (let p = start; p < end; p++) {
      if (p + 2 < end) {
        const b = trigramHash(t[p]!, t[p + 1]!, t[p + 2]!) & triMask;
        buckets[p] = b + 1;
        triOffsets[b + 1]!++;
      }
    }
  }
  for (let b = 0; b < triBuckets; b++) triOffsets[b + 1]! += triOffsets[b]!;
  const triPositions = new Uint32Array(triOffsets[triBuckets]!);
  const fill = triOffsets.slice(0, triBuckets);
  for (let p = 0; p < n; p++) {
    const b = buckets[p]!;
    if (b !== 0) triPositions[fill[b - 1]!++] = p;
  }
  return { uniOffsets, uniPositions, triMask, triOffsets, triPositions };
}
