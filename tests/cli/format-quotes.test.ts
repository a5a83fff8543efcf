import { describe, expect, it } from "vitest";
import { formatQuotes } from "../../src/cli/format-quotes.js";
import type { Quote } from "../../src/extract/types.js";

// Results written by hand in the shape extractQuotes returns, to pin the layout.
const TEXT =
  'Intro line.\n"We will," Kirby said, "keep them informed."\nHe added: "It is serious."';
const at = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length, text: s });

const SPLIT: Quote = {
  text: "We will, keep them informed.",
  start: at("We will,").start,
  end: at("keep them informed.").end,
  spans: [at("We will,"), at("keep them informed.")].map(({ start, end }) => ({ start, end })),
  kind: "direct",
  speaker: {
    name: "John Kirby",
    mention: at("Kirby"),
    role: "spokesperson",
    resolvedBy: "surname",
    kind: "person",
  },
  cue: at("said"),
  confidence: 0.9,
};
const FLOATING: Quote = {
  ...at("It is serious."),
  spans: [{ start: at("It is serious.").start, end: at("It is serious.").end }],
  kind: "direct",
  speaker: null,
  cue: null,
  confidence: 0.456,
};

describe("formatQuotes", () => {
  it("prints one numbered block per quote with line:column, speaker and cue", () => {
    expect(formatQuotes(TEXT, [SPLIT, FLOATING])).toBe(
      [
        "#1  2:2  direct, 2 parts, confidence 0.90",
        "    \u201CWe will, keep them informed.\u201D",
        "    speaker  John Kirby (spokesperson)",
        "             from \u201CKirby\u201D at 2:12, surname, person",
        "    cue      \u201Csaid\u201D at 2:18",
        "",
        "#2  3:12  direct, confidence 0.46",
        "    \u201CIt is serious.\u201D",
        "    speaker  none found",
        "    cue      none",
        "",
        "2 quotations.",
        "",
      ].join("\n"),
    );
  });

  it("names a non-speech category, a missing closing mark, a title next to the role", () => {
    const odd: Quote = {
      ...SPLIT,
      category: "title",
      unclosed: true,
      speaker: { ...SPLIT.speaker!, title: "Mr.", kind: undefined },
    };
    const out = formatQuotes(TEXT, [odd]);
    expect(out).toContain("#1  2:2  direct, title, 2 parts, no closing mark, confidence 0.90\n");
    expect(out).toContain("    speaker  John Kirby (Mr.; spokesperson)\n");
    expect(out).toContain("at 2:12, surname\n");
    expect(formatQuotes(TEXT, [{ ...SPLIT, category: "speech" }])).toContain(
      "#1  2:2  direct, 2 parts,",
    );
  });

  it("says so when there is nothing", () => {
    expect(formatQuotes("No quotes here.", [])).toBe("No quotations found.\n");
  });

  it("keeps a quote on its block when its text spans lines", () => {
    const out = formatQuotes("x", [{ ...FLOATING, text: "One\r\ntwo" }]);
    expect(out).toContain("    \u201COne two\u201D\n");
  });
});
