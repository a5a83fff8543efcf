import { describe, expect, it } from "vitest";
import { findQuotations } from "../../src/extract/find-quotations.js";
import { brief } from "../helpers/quotes.js";

/**
 * Datelines end at their dash, whatever the case of the place: [name, input, the
 * first word of the sentence after the dash].
 */
const DATELINES: [string, string, string][] = [
  ["city in capitals (AP)", `SPRINGFIELD, Ill. (AP) — Gov. Ann Pike signed the bill.`, "gov."],
  ["city and state in title case", `Sacramento, Calif. — The governor signed the bill.`, "the"],
  [
    "city, date and agency with an ASCII dash",
    `Lagos, 12 March (Reuters) - The union said strikes would continue.`,
    "the",
  ],
  ["city and agency", `Kyiv (AFP) — Officials said the talks were over.`, "officials"],
  ["city and weekday", `Glasgow, Monday — Ministers met at noon.`, "ministers"],
];

/** Dashes that open an aside, not a dateline: [name, input]. */
const NOT_DATELINES: [string, string][] = [
  ["a name alone before a dash", `John Kirby — the spokesman — said the talks were over.`],
  ["a clause before a dash", `The plan failed — badly — said Kirby.`],
];

function sentenceOf(input: string, word: string): { dash: number; word: number } {
  const { tokens } = findQuotations(input, { transcripts: false });
  const dash = tokens.findIndex((t) => t.lower === "—");
  const at = tokens.findIndex((t, k) => k > dash && t.lower === word);
  return { dash: tokens[dash]!.sentence, word: tokens[at]!.sentence };
}

describe("datelines", () => {
  it.each(DATELINES)("%s", (_name, input, word) => {
    const { dash, word: after } = sentenceOf(input, word);
    expect(after).toBe(dash + 1);
  });

  it.each(NOT_DATELINES)("not a dateline: %s", (_name, input) => {
    const { tokens } = findQuotations(input, { transcripts: false });
    expect(new Set(tokens.map((t) => t.sentence)).size).toBe(1);
  });

  it("a description after a dateline in title case is read from its determiner", () => {
    const input = `Lagos, 12 March (Reuters) - The Nigerian Medical Association said strikes would "continue indefinitely."`;
    expect(brief(input)[0]?.speaker).toBe("the Nigerian Medical Association");
  });
});
