import { beforeAll, describe, expect, it } from "vitest";
import type { ReferenceStore } from "../src/store/types.js";
import { loadCorpus } from "../test-corpus/load.js";
import {
  formatVerdictScore,
  scoreVerdicts,
  type VerdictScore,
  verdictsEndToEnd,
  verdictsOnGold,
} from "../test-corpus/verify-score.js";
import { corpusStore } from "./helpers/corpus-store.js";

// Regression floors, a little under what the corpus reaches today (`npm run corpus`):
// verdicts on the gold quotes (verification alone) and end to end (with extraction).
const FLOOR_ON_GOLD = 0.97;
const FLOOR_END_TO_END = 0.95;

describe("verdict accuracy on the test corpus (against its store)", () => {
  const cases = loadCorpus().filter((c) => c.verifyAgainst === "corpus");
  let store: ReferenceStore;
  let onGold: VerdictScore;
  let endToEnd: VerdictScore;
  beforeAll(async () => {
    store = corpusStore();
    onGold = scoreVerdicts(await verdictsOnGold(cases, () => store));
    endToEnd = scoreVerdicts(await verdictsEndToEnd(cases, () => store));
  });

  it(`on the gold quotes: at least ${FLOOR_ON_GOLD * 100}%`, () => {
    expect(onGold.total).toBeGreaterThan(300);
    expect(onGold.accuracy, formatVerdictScore(onGold, false)).toBeGreaterThanOrEqual(
      FLOOR_ON_GOLD,
    );
  });

  it(`end to end: at least ${FLOOR_END_TO_END * 100}%`, () => {
    expect(endToEnd.accuracy, formatVerdictScore(endToEnd, true)).toBeGreaterThanOrEqual(
      FLOOR_END_TO_END,
    );
  });

  it("every status occurs in the corpus and is predicted", () => {
    for (const [status, figures] of Object.entries(onGold.byStatus)) {
      expect(figures.gold, status).toBeGreaterThan(0);
      expect(figures.predicted, status).toBeGreaterThan(0);
    }
  });
});
