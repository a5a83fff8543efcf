import { describe, expect, it } from "vitest";
import { align, parseQuote, StemCache, sourceWords } from "../../src/match/index.js";

const SOURCE =
  "Over the last 15 months, the G7 has stood in solidarity with Ukraine, following Russia\u2019s invasion.";

function run(quote: string, source = SOURCE) {
  const parsed = parseQuote(quote);
  const words = sourceWords(source);
  const alignment = align(parsed, words, new StemCache())!;
  return { parsed, words, alignment };
}

describe("align", () => {
  it("a fragment of a longer statement aligns at no cost, to exactly its words", () => {
    const { words, alignment } = run("the G7 has stood in solidarity");
    expect(alignment.cost).toBe(0);
    expect(
      SOURCE.slice(words[alignment.sourceStart]!.start, words[alignment.sourceEnd - 1]!.end),
    ).toBe("the G7 has stood in solidarity");
    expect(alignment.steps.every((s) => s.op === "match")).toBe(true);
  });

  it("places every quote unit exactly once, in order", () => {
    const { parsed, alignment } = run(
      "Over the last 18 months, the G7 [has] stood with Ukraine \u2026 invasion",
    );
    const covered: number[] = [];
    for (const step of alignment.steps)
      for (let k = step.q; k < step.q + step.qn; k++) covered.push(k);
    expect(covered).toEqual(parsed.units.map((_, i) => i));
  });

  it("source steps are contiguous from start to end", () => {
    const { alignment } = run("the G7 has stood with Ukraine \u2026 invasion");
    let at = alignment.sourceStart;
    for (const step of alignment.steps) {
      if (step.op === "insert" || (step.op === "bracket" && step.sn === 0)) continue;
      expect(step.s).toBe(at);
      at += step.sn;
    }
    expect(at).toBe(alignment.sourceEnd);
  });

  it("skipping at an ellipsis is free; the same words dropped silently cost", () => {
    expect(run("the G7 has stood \u2026 following Russia\u2019s invasion").alignment.cost).toBe(0);
    expect(run("the G7 has stood following Russia\u2019s invasion").alignment.cost).toBeGreaterThan(
      0.8,
    );
  });

  it("returns undefined for a quote with no words", () => {
    expect(align(parseQuote("\u2026"), sourceWords(SOURCE), new StemCache())).toBeUndefined();
  });

  it("handles an empty source: every word inserted", () => {
    const { alignment } = run("we will act", "");
    expect(alignment.steps.map((s) => s.op)).toEqual(["insert", "insert", "insert"]);
  });
});
