import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/index.js";
import { texts } from "../helpers/quotes.js";

/** [input, quoted texts] */
const CASES: [string, string, string[]][] = [
  ["straight double", `"We are ready," Kirby said.`, ["We are ready,"]],
  ["curly double", `“We are ready,” Kirby said.`, ["We are ready,"]],
  ["mixed curly and straight", `“We are ready," Kirby said.`, ["We are ready,"]],
  ["British single", `‘We are ready,’ Mr Kirby said.`, ["We are ready,"]],
  ["straight single", `'We are ready,' Mr Kirby said.`, ["We are ready,"]],
  ["wire '' pairs", `''We are ready,'' Kirby said.`, ["We are ready,"]],
  ["typewriter `` ''", "``We are ready,'' Kirby said.", ["We are ready,"]],
  ["guillemets", `«We are ready», the minister said.`, ["We are ready"]],
  ["guillemets with inner spaces", `« We are ready », the minister said.`, ["We are ready"]],
  [
    "guillemets with narrow no-break spaces",
    "«\u202FWe are ready\u202F», the minister said.",
    ["We are ready"],
  ],
  ["reversed guillemets", `»We are ready«, the minister said.`, ["We are ready"]],
  [
    "German low-9",
    `„We are ready“, Scholz said, „and we stay ready.“`,
    ["We are ready and we stay ready."],
  ],
  ["Swedish right marks", `”We are ready”, the minister said.`, ["We are ready"]],
  ["fullwidth", `＂We are ready,＂ Kirby said.`, ["We are ready,"]],
  ["no space after a comma", `He said,"We are ready."`, ["We are ready."]],
  ["after a dash", `The answer—"we are ready"—came fast, Kirby said.`, ["we are ready"]],
  ["in parentheses", `(“We are ready,” he added.)`, ["We are ready,"]],
  [
    "two quotes in a sentence",
    `Kirby said "we accept" the first plan and "we reject" the second.`,
    ["we accept", "we reject"],
  ],
  [
    "inch marks are not quotes",
    `The storm dropped 4" of rain and the mayor said "it was a mess."`,
    ["it was a mess."],
  ],
  ["an empty pair is nothing", `He said "" and left.`, []],
];

describe("quotation marks", () => {
  it.each(CASES)("%s", (_name, input, expected) => {
    expect(texts(input)).toEqual(expected);
  });
});

describe("nested quotations", () => {
  const NESTED: [string, string, string, string[]][] = [
    [
      "single inside double",
      `"He told me, 'Not yet,' and walked off," she said.`,
      "He told me, 'Not yet,' and walked off,",
      ["Not yet,"],
    ],
    [
      "double inside British single",
      `‘She said “never” to me,’ he said.`,
      "She said “never” to me,",
      ["never"],
    ],
    [
      "curly singles inside curly doubles",
      `“My editor wrote in the margin, ‘Can somebody please say something?’ And I said no,” Zamora said.`,
      "My editor wrote in the margin, ‘Can somebody please say something?’ And I said no,",
      ["Can somebody please say something?"],
    ],
  ];
  it.each(NESTED)("%s is part of the outer quotation", (_name, input, outer, nested) => {
    const quotes = extractQuotes(input);
    expect(quotes.map((q) => q.text)).toEqual([outer]);
    expect(quotes[0]!.nested?.map((s) => input.slice(s.start, s.end))).toEqual(nested);
  });

  it("deep nesting stays one top-level quotation", () => {
    const input = `"a 'b "c 'd' c" b' a," she said.`;
    const quotes = extractQuotes(input);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.nested?.length).toBeGreaterThanOrEqual(2);
  });
});

describe("unbalanced marks recover at the paragraph end", () => {
  it("an unclosed double mark is cut at its paragraph and flagged", () => {
    const input = `Kirby said "we will keep them informed.\n\nThe next paragraph is narrative. "This one," he said, "is fine."`;
    const quotes = extractQuotes(input);
    expect(quotes.map((q) => q.text)).toEqual([
      "we will keep them informed.",
      "This one, is fine.",
    ]);
    expect(quotes[0]!.unclosed).toBe(true);
    expect(quotes[0]!.confidence).toBeLessThan(quotes[1]!.confidence);
  });

  it("a stray closing mark is ignored", () => {
    expect(texts(`The plan failed." Then Kirby said "we tried."`)).toEqual(["we tried."]);
  });

  it("a stray opening mark before a closed quotation does not swallow it", () => {
    const input = `He said "the first. Then "the second," she said.\n\n"Third," he said.`;
    expect(texts(input)).toContain("Third,");
  });

  it("one mark followed by a long text never crosses paragraphs", () => {
    const body = "word ".repeat(2000);
    const input = `"${body}\n\nKirby said "we are ready."`;
    expect(texts(input).at(-1)).toBe("we are ready.");
  });

  it("a lone single mark is an apostrophe, not an unclosed quotation", () => {
    expect(texts(`The players' union said "we are ready."`)).toEqual(["we are ready."]);
  });
});

describe("paragraphs", () => {
  it("a text without blank lines has one paragraph per line", () => {
    const input = `Kirby said "we will keep them informed.\nAustin said "we are ready."`;
    expect(texts(input)).toEqual(["we will keep them informed.", "we are ready."]);
  });

  it("Windows line endings", () => {
    expect(texts(`"One," he said.\r\n\r\n"Two," she said.`)).toEqual(["One,", "Two,"]);
  });
});

describe("the mark pattern", () => {
  it("finds exactly the characters of the mark table", async () => {
    const { MARK_CHARACTERS, markPattern } = await import("../../src/extract/marks.js");
    const all = [...MARK_CHARACTERS].join("");
    expect(all.match(markPattern())?.join("")).toBe(all);
    const others = "abc \u2014\u2026.,;:!?()[]{}\u00a0\u2010\u00b4\u02bc";
    expect(others.match(markPattern())).toBeNull();
  });
});
