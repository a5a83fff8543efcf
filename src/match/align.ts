import { AlignScratch } from "./align-scratch.js";
import {
  BRACKET,
  COMPOUND_Q1S2,
  COMPOUND_Q2S1,
  CONTRACTION_1_1,
  CONTRACTION_Q1S2,
  CONTRACTION_Q2S1,
  DC,
  DN,
  E,
  I,
  INSERT_BRACKET,
  INSERT_WORD,
  M,
  MISMATCH_Q1S2,
  MISMATCH_Q2S1,
  ONE_TO_ONE,
  STATES,
} from "./align-states.js";
import { joinsTo, relate, type StemCache } from "./compare.js";
import { COST, OMIT, relationCost } from "./costs.js";
import { traceBack } from "./trace-back.js";
import type { Alignment, MatchWord, ParsedQuote, QuoteWord, SourceWord } from "./types.js";

/** `can't` / `cannot`: a contraction spelled out as one word. */
function contractedOne(a: MatchWord, b: MatchWord): boolean {
  return a.expansions?.some((f) => f.length === 1 && f[0] === b.norm) ?? false;
}

/** `we're` / `we are`: `whole` spells out as `first second`. */
function contractedTwo(whole: MatchWord, first: MatchWord, second: MatchWord): boolean {
  return (
    whole.expansions?.some((f) => f.length === 2 && f[0] === first.norm && f[1] === second.norm) ??
    false
  );
}

/**
 * Aligns a quote to source words: every quote unit is placed (globally) while the
 * source may start and end anywhere (locally), so a quote that is a fragment of a
 * longer statement aligns with no cost. Inside the quote, source words may be left
 * out (costing by their class: a stutter almost nothing, content about a word each,
 * with a long omission cheaper per word than many short ones), for free at an ellipsis;
 * bracket groups stand for any few source words. Undefined when the quote has no units.
 */
export function align(
  quote: ParsedQuote,
  source: readonly SourceWord[],
  stems: StemCache,
  scratch: AlignScratch = new AlignScratch(),
): Alignment | undefined {
  const units = quote.units;
  const m = units.length;
  const n = source.length;
  if (m === 0) return undefined;
  const width = n + 1;
  const size = (m + 1) * width;
  const { cost, move, prev, best, bestState } = scratch.tables(size);
  for (let j = 0; j <= n; j++) {
    cost[M]![j] = 0;
    best[j] = 0;
    bestState[j] = M;
  }

  const cM = cost[M]!;
  const cI = cost[I]!;
  const cDC = cost[DC]!;
  const cDN = cost[DN]!;
  const cE = cost[E]!;

  const setM = (at: number, value: number, mv: number, from: number) => {
    if (value < cM[at]!) {
      cM[at] = value;
      move[M]![at] = mv;
      prev[M]![at] = bestState[from]!;
    }
  };

  for (let i = 1; i <= m; i++) {
    const unit = units[i - 1]!;
    const row = i * width;
    const up = (i - 1) * width;
    const ellipsisHere = quote.ellipsisAfter.has(i - 1);
    const previousUnit = i >= 2 ? units[i - 2] : undefined;
    const pairWithPrevious =
      unit.type === "word" && previousUnit?.type === "word" && !quote.ellipsisAfter.has(i - 2);
    for (let j = 0; j <= n; j++) {
      const at = row + j;
      if (unit.type === "word") {
        const q = unit.word;
        if (j >= 1) {
          const s = source[j - 1]!;
          const relation = relate(q, s, stems);
          if (
            relation !== "exact" &&
            relation !== "typography" &&
            (contractedOne(q, s) || contractedOne(s, q))
          ) {
            setM(at, best[up + j - 1]! + COST.contraction, CONTRACTION_1_1, up + j - 1);
          } else {
            setM(at, best[up + j - 1]! + relationCost(relation), ONE_TO_ONE, up + j - 1);
          }
          if (pairWithPrevious) {
            const q0 = (previousUnit as { word: QuoteWord }).word;
            const from = (i - 2) * width + j - 1;
            if (joinsTo(s, q0, q)) setM(at, best[from]! + COST.compound, COMPOUND_Q2S1, from);
            else if (contractedTwo(s, q0, q))
              setM(at, best[from]! + COST.contraction, CONTRACTION_Q2S1, from);
            else if (s.contractionBase !== undefined && s.contractionBase === q0.norm)
              setM(at, best[from]! + COST.contractionMismatch, MISMATCH_Q2S1, from);
          }
        }
        if (j >= 2) {
          const s0 = source[j - 2]!;
          const s1 = source[j - 1]!;
          const from = up + j - 2;
          if (joinsTo(q, s0, s1)) setM(at, best[from]! + COST.compound, COMPOUND_Q1S2, from);
          else if (contractedTwo(q, s0, s1))
            setM(at, best[from]! + COST.contraction, CONTRACTION_Q1S2, from);
          else if (q.contractionBase !== undefined && q.contractionBase === s0.norm)
            setM(at, best[from]! + COST.contractionMismatch, MISMATCH_Q1S2, from);
        }
        const inserted = best[up + j]! + COST.insert;
        if (inserted < cI[at]!) {
          cI[at] = inserted;
          move[I]![at] = INSERT_WORD;
          prev[I]![at] = bestState[up + j]!;
        }
      } else {
        const maxK = Math.min(COST.bracketMaxWords, j);
        for (let k = 1; k <= maxK; k++) {
          const from = up + j - k;
          setM(at, best[from]! + COST.bracketBase + COST.bracketPerWord * k, BRACKET + k, from);
        }
        const inserted = best[up + j]! + COST.bracketInsert;
        if (inserted < cI[at]!) {
          cI[at] = inserted;
          move[I]![at] = INSERT_BRACKET;
          prev[I]![at] = bestState[up + j]!;
        }
      }
      if (j >= 1) {
        const left = at - 1;
        const s = source[j - 1]!;
        // Best way to be at (i, j-1) other than inside a content omission.
        let open = cM[left]!;
        let openState = M;
        if (cI[left]! < open) {
          open = cI[left]!;
          openState = I;
        }
        if (cDN[left]! < open) {
          open = cDN[left]!;
          openState = DN;
        }
        if (cE[left]! < open) {
          open = cE[left]!;
          openState = E;
        }
        if (s.class === "content") {
          const opened = open + COST.omitOpen;
          const extended = cDC[left]! + COST.omitExtend;
          if (extended <= opened) {
            cDC[at] = extended;
            prev[DC]![at] = DC;
          } else {
            cDC[at] = opened;
            prev[DC]![at] = openState;
          }
        } else {
          const c = OMIT[s.class];
          cDN[at] = open + c;
          prev[DN]![at] = openState;
          cDC[at] = cDC[left]! + Math.min(c, COST.omitExtend);
          prev[DC]![at] = DC;
        }
        if (ellipsisHere) {
          const skipped = Math.min(open, cDC[left]!);
          cE[at] = skipped;
          prev[E]![at] = skipped === open ? openState : DC;
        }
      }
      let b = cM[at]!;
      let bs = M;
      for (let s = 1; s < STATES; s++) {
        if (cost[s]![at]! < b) {
          b = cost[s]![at]!;
          bs = s;
        }
      }
      best[at] = b;
      bestState[at] = bs;
    }
  }

  let endJ = 0;
  const last = m * width;
  for (let j = 1; j <= n; j++) if (best[last + j]! < best[last + endJ]!) endJ = j;
  return traceBack(quote, source, stems, { cost, move, prev, width, best, bestState }, m, endJ);
}

export { AlignScratch };
