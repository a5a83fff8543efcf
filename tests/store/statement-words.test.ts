import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tokenizeWords } from "../../src/index.js";
import { indexStatementWords } from "../../src/store/index/statement-words.js";
import { Vocabulary } from "../../src/store/index/vocabulary.js";

/** The words and offsets the index stores for a text. */
function indexed(text: string): string[] {
  const vocab = new Vocabulary();
  const out: string[] = [];
  indexStatementWords(text, vocab, (id, start, end) =>
    out.push(`${vocab.words[id]}@${start}-${end}`),
  );
  return out;
}

function tokenized(text: string): string[] {
  return tokenizeWords(text).words.map((w) => `${w.norm}@${w.start}-${w.end}`);
}

describe("the index reads exactly the words tokenizeWords reads", () => {
  it.each([
    "Don’t stop, Mr. President — the U.S. and the U.K. spent $1,000.50 (3.5%) on R&D.",
    "It’s 9 a.m. ‘80s rock ’n’ roll. We can — we can… go. U.S.... ok",
    "health-care, long\u2010term, caf\u00e9, na\u00efve, n\u043et, zero\u200Bwidth, 1,2,3, 4.5.6, e.g. i.e.",
    "``quoted'' and 'single' — ellipsis . . . and --dash-- and - hyphen",
    "",
  ])("%j", (text) => {
    expect(indexed(text)).toEqual(tokenized(text));
  });

  it("on random text made of the characters that take the fast path, and others", () => {
    const piece = fc.constantFrom(
      "a",
      "B",
      "z9",
      "don",
      "'",
      "’",
      "‘",
      ".",
      "..",
      "...",
      ",",
      "1",
      "22",
      "%",
      "&",
      "-",
      "—",
      "–",
      "…",
      " ",
      "  ",
      "\u00a0",
      "\n",
      "“",
      "”",
      '"',
      "`",
      "é",
      "\u200b",
      "U.S",
      "e.g.",
      "3.5",
      "1,000",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join("");
        expect(indexed(text)).toEqual(tokenized(text));
      }),
      { numRuns: 2000 },
    );
  });
});
