import { describe, expect, it } from "vitest";
import { differencesOf } from "../helpers/differences.js";

// The record's stutters and cut-off words, left out of the printed quote: the speaker
// never meant them as words (`uh` and `um` are fillers: see minor.test.ts).
const CASES: [string, string, [string, string, string][]][] = [
  [
    "The President is looking forward to getting out there",
    "The President is looking forward to \u2014 to getting out there",
    [["disfluency", "", "to"]],
  ],
  [
    "how united the G7 really is around a common range",
    "how united the G7 really is ar- \u2014 around a common range",
    [["disfluency", "", "ar"]],
  ],
  [
    "we will make a determination",
    "we will make a \u2014 make a determination",
    [["disfluency", "", "make a"]],
  ],
  // A stutter ending in a word cut off: `the U- — the Ukrainian`.
  [
    "have targeted the Ukrainian government",
    "have targeted the U- \u2014 the Ukrainian government",
    [["disfluency", "", "the U"]],
  ],
  // A slip of one letter, said again right.
  [
    "the director of the United States Secret Service",
    "the director of the United Stetes \u2014 States Secret Service",
    [["disfluency", "", "Stetes"]],
  ],
  // A fragment that starts after the stutter has nothing to leave out.
  ["make a determination", "make a \u2014 make a determination", []],
  ["these leaders understand", "But \u2014 but these leaders understand", []],
  ["time is short", "Tom- \u2014 time is short", []],
  // The transcriber's notes are not words anyone said.
  ["we will act on this", "we will act [inaudible] on this", [["disfluency", "", "inaudible"]]],
  // Kept in the quote, the stutter is simply matched.
  ["forward to \u2014 to getting", "forward to \u2014 to getting", []],
];

describe("source disfluencies left out are not differences that count", () => {
  it.each(CASES)("%j vs %j", (quote, source, expected) => {
    const result = differencesOf(quote, source);
    expect(result.list).toEqual(expected);
    expect(result.status).toBe("verified");
  });

  it("`that that` is good English, not a stutter", () => {
    const result = differencesOf("I know that is true", "I know that that is true");
    expect(result.status).toBe("altered");
  });
});
