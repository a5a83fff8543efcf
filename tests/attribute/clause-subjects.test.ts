import { describe, expect, it } from "vitest";
import { brief } from "../helpers/quotes.js";

/**
 * Subjects inside reported clauses and relative clauses (class: inanimate or
 * clause-internal subjects): [name, input, speaker of the last quotation].
 */
const CASES: [string, string, string | null][] = [
  [
    "a plan that 'asks' inside a politician's statement",
    `Mr. Lee said the plan asked his constituents "to pay for a bridge they will never use."`,
    "Lee",
  ],
  [
    "a bill that 'tells' inside a senator's statement",
    `Sen. Maria Okwu said the bill told workers "you are on your own" and vowed to block it.`,
    "Maria Okwu",
  ],
  [
    "a buyback that 'reflects' inside a company statement",
    `Harlow Outdoor Inc. cut its forecast. In a statement, the company said the buyback reflected "confidence in our long-term plan."`,
    "Harlow Outdoor Inc.",
  ],
  [
    "an offer that 'asks' inside a union's statement (British)",
    `The union said the offer asked members ‘to accept a real-terms cut for the third year running’.`,
    "the union",
  ],
  [
    "a document alone still speaks",
    `The report, published on Tuesday, said the agency had "failed at every level."`,
    "the report",
  ],
  [
    "a person inside the reported clause keeps the quotation",
    `Kirby said the president told allies "we will not waver."`,
    "the president",
  ],
  [
    "agreeing to do something is not saying it",
    `Kendrick Bell met the developers on Monday. He said the company had agreed to "dim the canopy lights after 11 p.m."`,
    "Kendrick Bell",
  ],
  [
    "an apposition with a relative clause is not a tagline",
    `Marisol Vance runs the retailer. She told analysts the company was "not going to chase volume," a strategy she said had hurt margins.`,
    "Marisol Vance",
  ],
  [
    "a quotation in a relative clause on the subject",
    `Ortiz, who has credited the program with "saving my life", said the city was wrong to cut it.`,
    "Ortiz",
  ],
  [
    "the same with the comma inside the marks",
    `Dr. Amir Said, who credits the clinic with "giving me a second career," said funding would run out in May.`,
    "Amir Said",
  ],
  [
    "whose clause",
    `Kemi Adeyemi, whose group called the cuts "reckless and cruel", told the council the vote should wait.`,
    "Kemi Adeyemi",
  ],
  [
    "a second verb of the subject",
    `Nadia Cole, 41, said the win was ‘deserved but not pretty’, and warned that her side faced ‘three cup finals’.`,
    "Nadia Cole",
  ],
  [
    "a second verb after a fronted adjunct",
    `In a letter to staff, the university's president, Constance Everhart, called the findings "deeply troubling" and said it would return "every dollar of federal money."`,
    "Constance Everhart",
  ],
];

describe("subjects of reported and relative clauses", () => {
  it.each(CASES)("%s", (_name, input, speaker) => {
    expect(brief(input).at(-1)?.speaker).toBe(speaker);
  });
});
