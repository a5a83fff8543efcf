import { isSpeechVerb } from "./lexicon/speech-verbs.js";
import { BREAK, PUNCT, QUOTE, type Token, WORD } from "./tokens.js";

/**
 * A quotation interrupted by its attribution is one quotation with several parts:
 * `"We will," Kirby said, "keep them informed."`. Two quoted parts in the same
 * paragraph are one quotation when the words between them are a short attribution
 * clause (a cue verb, no sentence end) that leads into the second part with a
 * comma or a dash. `"A," he said. "B."` stays two quotations: the period makes
 * the second a sentence of its own.
 */

/** Longest interrupting clause: `Kirby, the White House national security spokesman, said`. */
const MAX_INTERRUPTER = 20;

export interface SplitCandidate {
  regions: { start: number; end: number }[];
  spans: { start: number; end: number }[];
  unclosed: boolean;
  /** Interview turns are never merged. */
  turn: unknown;
}

/** Whether the tokens strictly between `from` and `to` are an attribution that interrupts a quotation. */
export function isInterrupter(tokens: readonly Token[], from: number, to: number): boolean {
  const count = to - from - 1;
  if (count < 1 || count > MAX_INTERRUPTER) return false;
  const last = tokens[to - 1]!;
  if (last.kind !== PUNCT || (last.lower !== "," && last.lower !== "—")) return false;
  let cue = false;
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind === BREAK || t.kind === QUOTE) return false;
    if (
      t.kind === PUNCT &&
      (t.lower === "." || t.lower === "?" || t.lower === "!" || t.lower === ";")
    )
      return false;
    if (
      t.kind === WORD &&
      (isSpeechVerb(t.lower) || (t.lower === "according" && tokens[k + 1]?.lower === "to"))
    )
      cue = true;
  }
  return cue;
}

/**
 * Merges split quotations in place: returns, for every candidate, the index of the
 * candidate it was merged into (itself when it stands alone). Quote tokens are
 * renumbered to their merged quotation and part.
 */
export function mergeSplits(candidates: SplitCandidate[], tokens: Token[]): number[] {
  const target = candidates.map((_, i) => i);
  const firstToken = new Map<number, number>();
  const lastToken = new Map<number, number>();
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== QUOTE) continue;
    if (!firstToken.has(t.quote)) firstToken.set(t.quote, k);
    lastToken.set(t.quote, k);
  }
  let current = -1;
  for (let i = 0; i < candidates.length; i++) {
    const candidate = candidates[i]!;
    if (candidate.turn) {
      current = -1;
      continue;
    }
    if (current >= 0) {
      const head = candidates[current]!;
      const from = lastToken.get(current);
      const to = firstToken.get(i);
      if (
        from !== undefined &&
        to !== undefined &&
        !head.unclosed &&
        to > from &&
        tokens[from]!.paragraph === tokens[to]!.paragraph &&
        isInterrupter(tokens, from, to)
      ) {
        const offset = head.regions.length;
        for (const region of candidate.regions) head.regions.push(region);
        for (const span of candidate.spans) head.spans.push(span);
        head.unclosed = candidate.unclosed;
        for (let k = to; k <= lastToken.get(i)!; k++) {
          const t = tokens[k]!;
          if (t.kind === QUOTE && t.quote === i) {
            t.quote = current;
            t.part += offset;
          }
        }
        lastToken.set(current, lastToken.get(i)!);
        target[i] = current;
        continue;
      }
    }
    current = i;
  }
  return target;
}
