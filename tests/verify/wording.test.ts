import { describe, expect, it } from "vitest";
import { differencesOf } from "../helpers/differences.js";

// Unmarked wording changes: altered.
const CASES: [string, string, [string, string, string][]][] = [
  [
    "the G7 has stood with Ukraine",
    "the G7 has stood in solidarity with Ukraine",
    [["omission", "", "in solidarity"]],
  ],
  ["those leaders understand", "these leaders understand", [["substitution", "those", "these"]]],
  [
    "there's a plan for the region",
    "there are a plan for the region",
    [["substitution", "there's", "there are"]],
  ],
  [
    "our leaders understand the stakes",
    "our leader understands the stakes",
    // Adjacent changes are one difference.
    [["substitution", "leaders understand", "leader understands"]],
  ],
  [
    "we want a truly strong partnership",
    "we want a strong partnership",
    [["insertion", "truly", ""]],
  ],
  [
    "the plan works and the people are happy with the outcome",
    "the plan works. It was drafted by the committee over many weeks of talks. The people are happy with the outcome",
    [["splice", "and", "It was drafted by the committee over many weeks of talks"]],
  ],
  ["the pl\u0430n works", "the plan works", [["confusable_character", "\u0430", "plan"]]],
  // A degree word before a comparative is no quantity.
  [
    "its future is far more closely tied to the West",
    "its future is much more closely tied to the West",
    [["substitution", "far", "much"]],
  ],
  // A word moved, not changed: `more` is still there, a few words away.
  [
    "nowhere has that strategy been more on display than in Japan",
    "nowhere has that strategy been on display more than in Japan",
    [
      ["insertion", "more", ""],
      ["omission", "", "more"],
    ],
  ],
];

describe("wording changes", () => {
  it.each(CASES)("%j", (quote, source, expected) => {
    const result = differencesOf(quote, source);
    expect(result.list).toEqual(expected);
    expect(result.status).toBe("altered");
  });
});
