import { describe, expect, it } from "vitest";
import {
  foldName,
  formatErrors,
  formatTable,
  type GoldDocument,
  percent,
  scoreDocument,
  summarize,
} from "../../test-corpus/score/index.js";
import { asPrediction, spanOf } from "./helpers.js";

const TEXT =
  'Intro.\n"We will," Kirby said, "keep them informed."\nThe "so-called" plan. "Odd," she said.';
const DOC: GoldDocument = {
  name: "fixture",
  family: "wire",
  text: TEXT,
  notQuotes: ["so-called"],
  quotes: [
    {
      spans: [spanOf(TEXT, "We will,"), spanOf(TEXT, "keep them informed.")],
      speaker: "John Kirby",
      mention: "Kirby",
      kind: "direct",
    },
    { spans: [spanOf(TEXT, "Odd,")], speaker: "Jane Roe", mention: "she", kind: "direct" },
  ],
};

describe("foldName", () => {
  it.each([
    ["  John   KIRBY ", "john kirby"],
    ["Zoë Ó Súilleabháin", "zoe o suilleabhain"],
    ["Conor O\u2019Brien", "conor o'brien"],
    ["Mrs. Hall", "mrs. hall"],
  ])("%j → %j", (name, folded) => expect(foldName(name)).toBe(folded));

  it("folds punctuation only when asked (LitBank)", () => {
    expect(foldName("Mrs. Hall", { punctuation: true })).toBe(foldName("Mrs  Hall"));
    expect(foldName("Philip's nurse", { punctuation: true })).toBe("philip s nurse");
  });
});

describe("corpus report formatting", () => {
  it("prints percentages with one decimal and a dash for nothing measured", () => {
    expect([percent(1), percent(2 / 3), percent(0), percent(null)]).toEqual([
      "100.0",
      "66.7",
      "0.0",
      "–",
    ]);
  });

  it("prints a family row and an overall row under aligned headers", () => {
    const { families, overall } = summarize([
      scoreDocument(DOC, [asPrediction(TEXT, DOC.quotes[0]!)]),
    ]);
    const lines = formatTable([...families, overall]).split("\n");
    expect(lines[0]).toMatch(/^family\s+docs\s+gold\s+pred\s+exact P\s+R\s+F1\s+overlap P/);
    expect(lines[2]!.split(/\s+/)).toEqual([
      "wire",
      "1",
      "2",
      "1",
      "100.0",
      "50.0",
      "66.7",
      "100.0",
      "50.0",
      "66.7",
      "100.0",
      "50.0",
      "100.0",
      "100.0",
    ]);
    expect(lines[3]).toMatch(/^-+/);
    expect(lines[4]).toMatch(/^overall\s+1\s+2\s+1\s/);
    expect(new Set(lines.map((l) => l.length)).size).toBe(1);
  });

  it("lists each error with line:column, in document order", () => {
    const split = asPrediction(TEXT, DOC.quotes[0]!);
    const firstPart = { ...split, spans: [split.spans[0]!] };
    const scare = asPrediction(TEXT, { spans: [spanOf(TEXT, "so-called")], speaker: null });
    const predicted = [firstPart, scare];
    const lines = formatErrors(DOC, scoreDocument(DOC, predicted), predicted);
    expect(lines).toEqual([
      '  2:2     boundary   gold "We will, | keep them informed.", found "We will," (2 span(s) expected, 1 found)',
      '  3:6     false pos  "so-called" — no speaker [listed as not a quotation]',
      '  3:24    miss       "Odd," — Jane Roe',
    ]);
  });

  it("names speaker and mention errors", () => {
    const wrong = asPrediction(TEXT, DOC.quotes[1]!);
    wrong.speaker = { ...wrong.speaker!, name: "John Kirby", resolvedBy: "pronoun" };
    const mention = asPrediction(TEXT, DOC.quotes[0]!);
    mention.speaker = { ...mention.speaker!, mention: { start: 0, end: 6, text: "Intro." } };
    const predicted = [mention, wrong];
    const lines = formatErrors(DOC, scoreDocument(DOC, predicted), predicted);
    expect(lines).toEqual([
      '  2:2     mention    gold "Kirby", found "Intro."',
      '  3:24    speaker    wrong: gold Jane Roe (mention "she"), found John Kirby (mention "she", pronoun) — "Odd,"',
    ]);
  });
});
