import { describe, expect, it } from "vitest";
import { brief } from "../helpers/quotes.js";

const QA = [
  `Q&A: The glaciologist on the shelf`,
  `By Luis Ortega | Science Desk`,
  `A study found the ice shelf is losing ice fast. Its lead author, Maren Sørensen, a glaciologist at the Nordhavn Polar Institute, spoke to us from Tromsø.`,
  `Q: How confident are you?`,
  `A: Very confident. We have 30 years of data.`,
  `What worries us is the grounding line.`,
  `Q: What should policymakers take from this?`,
  `A: That the window is closing.`,
  `This interview has been edited.`,
].join("\n\n");

describe("interview layouts", () => {
  it("answers are the interviewee's block quotations, questions the interviewer's", () => {
    const quotes = brief(QA);
    expect(quotes.map((q) => [q.text, q.speaker, q.kind, q.resolvedBy])).toEqual([
      ["How confident are you?", "Luis Ortega", "block", "label"],
      [
        "Very confident. We have 30 years of data. What worries us is the grounding line.",
        "Maren Sørensen",
        "block",
        "label",
      ],
      ["What should policymakers take from this?", "Luis Ortega", "block", "label"],
      ["That the window is closing.", "Maren Sørensen", "block", "label"],
    ]);
    expect(quotes[1]!.parts).toHaveLength(2);
    expect(quotes[1]!.mention).toBe("A");
  });

  it("name labels resolve to the full names the article gives", () => {
    const input = [
      `Ines Zamora spoke with Theo Ruskin, books editor of the Gulf Review.`,
      `RUSKIN: Where did that come from?`,
      `ZAMORA: From my grandmother, mostly.`,
      `RUSKIN: Has your family read it?`,
      `ZAMORA: My mother has.`,
    ].join("\n\n");
    expect(brief(input).map((q) => [q.text, q.speaker])).toEqual([
      ["Where did that come from?", "Theo Ruskin"],
      ["From my grandmother, mostly.", "Ines Zamora"],
      ["Has your family read it?", "Theo Ruskin"],
      ["My mother has.", "Ines Zamora"],
    ]);
  });

  it("one-off run-in heads are not speaker labels", () => {
    const input = `Why it matters: The leak was serious.\n\nFlashback: It happened before.\n\n"We are on it," Kirby said.`;
    expect(brief(input).map((q) => q.text)).toEqual(["We are on it,"]);
  });

  it("can be switched off", () => {
    expect(brief(QA, { transcripts: false })).toEqual([]);
  });
});
