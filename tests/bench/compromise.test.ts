import { describe, expect, it } from "vitest";
import { compromiseQuotes, stripMarks } from "../../bench/compromise.js";

// The baseline must be scored fairly: its spans are cut to the words between the marks,
// like the gold parts and like extractQuotes.
describe("compromise baseline adapter", () => {
  it.each([
    ["\u201CWe will go,\u201D", "We will go,"],
    ["'drive it'.", "drive it"],
    ["\u201C years, \u201D", "years,"],
    ['"A b c."', "A b c."],
    ["\u2018Odd\u2019 ", "Odd"],
    ["no marks at all.", "no marks at all."],
  ])("stripMarks(%j) → %j", (quoted, inner) => expect(stripMarks(quoted)).toBe(inner));

  it("returns spans that slice to the quoted words", () => {
    const text = 'He said \u201CWe will go,\u201D then left. \u2018Odd\u2019 she said. "A b c."';
    const spans = compromiseQuotes(text).map((q) => text.slice(q.spans[0]!.start, q.spans[0]!.end));
    expect(spans).toEqual(["We will go,", "Odd", "A b c."]);
  });
});
