import { similarity } from "../../text/distance.js";
import { freeSkips } from "./free-skips.js";
import { GAP, type ParsedQuote } from "./parse-quote.js";

/** Two different words count as the same word (a typo, a variant spelling) from this similarity. */
export const NEAR_WORD = 0.8;

export interface Alignment {
  /** Quote words found (exactly or nearly), minus record words the quote silently leaves out. */
  total: number;
  /** Quote words aligned to an identical or near-identical record word. */
  matched: number;
  /** Window indices of the first and last record words aligned with credit (-1 when none). */
  first: number;
  last: number;
  /** Window indices of the credited record words, in order (for the specificity estimate). */
  pairs: number[];
}

const START = 0;
const DIAGONAL = 1;
const UP = 2;
const LEFT = 3;
const SPLIT = 4; // one quote word = two record words (`healthcare` / `health care`)
const JOIN = 5; // two quote words = one record word
const BRACKET = 6; // record words replaced by the quote's bracketed words

/** Record words a bracket may stand for (`[Biden]` for `the President`); more cost as usual. */
export const BRACKET_SPAN = 4;
/**
 * Cost of a record word skipped for free (at an ellipsis, a false start): tiny, so that
 * of two equally good alignments the tighter passage wins. The reported score counts
 * such skips as free.
 */
const EPSILON = 1e-6;
/**
 * Bonus per aligned word, for the same purpose the other way round: when including a
 * quoted word costs exactly what it earns (`the [country] down`), the passage includes it.
 */
const MATCH_BONUS = 1e-4;

/** Reusable DP buffers (one per store: no global state, no allocation per query). */
export class Aligner {
  private score = new Float64Array(4096);
  private back = new Uint8Array(4096);
  private jump = new Uint8Array(4096);
  private readonly near = new Map<string, number>();

  /**
   * Best alignment of the whole quote against a span of a record (semi-global: record
   * words outside the passage are free). Credits: 1 per identical word, the similarity
   * for a near-identical word (≥ NEAR_WORD), 1 per word of a split or joined compound.
   * Penalty: 1 per record word inside the passage that the quote leaves out, except at an
   * ellipsis (any number), behind a bracket (up to BRACKET_SPAN words), and false starts,
   * cut-off words and fillers.
   */
  /** Forgets the word similarities cached for the previous query. */
  reset(): void {
    this.near.clear();
  }

  align(quote: ParsedQuote, record: ArrayLike<number>, words: readonly string[]): Alignment {
    const m = quote.words.length;
    const n = record.length;
    const width = n + 1;
    const size = (m + 1) * width;
    if (this.score.length < size) {
      this.score = new Float64Array(size * 2);
      this.back = new Uint8Array(size * 2);
      this.jump = new Uint8Array(size * 2);
    }
    const H = this.score;
    const B = this.back;
    const J = this.jump;
    const free = freeSkips(record, words);
    const rw: string[] = new Array(n);
    const rlen = new Int32Array(n);
    for (let j = 0; j < n; j++) {
      rw[j] = words[record[j]!]!;
      rlen[j] = rw[j]!.length;
    }
    for (let j = 0; j <= n; j++) {
      H[j] = 0;
      B[j] = START;
    }
    let best = 0;
    let bestCell = 0;
    let bestRow = 0;
    for (let i = 1; i <= m; i++) {
      const row = i * width;
      const prev = row - width;
      const qid = quote.ids[i - 1]!;
      const qw = quote.words[i - 1]!;
      const qlen = qw.length;
      // Only words of four letters or more, not numbers, can be near-identical.
      const fuzzy = qlen >= 4 && !isDigit(qw.charCodeAt(0));
      const before = i >= 2 ? quote.words[i - 2]! : "";
      const gap = i < m ? quote.gapBefore[i]! : GAP.none;
      const skipCost = gap === GAP.ellipsis ? EPSILON : 1;
      H[row] = 0;
      B[row] = START;
      for (let j = 1; j <= n; j++) {
        let value = 0;
        let move = START;
        const rid = record[j - 1]!;
        const credit =
          qid >= 0 && qid === rid
            ? 1
            : fuzzy && rlen[j - 1]! >= 4
              ? this.nearCredit(qw, rw[j - 1]!)
              : 0;
        const diagonal = H[prev + j - 1]! + (credit > 0 ? credit + MATCH_BONUS : 0);
        if (credit > 0 && diagonal > value) {
          value = diagonal;
          move = DIAGONAL;
        }
        const up = H[prev + j]!;
        if (up > value) {
          value = up;
          move = UP;
        }
        const left = H[row + j - 1]! - (free[j - 1] ? EPSILON : skipCost);
        if (left > value) {
          value = left;
          move = LEFT;
        }
        if (gap === GAP.bracket) {
          // Up to BRACKET_SPAN record words stand behind the bracket, once per bracket.
          for (let k = 1; k <= BRACKET_SPAN && k < j; k++) {
            const from = B[row + j - k]!;
            if (from === LEFT || from === BRACKET) continue;
            const jumped = H[row + j - k]! - k * EPSILON;
            if (jumped > value) {
              value = jumped;
              move = BRACKET;
              J[row + j] = k;
            }
          }
        }
        if (credit === 0 && diagonal > value) {
          // A substitution: aligned, no credit, no penalty.
          value = diagonal;
          move = DIAGONAL;
        }
        if (j >= 2 && qlen === rlen[j - 2]! + rlen[j - 1]! && qw === rw[j - 2]! + rw[j - 1]!) {
          const split = H[prev + j - 2]! + 1 + MATCH_BONUS;
          if (split >= value) {
            value = split;
            move = SPLIT;
          }
        }
        if (i >= 2 && before.length + qlen === rlen[j - 1]! && before + qw === rw[j - 1]!) {
          const join = H[prev - width + j - 1]! + 2 + 2 * MATCH_BONUS;
          if (join >= value) {
            value = join;
            move = JOIN;
          }
        }
        H[row + j] = value;
        B[row + j] = move;
        // At equal scores, prefer the alignment that accounts for more of the quote: the
        // passage then reaches the last quoted word (`the G7 has stood … with Ukraine`).
        if (
          value > best ||
          (value === best &&
            value > 0 &&
            i > bestRow &&
            move !== LEFT &&
            move !== UP &&
            (move !== DIAGONAL || credit > 0))
        ) {
          best = value;
          bestCell = row + j;
          bestRow = i;
        }
      }
    }
    return this.trace(quote, record, words, free, bestCell, width);
  }

  /** Follows the moves back from `cell`, counting the score exactly (free skips cost 0). */
  private trace(
    quote: ParsedQuote,
    record: ArrayLike<number>,
    words: readonly string[],
    free: Uint8Array,
    cell: number,
    width: number,
  ): Alignment {
    const pairs: number[] = [];
    const m = quote.words.length;
    let matched = 0;
    let total = 0;
    let i = Math.floor(cell / width);
    let j = cell % width;
    while (i > 0 && j > 0) {
      const move = this.back[i * width + j]!;
      if (move === START) break;
      if (move === DIAGONAL) {
        const qid = quote.ids[i - 1]!;
        const rid = record[j - 1]!;
        const credit =
          qid >= 0 && qid === rid ? 1 : this.nearCredit(quote.words[i - 1]!, words[rid]!);
        if (credit > 0) {
          matched++;
          total += credit;
          pairs.push(j - 1);
        }
        i--;
        j--;
      } else if (move === UP) {
        i--;
      } else if (move === LEFT) {
        const gap = i < m ? quote.gapBefore[i] : GAP.none;
        if (!free[j - 1] && gap !== GAP.ellipsis) total -= 1;
        j--;
      } else if (move === BRACKET) {
        j -= this.jump[i * width + j]!;
      } else if (move === SPLIT) {
        matched++;
        total += 1;
        pairs.push(j - 1, j - 2);
        i--;
        j -= 2;
      } else {
        matched += 2;
        total += 2;
        pairs.push(j - 1);
        i -= 2;
        j--;
      }
    }
    pairs.reverse();
    return {
      total,
      matched,
      first: pairs.length > 0 ? pairs[0]! : -1,
      last: pairs.length > 0 ? pairs[pairs.length - 1]! : -1,
      pairs,
    };
  }

  /** Similarity credit for two different words, cached per query; 0 below NEAR_WORD. */
  private nearCredit(a: string, b: string): number {
    if (a.length < 4 || b.length < 4 || a === b) return 0;
    const longer = Math.max(a.length, b.length);
    const diff = Math.abs(a.length - b.length);
    if (diff > longer * (1 - NEAR_WORD)) return 0;
    if (
      a.charCodeAt(0) !== b.charCodeAt(0) &&
      a.charCodeAt(a.length - 1) !== b.charCodeAt(b.length - 1)
    )
      return 0;
    // Numbers are facts: `2023` is not a typo of `2024`.
    if (isDigit(a.charCodeAt(0)) || isDigit(b.charCodeAt(0))) return 0;
    const key = `${a} ${b}`;
    let credit = this.near.get(key);
    if (credit === undefined) {
      const s = similarity(a, b);
      credit = s >= NEAR_WORD ? s : 0;
      this.near.set(key, credit);
    }
    return credit;
  }
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
