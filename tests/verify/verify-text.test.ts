import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../../src/errors.js";
import { verifyText } from "../../src/verify/index.js";
import { CORPUS_DIR, loadCase } from "../../test-corpus/load.js";
import { corpusStore } from "../helpers/corpus-store.js";

const store = corpusStore();
const seed = loadCase("seed-axios-2023-04-19");

describe("verifyText", () => {
  it("verifies every quote of the seed article with its attributed speaker", async () => {
    const report = await verifyText(seed.text, store, { date: seed.date });
    expect(report.quotes.map((q) => [q.quote.speaker?.name, q.verification.status])).toEqual([
      ["John Kirby", "verified_with_edits"],
      ["John Kirby", "verified"],
    ]);
    expect(report.summary).toMatchObject({ total: 2, flagged: 0 });
    expect(report.summary.byStatus.verified).toBe(1);
    expect(report.summary.byStatus.verified_with_edits).toBe(1);
    const first = report.quotes[0]!;
    expect(seed.text.slice(first.quote.start, first.quote.end)).toContain("reassure [allies]");
    if (first.verification.status === "verified_with_edits") {
      expect(
        first.verification.differences.map((d) => [d.kind, d.quote.text, d.source.text]),
      ).toEqual([["bracket_substitution", "[allies]", "them"]]);
      expect(first.verification.source.title).toMatch(/^Reconstructed for the test corpus/);
    }
  });

  it("each difference also points into the article, through the quote's parts", async () => {
    const article =
      'The Reporter wrote.\n\n"Good afternoon, everybody," Kirby said. "Uh, just a couple of [things] at the top."\n';
    const report = await verifyText(article, store);
    const q = report.quotes[0]!;
    expect(q.quote.spans).toHaveLength(2);
    const v = q.verification;
    expect(v.status).not.toBe("not_found");
    if (v.status === "not_found") return;
    const bracket = v.differences.find((d) => d.quote.text === "[things]")!;
    expect(article.slice(bracket.textSpan!.start, bracket.textSpan!.end)).toBe("[things]");
    for (const d of v.differences) {
      expect(article.slice(d.textSpan!.start, d.textSpan!.end)).toBe(d.quote.text);
    }
  });

  it("a text with no quotes gives an empty report", async () => {
    const report = await verifyText("No one said anything today.", store);
    expect(report).toEqual({
      quotes: [],
      summary: {
        total: 0,
        flagged: 0,
        byStatus: {
          verified: 0,
          verified_with_edits: 0,
          minor_differences: 0,
          altered: 0,
          meaning_changed: 0,
          misattributed: 0,
          ambiguous: 0,
          not_found: 0,
        },
      },
    });
  });

  it("is plain JSON", async () => {
    const text = readFileSync(join(CORPUS_DIR, "articles", "wire-port-strike-talks.txt"), "utf8");
    const report = await verifyText(text, store, { date: "2025-03-14" });
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
    expect(report.summary.total).toBe(report.quotes.length);
  });

  it.each([
    [5, store, undefined, ["text"]],
    ["text", null, undefined, ["store"]],
    ["text", store, { date: "2024-13-45" }, ["options", "date"]],
    ["text", store, { extract: { nope: 1 } }, ["options", "extract"]],
  ])("misuse → InvalidInputError (%#)", async (text, s, options, path) => {
    const error = await verifyText(text as never, s as never, options as never).catch((e) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).path).toEqual(path);
  });
});
