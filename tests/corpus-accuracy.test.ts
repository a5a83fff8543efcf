import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CORPUS_DIR, loadCorpus } from "../test-corpus/load.js";
import {
  corpusGold,
  extractor,
  floorFigures,
  NO_EXTRACTOR,
  scoreAll,
} from "../test-corpus/score/index.js";

// The corpus accuracy floor: `npm test` fails when an overall corpus figure drops below
// the level recorded in corpus-accuracy.floors.json. After an improvement (or after
// adding corpus cases), run `npm run corpus -- --floors` and paste its output into that
// file's "overall"; lower a floor only deliberately, saying why in the commit message.

const FLOORS_FILE = new URL("./corpus-accuracy.floors.json", import.meta.url);
const extract = extractor();

describe.skipIf(!extract)(
  `corpus accuracy floor${extract ? "" : ` (skipped: ${NO_EXTRACTOR})`}`,
  () => {
    it.each([
      ["overall", undefined],
      ["holdout", join(CORPUS_DIR, "holdout")],
    ] as const)("every %s figure is at or above its recorded floor", (key, dir) => {
      const floors = JSON.parse(readFileSync(FLOORS_FILE, "utf8"))[key] as Record<string, number>;
      const { overall } = scoreAll(extract!, loadCorpus(dir).map(corpusGold));
      const figures = floorFigures(overall);
      expect(Object.keys(floors).sort()).toEqual(Object.keys(figures).sort());
      const below = Object.entries(floors)
        .filter(([key, floor]) => (figures[key] ?? 0) < floor - 1e-9)
        .map(([key, floor]) => `${key}: ${figures[key]?.toFixed(4)} < floor ${floor}`);
      expect(below).toEqual([]);
    });
  },
);
