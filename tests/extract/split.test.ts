import { describe, expect, it } from "vitest";
import { brief } from "../helpers/quotes.js";

/** [name, input, parts of each quotation] */
const CASES: [string, string, string[][]][] = [
  [
    "comma tagline",
    `"We will," Kirby said, "keep them informed."`,
    [["We will,", "keep them informed."]],
  ],
  [
    "inverted tagline",
    `"We will," said Kirby, "keep them informed."`,
    [["We will,", "keep them informed."]],
  ],
  [
    "tagline with apposition",
    `"We will," said John Kirby, the White House spokesman, "keep them informed."`,
    [["We will,", "keep them informed."]],
  ],
  [
    "dash tagline",
    `"We will" — Kirby said — "keep them informed."`,
    [["We will", "keep them informed."]],
  ],
  [
    "tagline sentence, the speaker goes on",
    `"We will keep them informed," Kirby said. "We always have."`,
    [["We will keep them informed,", "We always have."]],
  ],
  [
    "tagline with adjuncts",
    `“My grandmother made me do this,” she says eventually, still stirring. “For an hour.”`,
    [["My grandmother made me do this,", "For an hour."]],
  ],
  [
    "British inverted tagline with a long name",
    `‘Passengers are caught in the middle,’ said Alex Pemberton of the Rail Users’ Forum. ‘Many of them lose a day’s pay.’`,
    [["Passengers are caught in the middle,", "Many of them lose a day’s pay."]],
  ],
  [
    "a dialogue turn is two quotations",
    `"Are you ready?" she asked. "Yes," he said.`,
    [["Are you ready?"], ["Yes,"]],
  ],
  [
    "the second part has its own tagline",
    `"We will," Kirby said. "We won't," Austin said.`,
    [["We will,"], ["We won't,"]],
  ],
  [
    "narrative between two quotations",
    `"We will," Kirby said, before leaving the room. The door closed behind him. "We won't," Austin said.`,
    [["We will,"], ["We won't,"]],
  ],
  [
    "a long sentence with a cue is not a tagline",
    `"We are ready," Kirby said. Austin said the Pentagon disagreed with that assessment. "It is not over."`,
    [["We are ready,"], ["It is not over."]],
  ],
];

describe("split quotations are one quotation with several parts", () => {
  it.each(CASES)("%s", (_name, input, expected) => {
    const quotes = brief(input);
    expect(quotes.map((q) => q.parts)).toEqual(expected);
    for (const q of quotes) expect(q.text).toBe(q.parts.join(" "));
  });

  it("the speaker comes from the interrupting tagline", () => {
    const [q] = brief(`"We will," Kirby said, "keep them informed."`);
    expect(q).toMatchObject({
      speaker: "Kirby",
      cue: "said",
      text: "We will, keep them informed.",
    });
  });
});
