import { addCounts, type Counts, type DocumentScore, emptyCounts } from "./score.js";

/** A ratio 0..1, or null when its denominator is 0 (nothing to measure). */
export type Ratio = number | null;

export interface PRF {
  precision: Ratio;
  recall: Ratio;
  f1: Ratio;
}

/**
 * Every figure is micro-averaged: counts are summed over documents first, so a long
 * article weighs by its number of quotes.
 */
export interface Metrics {
  /** Spans equal (all spans of a multi-span quote). */
  exact: PRF;
  /** Any shared character (or the stated ratio), one-to-one. */
  overlap: PRF;
  /** Of the gold quotes found (overlap), the share whose speaker is right (null gold = none given). */
  speakerAccuracy: Ratio;
  /** Same, by the folded name only (differs from speakerAccuracy on LitBank only). */
  speakerByNameAccuracy: Ratio;
  /**
   * End to end: a gold quote counts when it is found AND its speaker is right.
   * recall = of all gold quotes; precision = of all predictions.
   */
  endToEnd: PRF;
  /** Of found quotes whose gold states a mention, the share whose mention matches. */
  mentionAccuracy: Ratio;
  /** Of found quotes whose gold gives a kind, the share with the same kind. */
  kindAccuracy: Ratio;
}

export function ratio(numerator: number, denominator: number): Ratio {
  return denominator === 0 ? null : numerator / denominator;
}

export function prf(matched: number, predicted: number, gold: number): PRF {
  const precision = ratio(matched, predicted);
  const recall = ratio(matched, gold);
  const f1 =
    precision === null || recall === null
      ? null
      : precision + recall === 0
        ? 0
        : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function metrics(c: Counts): Metrics {
  return {
    exact: prf(c.exact, c.predicted, c.gold),
    overlap: prf(c.overlap, c.predicted, c.gold),
    speakerAccuracy: ratio(c.speakerCorrect, c.overlap),
    speakerByNameAccuracy: ratio(c.speakerByName, c.overlap),
    endToEnd: prf(c.speakerCorrect, c.predicted, c.gold),
    mentionAccuracy: ratio(c.mentionCorrect, c.mentionEvaluated),
    kindAccuracy: ratio(c.kindCorrect, c.kindEvaluated),
  };
}

export interface Group {
  name: string;
  counts: Counts;
  metrics: Metrics;
}

/** One group per family (sorted by name), then "overall". */
export function summarize(scores: readonly DocumentScore[]): { families: Group[]; overall: Group } {
  const byFamily = new Map<string, Counts>();
  const overall = emptyCounts();
  for (const s of scores) {
    let family = byFamily.get(s.family);
    if (!family) {
      family = emptyCounts();
      byFamily.set(s.family, family);
    }
    addCounts(family, s.counts);
    addCounts(overall, s.counts);
  }
  const group = (name: string, counts: Counts): Group => ({
    name,
    counts,
    metrics: metrics(counts),
  });
  return {
    families: [...byFamily]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, counts]) => group(name, counts)),
    overall: group("overall", overall),
  };
}
