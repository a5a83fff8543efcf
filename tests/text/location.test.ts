import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { locator } from "../../src/text/location.js";

describe("locator", () => {
  it.each([
    ["abc", 0, 1, 1],
    ["abc", 3, 1, 4],
    ["ab\ncd", 3, 2, 1],
    ["ab\ncd", 2, 1, 3],
    ["ab\r\ncd", 4, 2, 1],
    ["ab\rcd\n\nx", 7, 4, 1],
    ["\u{1F600}x", 2, 1, 3], // columns count UTF-16 units, like offsets
  ])("%j at %i is %i:%i", (text, offset, line, column) => {
    expect(locator(text)(offset)).toEqual({ line, column });
  });

  it("clamps offsets outside the text", () => {
    expect(locator("ab\ncd")(-4)).toEqual({ line: 1, column: 1 });
    expect(locator("ab\ncd")(99)).toEqual({ line: 2, column: 3 });
  });

  it("agrees with counting line breaks before the offset", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("a", "\n", "\r", " ") }),
        fc.nat(),
        (text, n) => {
          const offset = n % (text.length + 1);
          // Independent model: a line starts where a line break (CRLF, CR or LF) ends.
          const starts = [
            0,
            ...[...text.matchAll(/\r\n|\r|\n/g)].map((m) => m.index + m[0].length),
          ];
          const passed = starts.filter((s) => s <= offset);
          expect(locator(text)(offset)).toEqual({
            line: passed.length,
            column: offset - passed[passed.length - 1]! + 1,
          });
        },
      ),
    );
  });
});
