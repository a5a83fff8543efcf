import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/extract/types.js";
import { isPlainJson, quoteProblems } from "./invariants.js";

// The checker the hostile-input tests rely on must itself catch each kind of bad result.
const TEXT = '"We will," Kirby said, "keep them informed."';
const VALID: Quote = {
  text: "We will, keep them informed.",
  start: 1,
  end: 43,
  spans: [
    { start: 1, end: 9 },
    { start: 24, end: 43 },
  ],
  kind: "direct",
  speaker: {
    name: "John Kirby",
    mention: { start: 11, end: 16, text: "Kirby" },
    resolvedBy: "surname",
  },
  cue: { start: 17, end: 21, text: "said" },
  confidence: 0.9,
};

describe("quoteProblems", () => {
  it("accepts a valid result and an empty one", () => {
    expect(TEXT.slice(24, 43)).toBe("keep them informed.");
    expect(quoteProblems(TEXT, [VALID])).toEqual([]);
    expect(quoteProblems(TEXT, [])).toEqual([]);
  });

  it.each<[string, Partial<Quote>, RegExp]>([
    ["span past the end", { spans: [{ start: 1, end: 99 }], end: 99 }, /outside 0\.\.44/],
    ["negative start", { spans: [{ start: -1, end: 9 }], start: -1 }, /outside/],
    ["reversed span", { spans: [{ start: 9, end: 1 }] }, /outside/],
    ["fractional offset", { spans: [{ start: 1.5, end: 9 }] }, /not integers/],
    ["no spans", { spans: [] }, /no spans/],
    [
      "spans out of order",
      {
        spans: [
          { start: 24, end: 43 },
          { start: 1, end: 9 },
        ],
      },
      /out of order/,
    ],
    ["start not the first span's", { start: 0 }, /start\/end/],
    [
      "text not the joined slices",
      { text: "We will keep them informed." },
      /joined with one space/,
    ],
    ["unknown kind", { kind: "quote" as Quote["kind"] }, /kind quote/],
    ["confidence above 1", { confidence: 1.2 }, /confidence/],
    ["NaN confidence", { confidence: Number.NaN }, /confidence/],
    [
      "mention text not its slice",
      { speaker: { ...VALID.speaker!, mention: { start: 11, end: 16, text: "Kirb" } } },
      /speaker mention/,
    ],
    ["cue outside the text", { cue: { start: 40, end: 50, text: "said" } }, /cue/],
    ["nested span outside the quote", { nested: [{ start: 0, end: 3 }] }, /nested 0 outside/],
    ["unknown category", { category: "joke" as Quote["category"] }, /category joke/],
  ])("reports %s", (_, change, problem) => {
    const problems = quoteProblems(TEXT, [{ ...VALID, ...change }]);
    expect(problems.join("\n")).toMatch(problem);
  });

  it("reports overlapping and unordered quotes", () => {
    const second = { ...VALID, text: "We will,", spans: [{ start: 1, end: 9 }], end: 9 };
    expect(quoteProblems(TEXT, [VALID, second]).join()).toMatch(/overlaps or precedes/);
  });
});

describe("isPlainJson", () => {
  it.each([
    [{ a: [1, "x", null, true, { b: undefined }] }, true],
    [{ a: Number.POSITIVE_INFINITY }, false],
    [{ a: new Date(0) }, false],
    [{ a: () => 1 }, false],
    [new Map(), false],
  ])("%o → %s", (value, plain) => expect(isPlainJson(value)).toBe(plain));
});
