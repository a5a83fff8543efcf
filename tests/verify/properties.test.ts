import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { StemCache } from "../../src/match/index.js";
import { parseQuote } from "../../src/match/parse-quote.js";
import type { Statement } from "../../src/store/schema.js";
import { tokenizeWords } from "../../src/text/index.js";
import { assess } from "../../src/verify/assess.js";
import { quoteEvidence } from "../../src/verify/evidence.js";
import { verifyQuote } from "../../src/verify/verify-quote.js";
import { corpusStatements, corpusStore } from "../helpers/corpus-store.js";

const statements = corpusStatements().filter(
  (s) =>
    s.speaker !== "Reporter" && !s.text.includes("[") && tokenizeWords(s.text).words.length >= 12,
);
const store = corpusStore();
const RUNS = 60;

interface Fragment {
  statement: Statement;
  text: string;
}

/** A verbatim run of 6–25 words of a statement in the record, distinctive enough to pin down. */
const fragment: fc.Arbitrary<Fragment> = fc
  .tuple(fc.nat(statements.length - 1), fc.nat(10_000), fc.integer({ min: 6, max: 25 }))
  .map(([s, at, length]) => {
    const statement = statements[s]!;
    const words = tokenizeWords(statement.text).words;
    const first = at % Math.max(1, words.length - length);
    const last = Math.min(words.length - 1, first + length - 1);
    return { statement, text: statement.text.slice(words[first]!.start, words[last]!.end) };
  })
  .filter((f) => quoteEvidence(parseQuote(f.text)) >= 4);

/** Typography a paper may change: quote marks, apostrophes, dashes, spaces, case of the first letter. */
function retype(text: string, seed: number): string {
  let out = text
    .replace(/[\u2019']/g, seed % 2 ? "\u2019" : "'")
    .replace(/\s*\u2014\s*/g, seed % 3 === 0 ? " -- " : seed % 3 === 1 ? "\u2014" : " \u2013 ")
    .replace(/ /g, seed % 5 === 0 ? "\u00A0" : " ");
  out =
    seed % 2
      ? out.charAt(0).toUpperCase() + out.slice(1)
      : out.charAt(0).toLowerCase() + out.slice(1);
  return `\u201C${out}\u201D`;
}

const AUXILIARIES = new Set(
  "is are was were will can could would should do does did have has".split(" "),
);

describe("verification properties", () => {
  it("a quote copied from the record is verified, with score 1", async () => {
    await fc.assert(
      fc.asyncProperty(fragment, async (f) => {
        const v = await verifyQuote({ text: f.text, speaker: f.statement.speaker }, store);
        expect([f.text, v.status]).toEqual([f.text, "verified"]);
        if (v.status === "verified") expect(v.score).toBe(1);
      }),
      { numRuns: RUNS },
    );
  });

  it("with its typography changed, it is still verified", async () => {
    await fc.assert(
      fc.asyncProperty(fragment, fc.nat(1000), async (f, seed) => {
        const text = retype(f.text, seed);
        const v = await verifyQuote({ text, speaker: f.statement.speaker }, store);
        expect([text, v.status]).toEqual([text, "verified"]);
      }),
      { numRuns: RUNS },
    );
  });

  it("with a negation added or removed inside it, it is never verified or verified with edits", async () => {
    // Inside: at a quote's edge, dropping `not` just quotes a shorter fragment. Only a lone
    // `not`: in a restart ("it's not — it's not the end") dropping the first one leaves the
    // speaker's meaning, which the second one carries, as it was.
    const negated = (text: string): string | undefined => {
      const words = tokenizeWords(text).words;
      const nots = words.filter((w) => w.norm === "not").length;
      for (let i = 1; nots === 1 && i < words.length - 1; i++) {
        const w = words[i]!;
        if (w.norm === "not") return `${text.slice(0, w.start)}${text.slice(words[i + 1]!.start)}`;
      }
      for (let i = 0; i < words.length - 1; i++) {
        const w = words[i]!;
        if (AUXILIARIES.has(w.norm)) return `${text.slice(0, w.end)} not${text.slice(w.end)}`;
      }
      return undefined;
    };
    await fc.assert(
      fc.asyncProperty(
        fragment.filter((f) => negated(f.text) !== undefined),
        async (f) => {
          const text = negated(f.text)!;
          const v = await verifyQuote({ text, speaker: f.statement.speaker }, store);
          expect([text, v.status]).not.toEqual([text, "verified"]);
          expect([text, v.status]).not.toEqual([text, "verified_with_edits"]);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("with a number changed, it is never verified or verified with edits", async () => {
    const withNumber = fragment.filter((f) => /\d/.test(f.text));
    await fc.assert(
      fc.asyncProperty(withNumber, fc.integer({ min: 1, max: 8 }), async (f, delta) => {
        const text = f.text.replace(/\d+/, (n) => String(Number(n) + delta));
        const v = await verifyQuote({ text, speaker: f.statement.speaker }, store);
        expect(["verified", "verified_with_edits"]).not.toContain(v.status);
      }),
      { numRuns: RUNS },
    );
  });

  it("adding noise never raises the score", () => {
    const stems = new StemCache();
    const junk = fc.stringMatching(/^[a-z]{4,9}$/).map((w) => `zq${w}`);
    fc.assert(
      fc.property(
        fragment,
        fc.array(fc.tuple(junk, fc.nat(100), fc.boolean()), { minLength: 1, maxLength: 4 }),
        (f, edits) => {
          const passage = { start: f.statement.text.indexOf(f.text), end: 0 };
          passage.end = passage.start + f.text.length;
          let text = f.text;
          let previous = assess(parseQuote(text), f.statement, passage, stems)!.score;
          // Noise is whole words: not the `%` of `11%`, which the tokenizer reads as a word
          // glued to the number (replacing it would change the number itself).
          const glued = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
          for (const [word, at, replace] of edits) {
            const words = tokenizeWords(text).words.filter(
              (x) => !glued(text[x.start - 1]) && !glued(text[x.end]),
            );
            if (words.length === 0) continue;
            const w = words[at % words.length]!;
            text = replace
              ? `${text.slice(0, w.start)}${word}${text.slice(w.end)}`
              : `${text.slice(0, w.start)}${word} ${text.slice(w.start)}`;
            const score = assess(parseQuote(text), f.statement, passage, stems)!.score;
            expect(score).toBeLessThanOrEqual(previous + 1e-9);
            previous = score;
          }
        },
      ),
      { numRuns: RUNS * 3 },
    );
  });
});
