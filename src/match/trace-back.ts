import {
  BRACKET,
  COMPOUND_Q1S2,
  COMPOUND_Q2S1,
  CONTRACTION_1_1,
  CONTRACTION_Q1S2,
  E,
  I,
  INSERT_BRACKET,
  M,
  MISMATCH_Q1S2,
  MISMATCH_Q2S1,
  ONE_TO_ONE,
} from "./align-states.js";
import { relate, type StemCache } from "./compare.js";
import type { Alignment, AlignStep, ParsedQuote, SourceWord } from "./types.js";

export interface Tables {
  cost: Float64Array[];
  move: Uint8Array[];
  prev: Uint8Array[];
  width: number;
  best: Float64Array;
  bestState: Uint8Array;
}

/** Reads the alignment back from the filled tables, from the best end cell to row 0. */
export function traceBack(
  quote: ParsedQuote,
  source: readonly SourceWord[],
  stems: StemCache,
  t: Tables,
  m: number,
  endJ: number,
): Alignment {
  const steps: AlignStep[] = [];
  let i = m;
  let j = endJ;
  let state = t.bestState[i * t.width + j]!;
  const total = t.best[i * t.width + j]!;
  while (i > 0) {
    const at = i * t.width + j;
    const here = t.cost[state]![at]!;
    const mv = t.move[state]![at]!;
    const from = t.prev[state]![at]!;
    let ni = i;
    let nj = j;
    let step: AlignStep;
    if (state === M) {
      if (mv >= BRACKET) {
        const k = mv - BRACKET;
        step = { op: "bracket", q: i - 1, qn: 1, s: j - k, sn: k, cost: 0 };
        ni = i - 1;
        nj = j - k;
      } else if (mv === ONE_TO_ONE || mv === CONTRACTION_1_1) {
        const unit = quote.units[i - 1]!;
        const relation =
          unit.type === "word" ? relate(unit.word, source[j - 1]!, stems) : "different";
        const op =
          mv === CONTRACTION_1_1
            ? "contraction"
            : relation === "exact" || relation === "typography"
              ? "match"
              : "substitute";
        step = { op, q: i - 1, qn: 1, s: j - 1, sn: 1, cost: 0 };
        ni = i - 1;
        nj = j - 1;
      } else if (mv === COMPOUND_Q1S2 || mv === CONTRACTION_Q1S2 || mv === MISMATCH_Q1S2) {
        const op =
          mv === COMPOUND_Q1S2 ? "compound" : mv === MISMATCH_Q1S2 ? "substitute" : "contraction";
        step = { op, q: i - 1, qn: 1, s: j - 2, sn: 2, cost: 0 };
        ni = i - 1;
        nj = j - 2;
      } else {
        const op =
          mv === COMPOUND_Q2S1 ? "compound" : mv === MISMATCH_Q2S1 ? "substitute" : "contraction";
        step = { op, q: i - 2, qn: 2, s: j - 1, sn: 1, cost: 0 };
        ni = i - 2;
        nj = j - 1;
      }
    } else if (state === I) {
      step =
        mv === INSERT_BRACKET
          ? { op: "bracket", q: i - 1, qn: 1, s: j, sn: 0, cost: 0 }
          : { op: "insert", q: i - 1, qn: 1, s: j, sn: 0, cost: 0 };
      ni = i - 1;
    } else {
      step = { op: state === E ? "ellipsis" : "omit", q: i, qn: 0, s: j - 1, sn: 1, cost: 0 };
      nj = j - 1;
    }
    const before = t.cost[from]![ni * t.width + nj]!;
    step.cost = here - before;
    steps.push(step);
    i = ni;
    j = nj;
    state = from;
  }
  steps.reverse();
  return {
    steps: mergeSkips(steps),
    sourceStart: firstSource(steps, j),
    sourceEnd: endJ,
    cost: total,
  };
}

function firstSource(steps: AlignStep[], fallback: number): number {
  for (const step of steps) {
    if (step.sn > 0 && step.op !== "omit" && step.op !== "ellipsis") return step.s;
  }
  return fallback;
}

/** Consecutive single-word omissions (or ellipsis skips) at the same point become one step. */
function mergeSkips(steps: AlignStep[]): AlignStep[] {
  const out: AlignStep[] = [];
  for (const step of steps) {
    const last = out[out.length - 1];
    if (
      last &&
      (step.op === "omit" || step.op === "ellipsis") &&
      last.op === step.op &&
      last.q === step.q &&
      last.s + last.sn === step.s
    ) {
      last.sn += step.sn;
      last.cost += step.cost;
    } else {
      out.push({ ...step });
    }
  }
  return out;
}
