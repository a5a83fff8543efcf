import type { Quote } from "../../src/extract/types.js";
import type { Extractor } from "./extractor.js";
import { type Group, summarize } from "./metrics.js";
import {
  type DocumentScore,
  type GoldDocument,
  type PredictedQuote,
  type ScoreOptions,
  scoreDocument,
} from "./score.js";

export interface ScoredDocument {
  doc: GoldDocument;
  predicted: PredictedQuote[];
  score: DocumentScore;
}

export interface CorpusRun {
  scored: ScoredDocument[];
  families: Group[];
  overall: Group;
  /** Time spent inside the extractor, in ms. */
  extractMs: number;
}

/** Runs the extractor on every document and scores it; `cut` adapts predictions (LitBank: bySpan). */
export function scoreAll(
  extract: Extractor,
  docs: readonly GoldDocument[],
  options: ScoreOptions = {},
  cut: (quotes: Quote[]) => PredictedQuote[] = (quotes) => quotes,
): CorpusRun {
  let extractMs = 0;
  const scored = docs.map((doc) => {
    const t0 = performance.now();
    const quotes = extract(doc.text);
    extractMs += performance.now() - t0;
    const predicted = cut(quotes);
    return { doc, predicted, score: scoreDocument(doc, predicted, options) };
  });
  return { scored, extractMs, ...summarize(scored.map((s) => s.score)) };
}

/** The figures the accuracy floor guards (tests/corpus-accuracy.floors.json), 0..1. */
export function floorFigures(group: Group): Record<string, number | null> {
  const m = group.metrics;
  return {
    exactPrecision: m.exact.precision,
    exactRecall: m.exact.recall,
    overlapPrecision: m.overlap.precision,
    overlapRecall: m.overlap.recall,
    speakerAccuracy: m.speakerAccuracy,
    endToEndRecall: m.endToEnd.recall,
    mentionAccuracy: m.mentionAccuracy,
  };
}

/** Floors for the current figures: each rounded down to 0.001 so the current run passes. */
export function floorsFor(group: Group): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, value] of Object.entries(floorFigures(group)))
    if (value !== null) out[key] = Math.floor(value * 1000 + 1e-9) / 1000;
  return out;
}
