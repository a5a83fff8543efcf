import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MARK_CHARACTERS } from "../../src/extract/marks.js";
import { extractQuotes, InvalidInputError, type Quote } from "../../src/index.js";

/** Quote marks of every kind, the characters around them in news text, and anything at all. */
const UNITS = [
  ...MARK_CHARACTERS,
  "''",
  "``",
  " ",
  " ",
  "\n",
  "\n\n",
  ".",
  ",",
  ":",
  "—",
  "-",
  "?",
  "(",
  ")",
  "[",
  "…",
  "said",
  "he",
  "She",
  "Kirby",
  "John Kirby",
  "according to",
  "Q:",
  "A:",
  "KIRBY:",
  "the",
  "official",
  "we",
  "don't",
  "'80s",
  "rock 'n' roll",
  "\u{1F600}",
  "\uD800",
  "é",
];

const unit = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...UNITS) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 3 }) },
);
const textArb = fc.array(unit, { maxLength: 80 }).map((parts) => parts.join(""));
const optionsArb = fc.record(
  {
    includeNonSpeech: fc.boolean(),
    transcripts: fc.boolean(),
    floating: fc.boolean(),
  },
  { requiredKeys: [] },
);

function checkQuote(text: string, q: Quote): void {
  expect(q.spans.length).toBeGreaterThan(0);
  let previous = -1;
  for (const span of q.spans) {
    expect(Number.isInteger(span.start) && Number.isInteger(span.end)).toBe(true);
    expect(span.start).toBeGreaterThanOrEqual(0);
    expect(span.end).toBeGreaterThan(span.start);
    expect(span.end).toBeLessThanOrEqual(text.length);
    expect(span.start).toBeGreaterThanOrEqual(previous);
    previous = span.end;
  }
  expect(q.start).toBe(q.spans[0]!.start);
  expect(q.end).toBe(q.spans[q.spans.length - 1]!.end);
  expect(q.text).toBe(q.spans.map((s) => text.slice(s.start, s.end)).join(" "));
  expect(q.confidence).toBeGreaterThanOrEqual(0);
  expect(q.confidence).toBeLessThanOrEqual(1);
  for (const span of [q.speaker?.mention, q.cue]) {
    if (!span) continue;
    expect(span.start).toBeGreaterThanOrEqual(0);
    expect(span.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(span.start, span.end)).toBe(span.text);
  }
  for (const span of q.nested ?? []) {
    expect(span.start).toBeGreaterThanOrEqual(q.start);
    expect(span.end).toBeLessThanOrEqual(q.end);
  }
}

describe("extractQuotes invariants", () => {
  it("never throws on any string and returns valid, ordered, non-overlapping spans", () => {
    fc.assert(
      fc.property(textArb, optionsArb, (text, options) => {
        const quotes = extractQuotes(text, options);
        let end = -1;
        for (const q of quotes) {
          checkQuote(text, q);
          expect(q.start).toBeGreaterThanOrEqual(end);
          end = q.end;
        }
        expect(JSON.parse(JSON.stringify(quotes))).toEqual(quotes);
      }),
      { numRuns: 1500 },
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(textArb, (text) => {
        expect(extractQuotes(text)).toEqual(extractQuotes(text));
      }),
      { numRuns: 300 },
    );
  });

  it("rejects non-string input and unknown options with InvalidInputError", () => {
    for (const bad of [undefined, null, 42, {}, ["a"], Buffer.from("x")]) {
      expect(() => extractQuotes(bad as unknown as string)).toThrow(InvalidInputError);
    }
    expect(() => extractQuotes("x", { bogus: true } as never)).toThrow(InvalidInputError);
    expect(() => extractQuotes("x", { floating: "yes" } as never)).toThrow(/options\.floating/);
  });

  it("accepts the empty string", () => {
    expect(extractQuotes("")).toEqual([]);
  });
});
