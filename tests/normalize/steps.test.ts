import { describe, expect, it } from "vitest";
import { type NormalizeOptions, normalize } from "../../src/index.js";

type Row = [input: string, expected: string];

function table(name: string, rows: Row[], options?: NormalizeOptions) {
  describe(name, () => {
    it.each(rows)("%j → %j", (input, expected) => {
      expect(normalize(input, options).text).toBe(expected);
    });
  });
}

table("quotes and apostrophes", [
  ["\u201CYes,\u201D he said", '"Yes," he said'],
  ["\u201EJa\u201C", '"Ja"'],
  ["\u00ABNon\u00BB and \u00AB Oui \u00BB", '"Non" and " Oui "'],
  ["\u2039a\u203A", "'a'"],
  ["don\u2019t, shouldn\u2018t, \u2018tis", "don't, shouldn't, 'tis"],
  ["the \u201980s and rock \u2019n\u2019 roll", "the '80s and rock 'n' roll"],
  ["5\u2032 11\u2033", "5' 11\""],
  ["\uFF02full\uFF02 \uFF07w\uFF07", "\"full\" 'w'"],
  ["``Hello,'' he said", '"Hello," he said'],
  ["''Wire style'' quotes", '"Wire style" quotes'],
  ["`tick'", "'tick'"],
  ["\u201Bodd\u201F", "'odd\""],
]);

table("dashes and hyphens", [
  ["a \u2014 b", "a \u2014 b"],
  ["a\u2014b", "a\u2014b"],
  ["a \u2013 b", "a \u2014 b"],
  ["2021\u20132025", "2021-2025"],
  ["Biden\u2013Harris", "Biden-Harris"],
  ["long\u2010term, non\u2011stop", "long-term, non-stop"],
  ["\u22125 degrees", "-5 degrees"],
  ["wait--what", "wait\u2014what"],
  ["wait---what", "wait\u2014what"],
  ["yes - no", "yes \u2014 no"],
  ["well-known", "well-known"],
  ["a \u2015 b \u2E3A c", "a \u2014 b \u2014 c"],
  ["ar- \u2014 around", "ar- \u2014 around"],
]);

table("ellipses", [
  ["wait\u2026 what", "wait\u2026 what"],
  ["wait... what", "wait\u2026 what"],
  ["the end....", "the end\u2026"],
  ["we will . . . rally", "we will \u2026 rally"],
  ["we will . . . . Then", "we will \u2026 Then"],
  ["wait\u2026. Then", "wait\u2026 Then"],
  ["U.S. and U.K.", "U.S. and U.K."],
  ["only two.. dots", "only two.. dots"],
  ["midline \u22EF here", "midline \u2026 here"],
]);

table("spaces and line breaks", [
  ["a\u00A0b", "a b"],
  ["a  \n\n  b", "a b"],
  ["a\tb\r\nc", "a b c"],
  [
    "thin\u2009space figure\u2007space ideographic\u3000space",
    "thin space figure space ideographic space",
  ],
  ["line\u2028sep para\u2029sep", "line sep para sep"],
  ["a \u200B b", "a b"],
]);

table("invisible characters removed", [
  ["soft\u00ADhyphen", "softhyphen"],
  ["zero\u200Bwidth\u200Cnon\u200Djoiner", "zerowidthnonjoiner"],
  ["\uFEFFbom", "bom"],
  ["word\u2060joiner", "wordjoiner"],
  ["bidi\u202Eoverride\u202C \u2066iso\u2069", "bidioverride iso"],
  ["tag\u{E0041}\u{E0042}s", "tags"],
  ["heart\u2764\uFE0F", "heart\u2764"],
]);

table("compatibility forms and composition", [
  ["\uFB01ne \uFB02y", "fine fly"],
  ["\uFF26\uFF55\uFF4C\uFF4C\uFF57\uFF49\uFF44\uFF54\uFF48", "Fullwidth"],
  ["cafe\u0301", "caf\u00E9"],
  ["\u00C5ngstr\u00F6m A\u030Angstro\u0308m", "\u00C5ngstr\u00F6m \u00C5ngstr\u00F6m"],
  ["\u{1D40F}\u{1D428}\u{1D425}\u{1D422}\u{1D41C}\u{1D432}", "Policy"],
  ["x\u00B2 \u00BD", "x2 1\u20442"],
  ["spacing \u00A8 diaeresis", "spacing \u00A8 diaeresis"],
]);

table("confusables folded inside Latin text", [
  ["n\u043Et", "not"],
  ["\u0430 plan", "a plan"],
  ["P\u0435nt\u0430gon", "Pentagon"],
  ["\u039Fbama", "Obama"],
  ["\u0421\u043B\u043E\u0432\u043E", "\u0421\u043B\u043E\u0432\u043E"],
  ["\u03BB\u03CC\u03B3\u03BF\u03C2", "\u03BB\u03CC\u03B3\u03BF\u03C2"],
  ["said \u0441\u0443\u043F", "said \u0441\u0443\u043F"],
]);

table(
  "case folding (opt-in)",
  [
    ["Kirby SAID", "kirby said"],
    ["\u00C9LYS\u00C9E", "\u00E9lys\u00E9e"],
    ["\uFF2B\uFF29\uFF32\uFF22\uFF39", "kirby"],
    ["\u041F\u0443\u0442\u0438\u043D", "\u043F\u0443\u0442\u0438\u043D"],
  ],
  { caseFold: true },
);

describe("steps can be switched off one at a time", () => {
  const input = "\u201CIt\u2019s\u00A0long\u2010term\u2026\u201D n\u043Et \uFB01ne e\u0301 \u200BX";
  it.each([
    ["quotes", "\u201CIt\u2019s long-term\u2026\u201D not fine \u00E9 X"],
    ["dashes", '"It\'s long\u2010term\u2026" not fine \u00E9 X'],
    ["ellipses", '"It\'s long-term\u2026" not fine \u00E9 X'],
    ["spaces", '"It\'s\u00A0long-term\u2026" not fine \u00E9 X'],
    ["invisibles", '"It\'s long-term\u2026" not fine \u00E9 \u200BX'],
    ["confusables", '"It\'s long-term\u2026" n\u043Et fine \u00E9 X'],
    ["compatibility", '"It\'s long-term\u2026" not \uFB01ne \u00E9 X'],
    ["composition", '"It\'s long-term\u2026" not fine e\u0301 X'],
  ] as const)("%s: false", (step, expected) => {
    expect(normalize(input, { [step]: false }).text).toBe(expected);
  });
});

describe("findings report what could hide a change", () => {
  it("reports confusables with original offsets", () => {
    const text = "We will n\u043Et";
    const result = normalize(text);
    expect(result.findings).toEqual([
      { kind: "confusable", start: 9, end: 10, char: "\u043E", codePoint: 0x43e, replacement: "o" },
    ]);
    expect(text.slice(9, 10)).toBe("\u043E");
  });

  it("reports invisible characters, including astral tag characters", () => {
    const text = "not\u200Bguilty tag\u{E0041}";
    const kinds = normalize(text).findings.map((f) => [f.kind, text.slice(f.start, f.end)]);
    expect(kinds).toEqual([
      ["invisible", "\u200B"],
      ["invisible", "\u{E0041}"],
    ]);
  });

  it("does not report a leading byte-order mark or variation selectors", () => {
    expect(normalize("\uFEFFhello \u2764\uFE0F").findings).toEqual([]);
  });

  it("does not report genuine Cyrillic or Greek words", () => {
    expect(
      normalize("\u041F\u0443\u0442\u0438\u043D said \u0395\u03BB\u03BB\u03AC\u03B4\u03B1")
        .findings,
    ).toEqual([]);
  });
});
