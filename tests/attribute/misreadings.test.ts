import { describe, expect, it } from "vitest";
import { brief } from "../helpers/quotes.js";

/**
 * Readings that once went wrong on held-out news: [name, input, quoted text, speaker].
 * Each stands for a rule, not for its example.
 */
const CASES: [string, string, string, string | null][] = [
  [
    "a verb in -ing is no noun heading a speaker (`spent several minutes fielding questions`)",
    "President Joe Biden, who rarely visits the room, introduced himself \u2014 \u201CMy name is Joe Biden\u201D \u2014 and spent several minutes fielding questions on Israel.",
    "My name is Joe Biden",
    "Joe Biden",
  ],
  [
    "a ship named after a person is no one a pronoun refers to",
    "Jake Sullivan spoke on Tuesday. The Pentagon has moved the aircraft carrier Gerald R. Ford into the Mediterranean, and Sullivan was explicit about the signal.\n\n\u201CWe did not move the carrier for Hamas,\u201D he said.",
    "We did not move the carrier for Hamas,",
    "Jake Sullivan",
  ],
  [
    "a surname that is also a first name says nothing of gender",
    "Vice President Kamala Harris sat beside him. Mayor Karen Bass said the city would rebuild. Harris spoke of the neighborhoods. She said \u201Cthe devastation is multigenerational.\u201D",
    "the devastation is multigenerational.",
    "Kamala Harris",
  ],
  [
    "`says agency can`: a clause said, not an inverted speaker; the headline's subject says it",
    "FEMA chief warns Milton will be \u2018catastrophic,\u2019 says agency can handle two storms\n\nWASHINGTON \u2014 Deanne Criswell, the FEMA chief, spoke on Wednesday.",
    "catastrophic,",
    "Deanne Criswell",
  ],
  [
    "a thing's participle before a colon is no cue; the person the sentence is about is",
    "John Kirby spoke on Monday. Kirby was blunt about South Africa\u2019s filing at the court accusing Israel of genocide: \u201CWe find this submission meritless.\u201D",
    "We find this submission meritless.",
    "John Kirby",
  ],
  [
    "a saying still to come (`would announce`) inside a reported clause is the reporter's",
    "Biden and first lady Jill Biden toured the damage. White House press secretary Karine Jean-Pierre said Biden would announce that Washington would pick up \u201Cthe full cost of clearing debris\u201D for twice as long.",
    "the full cost of clearing debris",
    "Karine Jean-Pierre",
  ],
  [
    "an office no one in the story holds is not guessed onto its main person",
    "Rishi Sunak left Washington after a day of talks with Joe Biden.\n\n\u2018It is staggering,\u2019 the president said.",
    "It is staggering,",
    "the president",
  ],
  [
    "a name a past-tense verb follows is the sentence's subject, after an opening phrase",
    "President Joe Biden spoke on Thursday. Speaking eight months before a likely rematch with Donald Trump, Biden invoked Franklin Roosevelt. \u201CNot since Lincoln has democracy been under assault,\u201D he said.",
    "Not since Lincoln has democracy been under assault,",
    "Joe Biden",
  ],
  [
    "a whole sentence after `his word:` is words given, not a term",
    "President Joe Biden spoke on Wednesday. Biden ended by giving the country his word: \u201CI will always level with you.\u201D",
    "I will always level with you.",
    "Joe Biden",
  ],
  [
    "`, and that …` after a quotation joins a clause on; it is no tagline",
    "President Joe Biden spoke on Monday. Mr. Biden, for his part, said that \u201Ctechnology with global impact requires global action,\u201D and that leaders abroad routinely asked him about it.",
    "technology with global impact requires global action,",
    "Joe Biden",
  ],
  [
    "a title-case headline does not make `Biden Cancels Up` a person",
    "Biden Cancels Up to $20,000 in Student Debt, Daring Critics to Call It Unfair\n\nWASHINGTON \u2014 President Biden on Wednesday canceled student debt. \u201CI will never apologize for helping working people,\u201D Mr. Biden said.",
    "I will never apologize for helping working people,",
    "Biden",
  ],
];

describe("misreadings found on held-out news", () => {
  it.each(CASES)("%s", (_name, input, quoted, speaker) => {
    const found = brief(input).find((q) => q.text === quoted);
    expect(found, `${quoted} not found`).toBeDefined();
    expect(found!.speaker).toBe(speaker);
  });
});

describe("names in quotation marks found on held-out news", () => {
  it("a short phrase after an article, the period inside the marks, is a name, not speech", () => {
    const text =
      "President Biden asked Congress to suspend the tax. The White House has cast the spike in prices as the \u201CPutin price hike.\u201D";
    expect(brief(text).map((q) => q.text)).toEqual([]);
    expect(
      brief(text, { includeNonSpeech: true }).find((q) => q.text === "Putin price hike."),
    ).toMatchObject({ category: "scare" });
  });
});
