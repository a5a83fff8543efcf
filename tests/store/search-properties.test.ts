import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createStore, type Statement, tokenizeWords } from "../../src/index.js";

// Statements of words from a small made-up lexicon (with typography around them), so that a
// 6-word passage is almost surely said once; when it is not, an equal passage is an equal answer.
const LEXICON = Array.from({ length: 400 }, (_, i) => `w${i.toString(36)}${"aeiou"[i % 5]}x`);
const word = fc.constantFrom(...LEXICON);
const separator = fc.constantFrom(" ", " ", " ", ", ", ". ", " — ", "; ", " (", ") ");
const sentence = fc
  .array(fc.tuple(word, separator), { minLength: 12, maxLength: 60 })
  .map((pairs) =>
    pairs
      .map(([w, s]) => w + s)
      .join("")
      .trim(),
  );

const corpus = fc.array(sentence, { minLength: 3, maxLength: 12 }).map((texts) =>
  texts.map(
    (text, i): Statement => ({
      id: `s${i}`,
      speaker: i % 2 ? "Jane Doe" : "John Roe",
      text,
      source: {},
    }),
  ),
);

function wordsOf(text: string): string[] {
  return tokenizeWords(text).words.map((w) => w.norm);
}

describe("search properties", () => {
  it("a passage copied from a statement is found first, with its exact offsets", () => {
    fc.assert(
      fc.property(
        corpus,
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 6, max: 30 }),
        (statements, pick, from, length) => {
          const source = statements[pick % statements.length]!;
          const words = tokenizeWords(source.text).words;
          fc.pre(words.length >= length);
          const a = from % (words.length - length + 1);
          const span = { start: words[a]!.start, end: words[a + length - 1]!.end };
          const quote = source.text.slice(span.start, span.end);
          const [top] = createStore(statements).search(quote);
          expect(top).toBeDefined();
          expect(top!.score).toBe(1);
          if (top!.statement.id === source.id) {
            expect(top!.passage).toEqual(span);
          } else {
            expect(
              wordsOf(top!.statement.text.slice(top!.passage.start, top!.passage.end)),
            ).toEqual(wordsOf(quote));
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it("adding noise to a quote never raises its best score", () => {
    const noise = fc.oneof(
      fc.record({
        kind: fc.constant("insert" as const),
        at: fc.nat(),
        token: fc.constantFrom("zzq", "qqvx", "xylo"),
      }),
      fc.record({
        kind: fc.constant("replace" as const),
        at: fc.nat(),
        token: fc.constantFrom("zzq", "qqvx", "xylo"),
      }),
      fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), token: fc.constant("") }),
    );
    fc.assert(
      fc.property(
        corpus,
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 4, max: 20 }),
        noise,
        (statements, pick, from, length, change) => {
          const store = createStore(statements);
          const source = statements[pick % statements.length]!;
          const words = source.text.split(/\s+/);
          fc.pre(words.length >= length);
          const a = from % (words.length - length + 1);
          const quoted = words.slice(a, a + length);
          const noisy = quoted.slice();
          const at = change.at % noisy.length;
          if (change.kind === "insert") noisy.splice(at, 0, change.token);
          else if (change.kind === "replace") noisy[at] = change.token;
          else noisy.splice(at, 1);
          fc.pre(noisy.length > 0);
          const clean = store.search(quoted.join(" "))[0]?.score ?? 0;
          const worse = store.search(noisy.join(" "))[0]?.score ?? 0;
          expect(worse).toBeLessThanOrEqual(clean + 1e-9);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("every candidate's passage lies inside its statement and its score inside 0..1", () => {
    fc.assert(
      fc.property(
        corpus,
        fc.array(fc.oneof(word, separator, fc.string()), { maxLength: 20 }),
        (statements, parts) => {
          for (const c of createStore(statements).search(parts.join(""), { limit: 10 })) {
            expect(c.passage.start).toBeGreaterThanOrEqual(0);
            expect(c.passage.end).toBeLessThanOrEqual(c.statement.text.length);
            expect(c.passage.start).toBeLessThan(c.passage.end);
            expect(c.score).toBeGreaterThanOrEqual(0);
            expect(c.score).toBeLessThanOrEqual(1);
            expect(c.matchedWords).toBeLessThanOrEqual(c.quoteWords);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
