import { describe, expect, it } from "vitest";
import { brief } from "../helpers/quotes.js";

/**
 * Conversations set out as one line a paragraph: once two people have spoken, an
 * unattributed line is the other party's. [name, paragraphs, speaker of each line].
 */
const CASES: [string, string[], (string | null)[]][] = [
  [
    "a vicar and a haggler (fiction)",
    [
      `Jack Durbeyfield stopped the vicar on the road.`,
      `"We met last market-day on this road," said Durbeyfield.`,
      `"I did," said the vicar, Mr. Tringham.`,
      `"And once before that."`,
      `"I may have."`,
    ],
    ["Jack Durbeyfield", "Tringham", "Jack Durbeyfield", "Tringham"],
  ],
  [
    "an exchange between two named speakers continues to alternate",
    [
      `"Are you coming?" Maya asked her brother Theo.`,
      `"Not yet," Theo said.`,
      `"Why not?"`,
      `"Because it's raining."`,
      `"It's always raining."`,
    ],
    ["Maya", "Theo", "Maya", "Theo", "Maya"],
  ],
  [
    "news: a line after one attributed line continues its speaker",
    [`"We are ready," Kirby said.`, `"We have always been ready."`],
    ["Kirby", "Kirby"],
  ],
  [
    "a narrative paragraph ends the run",
    [
      `"Are you coming?" Maya asked.`,
      `"Not yet," Theo said.`,
      `Maya shrugged and left the room, slamming the door behind her.`,
      `"Typical."`,
    ],
    ["Maya", "Theo", "Maya"],
  ],
];

describe("turn-taking in dialogue", () => {
  it.each(CASES)("%s", (_name, paragraphs, expected) => {
    expect(brief(paragraphs.join("\n\n")).map((q) => q.speaker)).toEqual(expected);
  });

  it("says how the speaker was found", () => {
    const quotes = brief(
      [`"Are you coming?" Maya asked.`, `"Not yet," Theo said.`, `"Why not?"`].join("\n\n"),
    );
    expect(quotes.at(-1)?.resolvedBy).toBe("turn");
  });
});
