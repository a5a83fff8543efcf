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
    "the speaker goes on after ', adding:' (obituary)",
    `"It's been the best 41 years of my life," he said, adding: "But I'm 72 and it's time."`,
    [["It's been the best 41 years of my life,", "But I'm 72 and it's time."]],
  ],
  [
    "an inverted cue and ', adding:' (British single quotes)",
    `‘This is not the end,’ said Councillor Fay Hart, adding: ‘We will appeal.’`,
    [["This is not the end,", "We will appeal."]],
  ],
  [
    "'before adding:' after a cue with an object (earnings call)",
    `"It's been a privilege," the outgoing chair told members on Tuesday, before adding: "I leave the club in good hands."`,
    [["It's been a privilege,", "I leave the club in good hands."]],
  ],
  [
    "'went on:'",
    `"We lost the vote," Okafor said, and went on: "We will not lose the argument."`,
    [["We lost the vote,", "We will not lose the argument."]],
  ],
  [
    "'adding that' introduces a partial quotation of its own",
    `"I never wanted to leave," she said, adding that "the town made me who I am."`,
    [["I never wanted to leave,"], ["the town made me who I am."]],
  ],
  [
    "a colon after a cue that is not a verb of continuing keeps two quotations",
    `"We are ready," Kirby said. Asked about the talks, he said: "They continue."`,
    [["We are ready,"], ["They continue."]],
  ],
  [
    "the speaker goes on in a new sentence of the same paragraph (record shop)",
    `Morrow, 68, opened Spin City in 1983. "We'll go out with a bang," Morrow said. "Every record gets one last play."`,
    [["We'll go out with a bang,", "Every record gets one last play."]],
  ],
  [
    "a dash tagline in its own paragraph after a split quotation",
    `"We'll go out with a bang," Morrow said. "Every record gets one last play."\n\n"It was a good run." — Bernie Jones`,
    [["We'll go out with a bang,", "Every record gets one last play."], ["It was a good run."]],
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
