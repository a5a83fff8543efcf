import { trigramHash } from "../index/hash.js";
import type { Postings } from "../index/word-index.js";

/**
 * Places checked at most to count exactly (a trigram's list, or a single word's, whose
 * every place must have its neighbours checked); past it, the list's length is the
 * estimate (an upper bound: the match looks commoner, never rarer).
 */
const EXACT_TRIGRAM = 50_000;
const EXACT_WORD = 5_000;
/** How far (in words) a stretch may move relative to its neighbour in another place. */
const MAX_SLACK = 6;
/**
 * Stretches further apart than this (an ellipsis) are counted separately; the match
 * cannot be in more places than its least common part.
 */
const APART = 12;

interface Run {
  /** Global position of the run's first word, and its length. */
  first: number;
  length: number;
  /** Record words between the previous run and this one. */
  gap: number;
}

/** Whether the words of `run` stand at `at`. */
function holds(tokens: Uint32Array, at: number, run: Run): boolean {
  if (at < 0) return false;
  for (let i = 0; i < run.length; i++) if (tokens[at + i] !== tokens[run.first + i]) return false;
  return true;
}

/**
 * Whether every run stands around `at` (where run `anchor` is found) in order, each
 * within a few words of its gap here: the same words in the same order, whatever the
 * speaker's false starts in between.
 */
function holdsAll(tokens: Uint32Array, runs: readonly Run[], anchor: number, at: number): boolean {
  if (!holds(tokens, at, runs[anchor]!)) return false;
  let end = at + runs[anchor]!.length;
  for (let r = anchor + 1; r < runs.length; r++) {
    const run = runs[r]!;
    const slack = Math.min(MAX_SLACK, Math.max(2, run.gap));
    let found = -1;
    for (let d = 0; d <= 2 * slack && found < 0; d++) {
      // Nearest first: run.gap, then one either side, and so on.
      const offset = run.gap + (d % 2 === 0 ? d / 2 : -(d + 1) / 2);
      if (offset >= 0 && holds(tokens, end + offset, run)) found = end + offset;
    }
    if (found < 0) return false;
    end = found + run.length;
  }
  let start = at;
  for (let r = anchor - 1; r >= 0; r--) {
    const run = runs[r]!;
    const gap = runs[r + 1]!.gap;
    const slack = Math.min(MAX_SLACK, Math.max(2, gap));
    let found = -1;
    for (let d = 0; d <= 2 * slack && found < 0; d++) {
      const offset = gap + (d % 2 === 0 ? d / 2 : -(d + 1) / 2);
      const candidate = start - offset - run.length;
      if (offset >= 0 && holds(tokens, candidate, run)) found = candidate;
    }
    if (found < 0) return false;
    start = found;
  }
  return true;
}

/**
 * How unlikely the matched words are to stand together anywhere else in the store:
 * `1 / (1 + E)`, E the number of other places holding the same words in the same order
 * (each stretch of consecutive matched words within a few words of where it is here).
 * Counted, not modelled: the rarest trigram (or word) of the match lists every place it
 * could be, and each is checked. 1: no other place; 0.5: one other; near 0: boilerplate
 * (`thank you very much`, `I'm not going to get ahead of the President`).
 *
 * @param positions global positions of the matched record words, ascending
 */
export function specificity(
  positions: readonly number[],
  tokens: Uint32Array,
  counts: Uint32Array,
  postings: Postings,
): number {
  if (positions.length === 0) return 0;
  const groups: Run[][] = [[]];
  for (let k = 0; k < positions.length; k++) {
    const p = positions[k]!;
    let runs = groups[groups.length - 1]!;
    const last = runs[runs.length - 1];
    if (last && p === last.first + last.length) {
      last.length++;
      continue;
    }
    const gap = last ? p - (last.first + last.length) : 0;
    if (gap > APART) {
      runs = [];
      groups.push(runs);
    }
    runs.push({ first: p, length: 1, gap: runs.length > 0 ? gap : 0 });
  }
  let places = Number.POSITIVE_INFINITY;
  for (const runs of groups) {
    places = Math.min(places, count(runs, tokens, counts, postings));
    if (places <= 1) break;
  }
  // This place is one of them.
  return 1 / Math.max(1, places);
}

/** Places holding the runs' words in order (this one included). */
function count(
  runs: readonly Run[],
  tokens: Uint32Array,
  counts: Uint32Array,
  postings: Postings,
): number {
  // The anchor: the rarest trigram inside a run, else the rarest single word.
  let anchor = -1;
  let shift = 0;
  let from = 0;
  let to = 0;
  let list: Uint32Array = postings.triPositions;
  let size = Number.POSITIVE_INFINITY;
  runs.forEach((run, r) => {
    for (let q = run.first; q + 3 <= run.first + run.length; q++) {
      const b = trigramHash(tokens[q]!, tokens[q + 1]!, tokens[q + 2]!) & postings.triMask;
      const s = postings.triOffsets[b + 1]! - postings.triOffsets[b]!;
      if (s < size) {
        [anchor, shift, size, from, to, list] = [
          r,
          q - run.first,
          s,
          postings.triOffsets[b]!,
          postings.triOffsets[b + 1]!,
          postings.triPositions,
        ];
      }
    }
  });
  let limit = EXACT_TRIGRAM;
  if (anchor < 0) {
    limit = EXACT_WORD;
    runs.forEach((run, r) => {
      for (let q = run.first; q < run.first + run.length; q++) {
        const id = tokens[q]!;
        if (counts[id]! < size) {
          [anchor, shift, size, from, to, list] = [
            r,
            q - run.first,
            counts[id]!,
            postings.uniOffsets[id]!,
            postings.uniOffsets[id + 1]!,
            postings.uniPositions,
          ];
        }
      }
    });
  }
  if (size > limit) return size;
  let found = 0;
  for (let k = from; k < to; k++) if (holdsAll(tokens, runs, anchor, list[k]! - shift)) found++;
  return found;
}
