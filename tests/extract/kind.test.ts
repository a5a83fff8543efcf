import { describe, expect, it } from "vitest";
import { brief } from "../helpers/quotes.js";

/** [name, input, kind of the first quotation] */
const CASES: [string, string, "direct" | "partial" | "block"][] = [
  ["tagline after", `"We will keep them informed," Kirby said.`, "direct"],
  ["colon introduction", `Kirby said: "We will keep them informed."`, "direct"],
  ["comma introduction", `Kirby said, "We will keep them informed."`, "direct"],
  ["cue right before a full sentence", `Kirby said "We will keep them informed."`, "direct"],
  ["own paragraph after a colon", `Kirby said:\n\n"We will keep them informed."`, "direct"],
  [
    "fragment in paraphrase",
    `Kirby said the administration wanted to "reassure [allies] about our commitment."`,
    "partial",
  ],
  ["fragment after that", `Kirby said that "the leak was serious."`, "partial"],
  [
    "fragment with an ellipsis first",
    `Kirby said the plan would "… keep them informed."`,
    "partial",
  ],
  ["fragment not ending the sentence", `Kirby called it "deeply concerning" on Monday.`, "partial"],
  [
    "lower-case fragment after a comma",
    `That bill, he said, "does not raise a single penny in tax."`,
    "partial",
  ],
  [
    "lower-case fragment after a dash",
    `He played the same numbers — 'every week for 23 years' — and won.`,
    "partial",
  ],
  ["lower-case start of a paragraph is direct", `"we will win," she said.`, "direct"],
  ["an interview answer", `Smith spoke to Jane Doe.\n\nQ: Why?\n\nA: Because it matters.`, "block"],
];

describe("kind", () => {
  it.each(CASES)("%s", (_name, input, kind) => {
    const quotes = brief(input);
    const found = quotes.find((q) => q.kind === kind) ?? quotes[0];
    expect(found?.kind).toBe(kind);
    if (kind !== "block") expect(quotes[0]!.kind).toBe(kind);
  });
});
