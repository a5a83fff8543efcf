import { joinsTo, relate, type StemCache } from "./compare.js";
import { COST, OMIT, relationCost } from "./costs.js";
import type {
  Alignment,
  AlignStep,
  MatchWord,
  ParsedQuote,
  QuoteWord,
  SourceWord,
} from "./types.js";

// DP states: the last step was a quote unit placed on source words (M), a quote unit
// with no source word (I), source words left out after content (DC: the omission's
// opening cost is paid) or only non-content so far (DN), or source words skipped at
// an ellipsis (E).
const M = 0;
const I = 1;
const DC = 2;
const DN = 3;
const E = 4;
const STATES = 5;

// Moves into M.
const ONE_TO_ONE = 1;
const COMPOUND_Q1S2 = 2;
const COMPOUND_Q2S1 = 3;
const CONTRACTION_Q1S2 = 4;
const CONTRACTION_Q2S1 = 5;
const CONTRACTION_1_1 = 6;
const MISMATCH_Q1S2 = 7;
const MISMATCH_Q2S1 = 8;
const BRACKET = 16; // + number of source words
// Moves into I.
const INSERT_WORD = 1;
const INSERT_BRACKET = 2;

/**
 * The alignment tables, kept between alignments of one verification run so that
 * each alignment does not allocate (and the collector does not reclaim) a dozen
 * arrays. Only costs are reset: moves are read only where a cost was set.
 */
export class AlignScratch {
  private capacity = 0;
  private cost: Float64Array[] = [];
  private move: Uint8Array[] = [];
  private prev: Uint8Array[] = [];
  private best = new Float64Array(0);
  private bestState = new Uint8Array(0);

  tables(size: number) {
    if (size > this.capacity) {
      const capacity = Math.max(size, this.capacity * 2);
      this.cost = Array.from({ length: STATES }, () => new Float64Array(capacity));
      this.move = Array.from({ length: STATES }, () => new Uint8Array(capacity));
      this.prev = Array.from({ length: STATES }, () => new Uint8Array(capacity));
      this.best = new Float64Array(capacity);
      this.bestState = new Uint8Array(capacity);
      this.capacity = capacity;
    }
    for (const c of this.cost) c.fill(Number.POSITIVE_INFINITY, 0, size);
    this.best.fill(Number.POSITIVE_INFINITY, 0, size);
    return {
      cost: this.cost,
      move: this.move,
      prev: this.prev,
      best: this.best,
      bestState: this.bestState,
    };
  }
}

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

interface Tables {
  cost: Float64Array[];
  move: Uint8Array[];
  prev: Uint8Array[];
  width: number;
  best: Float64Array;
  bestState: Uint8Array;
}

function traceBack(
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
