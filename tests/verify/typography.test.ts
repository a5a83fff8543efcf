import { describe, expect, it } from "vitest";
import { differencesOf } from "../helpers/differences.js";

// [printed quote, record, expected differences as [kind, quote text, source text]]
const CASES: [string, string, [string, string, string][]][] = [
  ["we don\u2019t know", "We don't know.", []],
  ["\u201Cthe plan is ready\u201D", "The plan is ready.", []],
  [
    "Our healthcare system",
    "our health care system",
    [["typography", "healthcare", "health care"]],
  ],
  ["a long-term plan", "a long term plan", []],
  ["a longterm plan", "a long-term plan", [["typography", "longterm", "long-term"]]],
  ["send an e-mail today", "send an email today", [["typography", "e-mail", "email"]]],
  ["over 15 months", "over fifteen months", [["typography", "15", "fifteen"]]],
  ["the 1st time", "the first time", [["typography", "1st", "first"]]],
  ["twenty-five people", "25 people", [["typography", "twenty-five", "25"]]],
  ["a 10 per cent rise", "a 10 percent rise", [["typography", "per cent", "percent"]]],
  [
    "our defence organisation",
    "our defense organization",
    [
      ["typography", "defence", "defense"],
      ["typography", "organisation", "organization"],
    ],
  ],
  ["the US economy", "the U.S. economy", []],
  [
    "President Zelensky said",
    "President Zelenskyy said",
    [["typography", "Zelensky", "Zelenskyy"]],
  ],
  // Dashes and commas around an aside, a capital at the start: typography, not reported.
  ["the G7 \u2014 all of it \u2014 stands", "the G7, all of it, stands", []],
  ["We will act", "and we will act", []],
  ["[T]he plan works", "the plan works", [["typography", "[T]he", "the"]]],
  ["it is okay with us", "it is OK with us", [["typography", "okay", "OK"]]],
  ["on May 16th we met", "on May 16 we met", [["typography", "16th", "16"]]],
  ["a $1.2 trillion package", "a 1.2 trillion dollar package", [["typography", "", "dollar"]]],
  ["1.2 trillion dollars for roads", "$1.2 trillion for roads", [["typography", "dollars", ""]]],
];

describe("typography is never a change of words", () => {
  it.each(CASES)("%j vs %j", (quote, source, expected) => {
    const result = differencesOf(quote, source);
    expect(result.list).toEqual(expected);
    expect(result.status).toBe("verified");
    expect(result.cost).toBeLessThan(0.1);
  });
});

describe("words that are object keys are not numbers", () => {
  it.each(["constructor", "toString", "valueOf", "hasOwnProperty", "__proto__"])("%s", (word) => {
    expect(differencesOf(`the ${word} works`, `the ${word} works`).list).toEqual([]);
    expect(differencesOf(`the ${word} works`, "the 12 works").kinds).toEqual(["number"]);
  });
});
