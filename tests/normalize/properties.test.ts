import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type NormalizeOptions, normalize } from "../../src/index.js";

/** Every character some step handles, plus look-alikes, marks, surrogates and plain text. */
const SPECIAL = [
  ..."\u201C\u201D\u201E\u201F\u00AB\u00BB\u2039\u203A\u2018\u2019\u201A\u201B\u2032\u2033\uFF02\uFF07`'\"",
  ..."\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2E3A-",
  ..."\u2026\u22EF.",
  ..." \u00A0\u2009\u2007\u3000\n\r\t\u2028\u2029",
  ..."\u00AD\u200B\u200C\u200D\uFEFF\u2060\u202E\u2066\uFE0F",
  ..."\uFB01\uFB02\uFF21\uFF41\u00B2\u00BD\u00A8",
  ..."\u0301\u0308\u030A\u0327",
  ..."\u0430\u0435\u043E\u0440\u0441\u0410\u03BF\u03B1\u041F\u03BB",
  "\u{1D400}",
  "\u{E0041}",
  "\u{1F600}",
  "\uD800",
  "\uDC00",
  ..."aeoAEOxyz \u00E9\u00C9\u0130",
];

const unit = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...SPECIAL) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 1 }) },
);
const textArb = fc.string({ unit, maxLength: 60 });
const optionsArb: fc.Arbitrary<NormalizeOptions> = fc.record(
  {
    quotes: fc.boolean(),
    dashes: fc.boolean(),
    ellipses: fc.boolean(),
    spaces: fc.boolean(),
    invisibles: fc.boolean(),
    confusables: fc.boolean(),
    compatibility: fc.boolean(),
    composition: fc.boolean(),
    caseFold: fc.boolean(),
  },
  { requiredKeys: [] },
);

const RUNS = { numRuns: 2000 };

describe("normalize() offset map properties", () => {
  it("toOriginal is in range and monotonic, and maps the end to the end", () => {
    fc.assert(
      fc.property(textArb, optionsArb, (text, options) => {
        const result = normalize(text, options);
        let previous = 0;
        for (let k = 0; k <= result.text.length; k++) {
          const original = result.toOriginal(k);
          expect(original).toBeGreaterThanOrEqual(previous);
          expect(original).toBeLessThanOrEqual(text.length);
          previous = original;
        }
        expect(result.toOriginal(result.text.length)).toBe(text.length);
      }),
      RUNS,
    );
  });

  it("every output unit comes from a non-empty original span; spans never overlap unless shared", () => {
    fc.assert(
      fc.property(textArb, optionsArb, (text, options) => {
        const result = normalize(text, options);
        let last = { start: 0, end: 0 };
        for (let k = 0; k < result.text.length; k++) {
          const span = result.toOriginalSpan(k, k + 1);
          expect(span.start).toBeLessThan(span.end);
          const shared = span.start === last.start && span.end === last.end;
          if (!shared) expect(span.start).toBeGreaterThanOrEqual(last.end);
          last = span;
        }
      }),
      RUNS,
    );
  });

  it("a span maps to an original span that covers exactly its sources, and maps back", () => {
    fc.assert(
      fc.property(textArb, optionsArb, fc.nat(), fc.nat(), (text, options, x, y) => {
        const result = normalize(text, options);
        const n = result.text.length;
        const a = n === 0 ? 0 : x % (n + 1);
        const b = n === 0 ? 0 : a + (y % (n - a + 1));
        const span = result.toOriginalSpan(a, b);
        expect(span.start).toBeLessThanOrEqual(span.end);
        expect(span.end).toBeLessThanOrEqual(text.length);
        if (b > a) {
          expect(span.start).toBe(result.toOriginalSpan(a, a + 1).start);
          expect(span.end).toBe(result.toOriginalSpan(b - 1, b).end);
          // The first normalized offset whose source starts at span.start is a or the start of a's cluster.
          const back = result.fromOriginal(span.start);
          expect(back).toBeLessThanOrEqual(a);
          expect(result.toOriginal(back)).toBe(span.start);
        }
      }),
      RUNS,
    );
  });

  it("re-normalizing the source of one output cluster gives that cluster back (context-free steps)", () => {
    // Dashes, confusables, spaces and doubled quote marks look at neighbours, so a slice
    // on its own can legitimately fold differently; the other steps are per cluster.
    const contextFree: NormalizeOptions = {
      dashes: false,
      confusables: false,
      spaces: false,
      quotes: false,
    };
    fc.assert(
      fc.property(textArb, (text) => {
        const result = normalize(text, contextFree);
        let k = 0;
        while (k < result.text.length) {
          const span = result.toOriginalSpan(k, k + 1);
          let end = k + 1;
          while (end < result.text.length) {
            const next = result.toOriginalSpan(end, end + 1);
            if (next.start !== span.start) break;
            end++;
          }
          const again = normalize(text.slice(span.start, span.end), contextFree).text;
          expect(again).toBe(result.text.slice(k, end));
          k = end;
        }
      }),
      RUNS,
    );
  });

  it("findings slice back to the reported character", () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const result = normalize(text);
        for (const finding of result.findings) {
          expect(text.slice(finding.start, finding.end)).toBe(finding.char);
          expect(finding.char.codePointAt(0)).toBe(finding.codePoint);
        }
      }),
      RUNS,
    );
  });

  it("is idempotent with default options on well-formed text", () => {
    // Without lone surrogates, and without non-Latin letters that are not look-alikes:
    // next to a real Greek or Cyrillic word a look-alike is deliberately left alone, and
    // folding one word can turn its neighbour's context Latin on a second pass.
    const wellFormed = SPECIAL.filter(
      (c) => !/^[\uD800-\uDFFF]$/.test(c) && c !== "\u041F" && c !== "\u03BB",
    );
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...wellFormed), maxLength: 40 }), (text) => {
        const once = normalize(text).text;
        expect(normalize(once).text).toBe(once);
      }),
      RUNS,
    );
  });

  it("a doctored word never normalizes to something invisible-free without a finding", () => {
    const hidden = fc.constantFrom(
      "\u200B",
      "\u200C",
      "\u200D",
      "\u2060",
      "\u00AD",
      "\u202E",
      "\u{E0041}",
    );
    const lookalike = fc.constantFrom("\u0430", "\u0435", "\u043E", "\u0440", "\u0441", "\u03BF");
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z]{2,8}$/),
        fc.nat(8),
        hidden,
        lookalike,
        (word, at, zw, fake) => {
          const i = at % word.length;
          expect(normalize(word.slice(0, i) + zw + word.slice(i)).findings.length).toBeGreaterThan(
            0,
          );
          const swapped = `${word.slice(0, i)}${fake}${word.slice(i + 1)} says`;
          expect(normalize(swapped).findings.length).toBeGreaterThan(0);
        },
      ),
      RUNS,
    );
  });
});
