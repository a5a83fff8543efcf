import { describe, expect, it } from "vitest";
import { InvalidInputError, normalize } from "../../src/index.js";

describe("offset map", () => {
  it("maps every normalized offset back into the original", () => {
    const text = "\u201CWe\u2019re  here . . . now\u201D \u2014 Kirby";
    const result = normalize(text);
    expect(result.text).toBe('"We\'re here \u2026 now" \u2014 Kirby');
    const word = result.text.indexOf("here");
    const span = result.toOriginalSpan(word, word + 4);
    expect(text.slice(span.start, span.end)).toBe("here");
    const dots = result.text.indexOf("\u2026");
    const dotsSpan = result.toOriginalSpan(dots, dots + 1);
    expect(text.slice(dotsSpan.start, dotsSpan.end)).toBe(". . .");
    expect(result.toOriginal(result.text.length)).toBe(text.length);
  });

  it("maps a collapsed whitespace run to the whole run", () => {
    const text = "a \u00A0\n\tb";
    const result = normalize(text);
    expect(result.toOriginalSpan(1, 2)).toEqual({ start: 1, end: 5 });
  });

  it("maps both letters of a ligature to the ligature", () => {
    const result = normalize("\uFB01");
    expect(result.text).toBe("fi");
    expect(result.toOriginalSpan(0, 1)).toEqual({ start: 0, end: 1 });
    expect(result.toOriginalSpan(1, 2)).toEqual({ start: 0, end: 1 });
  });

  it("maps a composed letter to its base and marks", () => {
    const result = normalize("xe\u0301y");
    expect(result.text).toBe("x\u00E9y");
    expect(result.toOriginalSpan(1, 2)).toEqual({ start: 1, end: 3 });
    expect(result.toOriginal(2)).toBe(3);
  });

  it("finds normalized offsets from original ones", () => {
    const text = "a\u200Bb  c";
    const result = normalize(text);
    expect(result.text).toBe("ab c");
    expect(result.fromOriginal(2)).toBe(1);
    expect(result.fromOriginal(text.length)).toBe(result.text.length);
  });

  it("an empty string is valid input", () => {
    const result = normalize("");
    expect(result.text).toBe("");
    expect(result.toOriginal(0)).toBe(0);
    expect(result.toOriginalSpan(0, 0)).toEqual({ start: 0, end: 0 });
  });

  it("rejects offsets outside the text with InvalidInputError", () => {
    const result = normalize("abc");
    expect(() => result.toOriginal(4)).toThrow(InvalidInputError);
    expect(() => result.toOriginal(-1)).toThrow(InvalidInputError);
    expect(() => result.toOriginal(1.5)).toThrow(InvalidInputError);
    expect(() => result.toOriginalSpan(2, 1)).toThrow(InvalidInputError);
  });
});

describe("argument checking", () => {
  it.each([
    [undefined, "undefined"],
    [null, "null"],
    [42, "number 42"],
    [{}, "an object"],
    [["a"], "an array"],
  ])("normalize(%j) throws InvalidInputError naming the argument", (value, description) => {
    expect(() => normalize(value as unknown as string)).toThrow(InvalidInputError);
    expect(() => normalize(value as unknown as string)).toThrow(
      `text must be a string, got ${description}`,
    );
  });

  it("rejects unknown or mistyped options with the option's path", () => {
    try {
      normalize("x", { caseFold: "yes" } as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as InvalidInputError).path).toEqual(["options", "caseFold"]);
      expect((error as InvalidInputError).code).toBe("QC_INVALID_INPUT");
    }
    expect(() => normalize("x", { quotess: true } as never)).toThrow(InvalidInputError);
  });
});
