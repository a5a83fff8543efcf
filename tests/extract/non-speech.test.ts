import { describe, expect, it } from "vitest";
import { brief } from "../helpers/quotes.js";

/**
 * Quoted strings that are not speech, with the category the context gives them:
 * [name, input, quoted string, category].
 */
const NOT_SPEECH: [string, string, string, string][] = [
  ["nickname", `Dwayne "The Rock" Johnson said he was ready.`, "The Rock", "nickname"],
  ["nickname in a tabloid", `Pop star Jasmine “Jazz” Everly has had enough.`, "Jazz", "nickname"],
  ["film title", `She starred in the film "Oppenheimer" last year.`, "Oppenheimer", "title"],
  [
    "title after a comma",
    `She wrote her first cookbook, ‘Pomegranate and Smoke’, at night.`,
    "Pomegranate and Smoke",
    "title",
  ],
  [
    "report titled",
    `The council published a report titled "Rivers in Crisis" on Monday.`,
    "Rivers in Crisis",
    "title",
  ],
  [
    "show before a credit noun",
    `The "Silver Lake" star accused her of writing a song about him.`,
    "Silver Lake",
    "title",
  ],
  ["so-called", `He attacked the so-called "deep state" again.`, "deep state", "term"],
  ["the word", `She used the word "unprecedented" six times.`, "unprecedented", "term"],
  [
    "slogan after a copula",
    `The lab's informal slogan was "results by Friday."`,
    "results by Friday.",
    "term",
  ],
  [
    "known as",
    `The policy, known as "quantitative easing," ended in 2014.`,
    "quantitative easing,",
    "term",
  ],
  ["a name noun after", `The station would operate under the "QuikFuel" name.`, "QuikFuel", "term"],
  [
    "definition of",
    `About 900 meet the report's definition of "affordable," the data show.`,
    "affordable,",
    "term",
  ],
  ["rated", `The bridge was rated "insufficient" in 2023.`, "insufficient", "term"],
  [
    "what X calls",
    `The plan is part of what the district calls "right-sizing," officials said.`,
    "right-sizing,",
    "term",
  ],
  [
    "relative naming",
    `The only way out is a dirt road residents call "the Goat Trail."`,
    "the Goat Trail.",
    "term",
  ],
  [
    "often called",
    `The chemicals, often called "forever chemicals," persist for decades.`,
    "forever chemicals,",
    "term",
  ],
  [
    "habit of naming",
    `Pharmacists have taken to calling their waiting lists "the lottery."`,
    "the lottery.",
    "term",
  ],
  [
    "name with a pronoun object",
    `Bergstrom calls it "Homes for Every Block."`,
    "Homes for Every Block.",
    "term",
  ],
  ["branded", `Furious fans have branded their former hero a 'Judas'.`, "Judas", "term"],
  ["scare quote without a speaker", `The "experts" were wrong again.`, "experts", "scare"],
  [
    "one word far from its cue",
    `His manager said he had "checked into a retreat" and was protecting his "brand" and his health.`,
    "brand",
    "scare",
  ],
];

/** Look-alikes that are speech: [name, input, quoted text, speaker]. */
const SPEECH: [string, string, string, string][] = [
  [
    "called with an object and an evaluation",
    `Kirby called the leak "deeply concerning" on Monday.`,
    "deeply concerning",
    "Kirby",
  ],
  [
    "called it with a sentence",
    `At the unveiling the mayor, Jane Ruiz, called it "the hardest budget I've ever had to write."`,
    "the hardest budget I've ever had to write.",
    "Jane Ruiz",
  ],
  [
    "one word right after its cue",
    `Board President Gail Henning called the decision “heartbreaking.”`,
    "heartbreaking.",
    "Gail Henning",
  ],
  [
    "short fragment with a tagline",
    `The talks were "miles apart," a person familiar with them said.`,
    "miles apart,",
    "a person familiar with them",
  ],
  ["title case but a sentence", `"Go For The Lamb," Yates wrote.`, "Go For The Lamb,", "Yates"],
  [
    "capitalised words around a quotation with a cue",
    `Kirby said "We are ready" Monday.`,
    "We are ready",
    "Kirby",
  ],
];

describe("quoted strings that are not speech", () => {
  it.each(NOT_SPEECH)("%s is left out by default", (_name, input, quoted) => {
    expect(brief(input).map((q) => q.text)).not.toContain(quoted);
  });

  it.each(NOT_SPEECH)(
    "%s is returned with includeNonSpeech, marked",
    (_name, input, quoted, category) => {
      const found = brief(input, { includeNonSpeech: true }).find((q) => q.text === quoted);
      expect(found?.category).toBe(category);
    },
  );
});

describe("look-alikes that are speech", () => {
  it.each(SPEECH)("%s", (_name, input, quoted, speaker) => {
    const found = brief(input).find((q) => q.text === quoted);
    expect(found?.speaker).toBe(speaker);
    const marked = brief(input, { includeNonSpeech: true }).find((q) => q.text === quoted);
    expect(marked?.category).toBe("speech");
  });
});
