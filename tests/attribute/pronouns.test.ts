import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/index.js";
import { speakers } from "../helpers/quotes.js";

/** Pronoun speakers: [name, input, expected speaker of the last quotation]. */
const CASES: [string, string, string | null][] = [
  [
    "the seed pattern: he after a named speaker",
    `Kirby said the administration wanted to "reassure allies," Kirby said.\n\nHe stressed that partners "have appreciated the seriousness."`,
    "Kirby",
  ],
  [
    "gender from a first name picks the compatible person",
    `Karine Jean-Pierre and John Kirby briefed reporters. "We are ready," he said.`,
    "John Kirby",
  ],
  [
    "gender from an earlier pronoun",
    `Soraya Tehrani stirs the onions for an hour. She does not look up. Kim Yates reviewed the restaurant in 2019 and Bernard Vautrin taught her in Paris. "It takes time," she said.`,
    "Soraya Tehrani",
  ],
  [
    "the subject of the previous sentence before an object",
    `Tehrani trained in Paris under Bernard Vautrin. He remembers her as the only cook who argued with him.\n\n"She told me my sauce was too salty," he said.`,
    "Bernard Vautrin",
  ],
  [
    "the nearest sentence first",
    `Leslie Tran, a prosecutor, said the ruling was wrong. Asked about the case, Judge Miriam Okonkwo was quiet before she answered.\n\n"I have thought about that ruling more than any other," she said.`,
    "Miriam Okonkwo",
  ],
  [
    "a gender word in a role",
    `Her husband, Gideon Rowe, runs the front of house. The critic Sarah Yates was less kind. "We sold 400 loaves," he said.`,
    "Gideon Rowe",
  ],
  [
    "the pronoun overrules a first-name hint when nobody else fits",
    `Ashley Dunmore, the bank's governor, spoke first. "The risks are balanced," he said.`,
    "Ashley Dunmore",
  ],
  [
    "they for an organisation that spoke before",
    `"We will appeal," the union said in a statement. "We are not done," they added.`,
    "the union",
  ],
  [
    "it for an institution",
    `"Talks continue," the company said. "No deal is close," it added.`,
    "the company",
  ],
  [
    "a place used as a modifier is not a person",
    `Jamie Calloway, the union president, spoke after the vote. The 9,000-student Maple Hill district was placed under state control. "Our teachers never stopped showing up," he said.`,
    "Jamie Calloway",
  ],
  ["an unresolvable pronoun is kept as written", `"We are ready," she said.`, "she"],
];

describe("pronoun speakers", () => {
  it.each(CASES)("%s", (_name, input, speaker) => {
    const all = speakers(input);
    expect(all.at(-1)?.[1]).toBe(speaker);
  });

  it("reports how it resolved and where the pronoun is", () => {
    const input = `Defense Secretary Lloyd Austin spoke on Monday. "We are ready," he said.`;
    const [q] = extractQuotes(input);
    expect(q!.speaker).toMatchObject({
      name: "Lloyd Austin",
      role: "Defense Secretary",
      resolvedBy: "pronoun",
      mention: {
        text: "he",
        start: input.lastIndexOf("he said"),
        end: input.lastIndexOf("he said") + 2,
      },
    });
  });
});
