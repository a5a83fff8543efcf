import { describe, expect, it } from "vitest";
import { differencesOf } from "../helpers/differences.js";

// Changes that touch what the words mean: meaning_changed.
const CASES: [string, string, [string, string, string][]][] = [
  [
    "our ability to pay our debts is not a key part of U.S. credibility",
    "our ability to pay our debts is a key part of U.S. credibility",
    [["negation", "not", ""]],
  ],
  ["we will raise taxes", "we will not raise taxes", [["negation", "", "not"]]],
  // Another `not` a few words away is no repeat of the dropped one.
  ["I did not say I would go", "I did not say I would not go", [["negation", "", "not"]]],
  ["we can do it", "we can\u2019t do it", [["negation", "can", "can\u2019t"]]],
  ["we never said that", "we always said that", [["negation", "never", "always"]]],
  [
    "Over the last 18 months, the G7 has stood in solidarity",
    "Over the last 15 months, the G7 has stood in solidarity",
    [["number", "18", "15"]],
  ],
  ["over the last eighteen months", "over the last 15 months", [["number", "eighteen", "15"]]],
  ["all of the leaders agree", "some of the leaders agree", [["number", "all", "some"]]],
  ["mass shootings doubled", "mass shootings tripled", [["number", "doubled", "tripled"]]],
  [
    "it has trained tens of thousands of soldiers",
    "it has trained thousands of soldiers",
    [["number", "tens of", ""]],
  ],
  [
    "It is going to be a deadly storm",
    "It is going to be a potentially deadly storm",
    [["hedge", "", "potentially"]],
  ],
  ["a $3 billion package", "a $3 million package", [["number", "billion", "million"]]],
  [
    "he will meet Prime Minister Modi",
    "he will meet Prime Minister Kishida",
    [["entity", "Modi", "Kishida"]],
  ],
  ["support for Ukraine and Moldova", "support for Ukraine", [["entity", "and Moldova", ""]]],
  ["the plan will work", "the plan might work", [["hedge", "will", "might"]]],
  ["the plan works", "I think the plan works", []],
  ["so the plan works", "so, I think, the plan works", [["hedge", "", "I think"]]],
  ["the talks were a success", "the talks were sort of a success", [["hedge", "", "sort of"]]],
  ["it apparently failed", "it failed", [["hedge", "apparently", ""]]],
];

describe("meaning-critical changes", () => {
  it.each(CASES)("%j", (quote, source, expected) => {
    const result = differencesOf(quote, source);
    expect(result.list).toEqual(expected);
    expect(result.status).toBe(expected.length === 0 ? "verified" : "meaning_changed");
  });

  it("a capital at the start of the quote is not a name", () => {
    expect(differencesOf("Those leaders agree", "these leaders agree").kinds).toEqual([
      "substitution",
    ]);
  });
});
