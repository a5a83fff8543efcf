import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CORPUS_DIR, loadCorpus } from "../test-corpus/load.js";
import { loadPrintedQuotes } from "../test-corpus/printed-quotes.js";

describe("test-corpus expectation files", () => {
  const cases = loadCorpus();
  const holdout = loadCorpus(join(CORPUS_DIR, "holdout"));

  it("has cases, each valid against the schema with every quoted part found in its article", () => {
    expect(cases.length).toBeGreaterThan(0);
    expect(holdout.length).toBeGreaterThan(0);
    for (const c of [...cases, ...holdout]) {
      for (const q of c.quotes) {
        for (const span of q.spans) expect(span.end).toBeGreaterThan(span.start);
        expect(
          c.text.slice(q.start, q.end).startsWith(c.text.slice(q.spans[0]!.start, q.spans[0]!.end)),
        ).toBe(true);
      }
    }
  });

  it("the held-out printed quotes are valid, with unique ids and a passage for each found quote", () => {
    const printed = loadPrintedQuotes();
    expect(printed.length).toBeGreaterThan(0);
    expect(new Set(printed.map((c) => c.id)).size).toBe(printed.length);
    for (const c of printed) {
      if (c.expected !== "not_found") expect(c.source, c.id).not.toBe("");
      expect(c.accept, c.id).not.toContain(c.expected);
    }
  });

  it("includes the seed article with both Kirby quotes", () => {
    const seed = cases.find((c) => c.family === "seed");
    expect(seed?.quotes.map((q) => q.speaker)).toEqual(["John Kirby", "John Kirby"]);
  });
});
