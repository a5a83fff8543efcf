import { describe, expect, it } from "vitest";
import { tokenizeWords } from "../../src/index.js";
import { similarity } from "../../src/text/distance.js";
import { stem } from "../../src/text/stem.js";

describe("tokenizeWords", () => {
  it.each([
    ["\u201CDon\u2019t,\u201D he said.", ["don't", "he", "said"]],
    ["the U.S. and the U.K.", ["the", "us", "and", "the", "uk"]],
    ["1,000 people, 3.5% of them", ["1000", "people", "3.5", "percent", "of", "them"]],
    ["long\u2010term health-care", ["long", "term", "health", "care"]],
    ["Biden\u2019s R&D", ["biden's", "r", "and", "d"]],
    ["Jones\u2019 car, the \u201980s", ["jones", "car", "the", "80s"]],
    ["9 a.m. today", ["9", "am", "today"]],
    ["caf\u00E9 cafe\u0301", ["caf\u00E9", "caf\u00E9"]],
    ["n\u043Et", ["not"]],
    ["zero\u200Bwidth", ["zerowidth"]],
    ["", []],
  ])("%j", (input, expected) => {
    expect(tokenizeWords(input).words.map((w) => w.norm)).toEqual(expected);
  });

  it("offsets slice the original text", () => {
    const text = "\u201CWe\u2019re\u00A0here\u2026 the U.S.\u00A0\u2014 1,000\u201D";
    const { words } = tokenizeWords(text);
    expect(words.map((w) => text.slice(w.start, w.end))).toEqual([
      "We\u2019re",
      "here",
      "the",
      "U.S",
      "1,000",
    ]);
  });
});

describe("word helpers", () => {
  it("stems inflections", () => {
    expect(stem("leaders")).toBe(stem("leader"));
    expect(stem("appreciated")).toBe(stem("appreciate"));
  });

  it("scores character similarity between 0 and 1", () => {
    expect(similarity("officers", "officers")).toBe(1);
    expect(similarity("healthcare", "health care")).toBeGreaterThan(0.85);
    expect(similarity("", "")).toBe(1);
    expect(similarity("abc", "xyz")).toBe(0);
  });
});
