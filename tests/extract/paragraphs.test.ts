import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitParagraphs } from "../../src/extract/paragraphs.js";

function slices(text: string): string[] {
  const bounds = splitParagraphs(text);
  const out: string[] = [];
  for (let k = 0; k < bounds.length; k += 2) out.push(text.slice(bounds[k], bounds[k + 1]));
  return out;
}

const CASES: [string, string, string[]][] = [
  ["blank lines separate paragraphs", "One.\nstill one.\n\nTwo.", ["One.\nstill one.", "Two."]],
  ["blank line with spaces", "One.\n  \t\nTwo.", ["One.", "Two."]],
  ["no blank line: one paragraph per line", "One.\nTwo.\nThree.", ["One.", "Two.", "Three."]],
  ["leading and trailing space trimmed", "  One.  \n\n\n  Two.  ", ["One.", "Two."]],
  ["empty text", "", []],
  ["only spaces", " \n \n ", []],
];

describe("paragraphs", () => {
  it.each(CASES)("%s", (_name, input, expected) => {
    expect(slices(input)).toEqual(expected);
  });

  it("the \\n fast path and the general path agree (\\r\\n input)", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("a", "b", " ", "\t", "\n"), maxLength: 40 }),
        (text) => {
          const crlf = text.replace(/\n/g, "\r\n");
          expect(slices(crlf).map((s) => s.replace(/\r/g, ""))).toEqual(slices(text));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
