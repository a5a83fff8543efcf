import { describe, expect, it } from "vitest";
import { brief } from "../helpers/quotes.js";

const BODY = `\n\nMayor Renata Villanueva unveiled a $1.2 billion spending plan last week.`;

/** Headline conventions: [name, input, quoted text, speaker]. */
const CASES: [string, string, string, string | null][] = [
  [
    "name, topic, colon, quotation",
    `Villanueva on the budget: 'Nobody is going to like all of it'${BODY}`,
    "Nobody is going to like all of it",
    "Renata Villanueva",
  ],
  [
    "quotation, colon, name",
    `“Silence is how my family fights”: Ines Zamora on “The Salt Orchard”\n\nInes Zamora, the novelist, spoke on Saturday.`,
    "Silence is how my family fights",
    "Ines Zamora",
  ],
  [
    "a description introduced later in the article",
    `Q&A: The glaciologist who says the window "is closing but it hasn't closed"\n\nIts lead author, Maren Sørensen, a glaciologist at the Nordhavn Polar Institute, spoke to us.`,
    "is closing but it hasn't closed",
    "Maren Sørensen",
  ],
  [
    "a headline verb of praise",
    `Biden hails infrastructure bill as 'monumental step,' vows Senate win`,
    "monumental step,",
    "Biden",
  ],
  [
    "a colon inside the article is not a headline",
    `The council met on Monday.\n\nThe vote was close.\n\nThe next item on the agenda, after a long debate about the budget and the parks: "We will look at it again next year."`,
    "We will look at it again next year.",
    null,
  ],
];

describe("headlines", () => {
  it.each(CASES)("%s", (_name, input, quoted, speaker) => {
    const found = brief(input).find((q) => q.text === quoted);
    expect(found).toBeDefined();
    expect(found!.speaker).toBe(speaker);
  });
});
