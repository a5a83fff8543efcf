import { describe, expect, it } from "vitest";
import { differencesOf } from "../helpers/differences.js";

const SOURCE =
  "Since the President took office, revitalizing our alliances and partnerships, and reestablishing America\u2019s leadership around the world has been one of his top priorities.";

const CASES: [string, string, [string, string, string][]][] = [
  [
    "revitalizing our alliances and partnerships ... has been one of his top priorities",
    SOURCE,
    [["ellipsis_omission", "...", "and reestablishing America\u2019s leadership around the world"]],
  ],
  [
    "revitalizing our alliances and partnerships \u2026 has been one of his top priorities",
    SOURCE,
    [
      [
        "ellipsis_omission",
        "\u2026",
        "and reestablishing America\u2019s leadership around the world",
      ],
    ],
  ],
  [
    "revitalizing our alliances and partnerships . . . has been one of his top priorities",
    SOURCE,
    [
      [
        "ellipsis_omission",
        ". . .",
        "and reestablishing America\u2019s leadership around the world",
      ],
    ],
  ],
  [
    "revitalizing our alliances [\u2026] has been one of his top priorities",
    SOURCE,
    [
      [
        "ellipsis_omission",
        "[\u2026]",
        "and partnerships, and reestablishing America\u2019s leadership around the world",
      ],
    ],
  ],
  // An ellipsis where nothing was left out is no difference.
  ["our alliances \u2026 and partnerships", SOURCE, []],
  [
    "[Biden] will also have the opportunity",
    "And he will also have the opportunity",
    [["bracket_substitution", "[Biden]", "he"]],
  ],
  [
    "reassure [allies] about our commitment",
    "reassure them about our commitment",
    [["bracket_substitution", "[allies]", "them"]],
  ],
  [
    "reassure [U.S. allies] about our commitment",
    "reassure them about our commitment",
    [["bracket_substitution", "[U.S. allies]", "them"]],
  ],
  ["he will [also] meet them", "he will meet them", [["bracket_insertion", "[also]", ""]]],
  ["[Biden]'s plan works", "his plan works", [["bracket_substitution", "[Biden]'s", "his"]]],
  [
    "we are communicat[ing] with them",
    "we are communicate with them",
    [["bracket_substitution", "communicat[ing]", "communicate"]],
  ],
  // The same words in brackets still mark an edit (`President Biden` trimmed to `[Biden]`).
  [
    "[Biden] doesn't build his policy on promises",
    "President Biden doesn't build his policy on promises",
    [["bracket_substitution", "[Biden]", "Biden"]],
  ],
  // Whole sentences left out at an ellipsis negate nothing that is kept.
  [
    "must do more to increase the flow of aid. \u2026 They must open new crossings.",
    "must do more to increase the flow of aid. No excuses. They must open new crossings.",
    [["ellipsis_omission", "\u2026", "No excuses"]],
  ],
  [
    "We\u2019re facing tough times \u2026 but we\u2019re not facing them alone.",
    "We\u2019re facing tough times, there\u2019s no doubt, but we\u2019re not facing them alone.",
    [["ellipsis_omission", "\u2026", "there\u2019s no doubt"]],
  ],
  ["the goverment [sic] will act", "the goverment will act", [["sic", "[sic]", "goverment"]]],
  ["the goverment (sic) will act", "the goverment will act", [["sic", "(sic)", "goverment"]]],
];

describe("marked edits: ellipses, brackets, [sic]", () => {
  it.each(CASES)("%j", (quote, source, expected) => {
    const result = differencesOf(quote, source);
    expect(result.list).toEqual(expected);
    expect(result.status).toBe(expected.length === 0 ? "verified" : "verified_with_edits");
    expect(result.cost).toBeLessThan(0.1);
  });

  it("an ellipsis that only hides a `not` changes the meaning", () => {
    const result = differencesOf("we will \u2026 raise taxes", "we will not raise taxes");
    expect(result.kinds).toEqual(["negation"]);
    expect(result.status).toBe("meaning_changed");
  });

  it("a number swapped in brackets changes the meaning", () => {
    const result = differencesOf("over the last [18] months", "over the last 15 months");
    expect(result.kinds).toEqual(["number"]);
  });
});
