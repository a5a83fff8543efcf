import { isSpeechVerb } from "./lexicon/speech-verbs.js";
import { BREAK, PUNCT, QUOTE, type Token, WORD } from "./tokens.js";

/**
 * A quotation interrupted by its attribution is one quotation with several parts:
 * `"We will," Kirby said, "keep them informed."`, and also `"We will," Kirby said.
 * "We always have."`, where the speaker goes on after the tagline sentence. Two
 * quoted parts in the same paragraph are one quotation when the words between them
 * are only a short attribution clause: a cue verb near its start, no sentence end
 * inside, and a comma, dash or period before the second part. After a period the
 * second part must not have a tagline of its own (`"Ready?" she asked. "Yes," he
 * said.` is two quotations), and a question before it is a turn in a dialogue.
 */

/** Longest interrupting clause: `Kirby, the White House national security spokesman, said`. */
const MAX_INTERRUPTER = 30;
/** Longest clause when it starts with its cue (`said Jens Nowak, spokesman for …,`). */
const MAX_INVERTED_INTERRUPTER = 60;
/** The cue stands among the first words of the clause: `she says eventually, still stirring.` */
const MAX_CUE_OFFSET = 16;
/** A tagline after the second part starts within this many words of it. */
const MAX_OWN_TAGLINE = 6;

export interface SplitCandidate {
  regions: { start: number; end: number }[];
  spans: { start: number; end: number }[];
  unclosed: boolean;
  /** Interview turns are never merged. */
  turn: unknown;
}

function isEnd(t: Token): boolean {
  return t.kind === PUNCT && (t.lower === "." || t.lower === "?" || t.lower === "!");
}

function isCue(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  return (
    t.kind === WORD &&
    (isSpeechVerb(t.lower) || (t.lower === "according" && tokens[k + 1]?.lower === "to"))
  );
}

/**
 * How the tokens strictly between `from` and `to` join two quoted parts: "," for a
 * clause that interrupts a sentence, "." for a tagline sentence, or "" when they are
 * not an attribution clause.
 */
export function interrupterKind(
  tokens: readonly Token[],
  from: number,
  to: number,
): "," | "." | "" {
  const count = to - from - 1;
  // An inverted tagline may carry a long apposition: `„…“, said Jens Nowak, spokesman
  // for the …, which is responsible for …, „…“`.
  const lead = tokens[from + 1]?.kind === PUNCT ? from + 2 : from + 1;
  const inverted = count > 0 && lead < to && isCue(tokens, lead);
  if (count < 1 || count > (inverted ? MAX_INVERTED_INTERRUPTER : MAX_INTERRUPTER)) return "";
  const last = tokens[to - 1]!;
  const comma = last.kind === PUNCT && (last.lower === "," || last.lower === "—");
  const period = last.kind === PUNCT && last.lower === ".";
  if (!comma && !period) return "";
  let cueAt = -1;
  for (let k = from + 1; k < to - 1; k++) {
    const t = tokens[k]!;
    if (t.kind === BREAK || t.kind === QUOTE || isEnd(t)) return "";
    if (t.kind === PUNCT && t.lower === ";") return "";
    // `pointing to data showing …`: a participle has no speaker of its own.
    if (cueAt < 0 && isCue(tokens, k) && !tokens[k]!.lower.endsWith("ing")) cueAt = k;
  }
  if (cueAt < 0 || cueAt - from > MAX_CUE_OFFSET) return "";
  return comma ? "," : ".";
}

/**
 * Whether a tagline follows the quoted part at token `q`: `…," he said` in the same
 * sentence, or a short sentence of its own (`…." Kirby said.`). A longer sentence
 * that merely contains a cue (`Mr Pemberton said the dispute could…`) is not one.
 */
function hasOwnTagline(tokens: readonly Token[], q: number): boolean {
  const self = tokens[q]!;
  for (let k = q + 1; k < tokens.length && k <= q + MAX_OWN_TAGLINE; k++) {
    const t = tokens[k]!;
    if (t.paragraph !== self.paragraph || t.kind === QUOTE || isEnd(t)) return false;
    if (!isCue(tokens, k)) continue;
    if (t.sentence === self.sentence) return true;
    for (let j = k + 1; j < tokens.length && j <= k + 4; j++) {
      const u = tokens[j]!;
      if (u.kind === QUOTE || u.kind === BREAK) return false;
      if (isEnd(u)) return true;
    }
    return false;
  }
  return false;
}

/** Whether the quoted part at token `q` ends with a question mark (`"Ready?"`). */
function endsWithQuestion(text: string, token: Token): boolean {
  for (let i = token.end - 1; i > token.start && i > token.end - 4; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x3f) return true;
    if (c === 0x2e || c === 0x21 || c === 0x2c) return false;
  }
  return false;
}

/**
 * Merges split quotations in place: returns, for every candidate, the index of the
 * candidate it was merged into (itself when it stands alone). Quote tokens are
 * renumbered to their merged quotation and part.
 */
export function mergeSplits(text: string, candidates: SplitCandidate[], tokens: Token[]): number[] {
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
        joins(text, tokens, from, to, lastToken.get(i)!)
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

function joins(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  end: number,
): boolean {
  const kind = interrupterKind(tokens, from, to);
  if (kind === ",") return true;
  if (kind !== ".") return false;
  return !endsWithQuestion(text, tokens[from]!) && !hasOwnTagline(tokens, end);
}
