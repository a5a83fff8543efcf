import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/index.js";
import { brief } from "../helpers/quotes.js";

/** Quotations with no attribution of their own: [name, input, speaker, resolvedBy] of the last quotation. */
const CASES: [string, string, string | null, string | null][] = [
  [
    "the previous quotation in the paragraph",
    `"We are ready," Kirby said. Then came questions. "And we will stay ready."`,
    "Kirby",
    "previous-quote",
  ],
  [
    "the previous quotation ending the paragraph before",
    `"We are ready," Kirby said.\n\n"And we will stay ready."`,
    "Kirby",
    "previous-quote",
  ],
  [
    "the person the paragraph is about",
    `Defense Secretary Lloyd Austin toured the base on Monday. "The morale here is excellent."`,
    "Lloyd Austin",
    "paragraph",
  ],
  [
    "the subject of the narrative paragraph before",
    `Harriet Lindgren, a retired pharmacist, reserves particular scorn for the plan.\n\n"There is nothing gentle about a fourplex on a 40-foot lot."`,
    "Harriet Lindgren",
    "paragraph",
  ],
  [
    "the speaker of a cue sentence in the paragraph before",
    `Mayor Anita Bergstrom said she had made her peace with losing.\n\n"If building homes ends my career, I can live with that."`,
    "Anita Bergstrom",
    "paragraph",
  ],
  [
    "narrative about someone else cuts the chain",
    `"We are ready," Kirby said.\n\nThe storm hit the coast on Tuesday.\n\nResidents had left days before.\n\n"It was the worst I have seen."`,
    null,
    null,
  ],
];

describe("floating quotations", () => {
  it.each(CASES)("%s", (_name, input, speaker, resolvedBy) => {
    const last = brief(input).at(-1);
    expect(last?.speaker).toBe(speaker);
    expect(last?.resolvedBy).toBe(resolvedBy);
  });

  it("can be switched off", () => {
    const last = brief(`"We are ready," Kirby said.\n\n"And we will stay ready."`, {
      floating: false,
    }).at(-1);
    expect(last?.speaker).toBeNull();
  });

  it("a floating speaker is less certain than a tagged one", () => {
    const [tagged, floating] = extractQuotes(
      `"We are ready," Kirby said.\n\n"And we will stay ready."`,
    );
    expect(floating!.speaker?.name).toBe(tagged!.speaker?.name);
    expect(floating!.confidence).toBeLessThan(tagged!.confidence);
  });
});
