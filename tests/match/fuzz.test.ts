import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { align, parseQuote, StemCache, sourceWords } from "../../src/match/index.js";
import { describe as describeAlignment } from "../../src/verify/differences.js";

// Text with the characters the parsers care about, often.
const piece = fc.constantFrom(
  "we",
  "will",
  "not",
  "15",
  "fifteen",
  "[",
  "]",
  "[sic]",
  "(sic)",
  "\u2026",
  "...",
  ". . .",
  "\u2014",
  "-",
  "--",
  "'",
  "\u2019",
  "\u201C",
  "uh",
  "health",
  "care",
  "healthcare",
  "we're",
  "can't",
  ",",
  ".",
  "?",
  " ",
  "\u200B",
  "\u0430",
  "e\u0301",
  "\uD83D\uDE00",
);
const text = fc.oneof(
  fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(" ")),
  fc.array(piece, { maxLength: 60 }).map((parts) => parts.join("")),
  fc.string({ maxLength: 200 }),
  fc.string({ unit: "binary", maxLength: 120 }),
);

describe("alignment never crashes and every offset slices back", () => {
  it("for arbitrary quote and source text", () => {
    const stems = new StemCache();
    fc.assert(
      fc.property(text, text, (quote, source) => {
        const parsed = parseQuote(quote);
        const words = sourceWords(source);
        const alignment = align(parsed, words, stems);
        if (!alignment) {
          expect(parsed.units.length).toBe(0);
          return;
        }
        const { differences, cost } = describeAlignment(parsed, words, source, alignment);
        expect(Number.isFinite(cost)).toBe(true);
        for (const d of differences) {
          expect(quote.slice(d.quote.start, d.quote.end)).toBe(d.quote.text);
          expect(source.slice(d.source.start, d.source.end)).toBe(d.source.text);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("stays fast on long, mark-heavy input", () => {
    const stems = new StemCache();
    const quote = "[we] ".repeat(150) + "\u2026 ".repeat(100) + "uh we — we ".repeat(50);
    const source = "we — we uh ".repeat(400);
    const t0 = performance.now();
    const alignment = align(parseQuote(quote), sourceWords(source), stems);
    expect(alignment).toBeDefined();
    expect(performance.now() - t0).toBeLessThan(5_000);
  });
});
