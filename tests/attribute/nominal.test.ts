import { describe, expect, it } from "vitest";
import { brief } from "../helpers/quotes.js";

/** Descriptions resolved through earlier roles: [name, input, speaker, resolvedBy] of the last quotation. */
const CASES: [string, string, string, string][] = [
  [
    "the role given before the name",
    `White House National Security Council spokesperson John Kirby briefed reporters. "We are ready," the spokesperson said.`,
    "John Kirby",
    "nominal",
  ],
  [
    "a synonym of the role",
    `"We are ready," said John Kirby, the White House spokesman. "Nothing has changed," the spokesperson added.`,
    "John Kirby",
    "nominal",
  ],
  [
    "an abbreviated title",
    `Sen. Chuck Schumer spoke first. "We have the votes," the senator said.`,
    "Chuck Schumer",
    "nominal",
  ],
  [
    "a relative named in an apposition",
    `Her mother, Farah Tehrani, moved to London in 1989. Soraya Tehrani opened the restaurant. "She was a terrible cook," her mother said.`,
    "Farah Tehrani",
    "nominal",
  ],
  [
    "a possessive description",
    `Eastmark's trade minister, Ingrid Halvorsen, arrived late. "We did not come to sign paper," Eastmark's trade minister said.`,
    "Ingrid Halvorsen",
    "nominal",
  ],
  [
    "an age",
    `Gary Hatton, 52, won the jackpot. "I checked the ticket five times," the 52-year-old said.`,
    "Gary Hatton",
    "nominal",
  ],
  [
    "a nationality for the person the text is about",
    `Marco Vettori took over in 2023. The Italian, who played in Serie A, said his squad was tired.\n\n‘We have had 11 players out at the same time.’`,
    "Marco Vettori",
    "paragraph",
  ],
  [
    "an unnamed source said again",
    `"The talks are close," a senior official said. "Very close," the official added.`,
    "a senior official",
    "nominal",
  ],
  [
    "an unnamed source introduced in the narrative",
    `A Treasury spokesperson declined to comment further. Asked whether taxes would rise, the spokesperson said: "We don't comment on speculation."`,
    "a Treasury spokesperson",
    "nominal",
  ],
  [
    "a role of a named person is not an unnamed source",
    `About 3,200 homes remain without power, said Taylor Desrosiers, a spokeswoman for Gulf Parish Electric. Crews were "working 16-hour days," the spokeswoman said.`,
    "Taylor Desrosiers",
    "nominal",
  ],
  [
    "no antecedent: kept as written",
    `"We are ready," the spokesperson said.`,
    "the spokesperson",
    "explicit",
  ],
];

describe("nominal speakers", () => {
  it.each(CASES)("%s", (_name, input, speaker, resolvedBy) => {
    const last = brief(input).at(-1);
    expect(last?.speaker).toBe(speaker);
    expect(last?.resolvedBy).toBe(resolvedBy);
  });
});
