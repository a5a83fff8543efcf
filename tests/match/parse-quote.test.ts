import { describe, expect, it } from "vitest";
import { parseQuote } from "../../src/match/index.js";

function shape(text: string) {
  const q = parseQuote(text);
  return {
    units: q.units.map((u) =>
      u.type === "word" ? u.word.norm : `[${u.group.words.map((w) => w.norm).join(" ")}]`,
    ),
    ellipses: [...q.ellipsisAfter].sort((a, b) => a - b),
  };
}

describe("parseQuote", () => {
  it.each([
    ["reassure [allies] about", { units: ["reassure", "[allies]", "about"], ellipses: [] }],
    ["we will \u2026 rally", { units: ["we", "will", "rally"], ellipses: [1] }],
    ["we will ... rally", { units: ["we", "will", "rally"], ellipses: [1] }],
    ["we will . . . rally", { units: ["we", "will", "rally"], ellipses: [1] }],
    ["we will [...] rally", { units: ["we", "will", "rally"], ellipses: [1] }],
    ["\u2026 we will rally \u2026", { units: ["we", "will", "rally"], ellipses: [-1, 2] }],
    ["[T]he plan", { units: ["the", "plan"], ellipses: [] }],
    ["communicat[ing] now", { units: ["communicating", "now"], ellipses: [] }],
    ["the goverment [sic] acts", { units: ["the", "goverment", "acts"], ellipses: [] }],
    ["[Biden]\u2019s plan", { units: ["[biden]", "plan"], ellipses: [] }],
    ["a stray [ bracket", { units: ["a", "stray", "bracket"], ellipses: [] }],
    ["", { units: [], ellipses: [] }],
  ])("%j", (text, expected) => {
    expect(shape(text)).toEqual(expected);
  });

  it("keeps offsets into the quote text", () => {
    const text = "\u201CWe\u2019ll [also] act \u2026 now\u201D";
    const q = parseQuote(text);
    for (const unit of q.units) {
      if (unit.type === "word") expect(text.slice(unit.word.start, unit.word.end)).toMatch(/^\S+$/);
      else expect(text.slice(unit.group.start, unit.group.end)).toBe("[also]");
    }
    expect(q.ellipsisAt.get(2)).toEqual({
      start: text.indexOf("\u2026"),
      end: text.indexOf("\u2026") + 1,
    });
  });

  it("records hidden characters", () => {
    expect(parseQuote("pl\u200Ban n\u043Ew").findings.map((f) => f.kind)).toEqual([
      "invisible",
      "confusable",
    ]);
  });
});
