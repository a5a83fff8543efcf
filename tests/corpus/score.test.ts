import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/extract/types.js";
import { loadCorpus } from "../../test-corpus/load.js";
import {
  corpusGold,
  type GoldDocument,
  metrics,
  scoreDocument,
  summarize,
} from "../../test-corpus/score/index.js";
import { asPrediction, perfect, spanOf } from "./helpers.js";

const TEXT =
  '"We will," Kirby said, "keep them informed." He added: "It is serious." ' +
  'The "so-called" plan was odd. "Nobody knows," an aide said.';

/** Three gold quotes: a split quote (two spans), a pronoun-attributed one, an anonymous one. */
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
    {
      spans: [spanOf(TEXT, "It is serious.")],
      speaker: "John Kirby",
      mention: "He",
      kind: "direct",
      verify: "verified",
    },
    { spans: [spanOf(TEXT, "Nobody knows,")], speaker: "an aide", kind: "direct" },
  ],
};

/** P/R/F1 compared to 12 decimals (hand-computed fractions vs floating point). */
const prf = (precision: number, recall: number, f1: number) => ({
  precision: expect.closeTo(precision, 12),
  recall: expect.closeTo(recall, 12),
  f1: expect.closeTo(f1, 12),
});
const gold = (i: number) => asPrediction(TEXT, DOC.quotes[i]!);
const score = (predicted: Quote[], options = {}) => {
  const s = scoreDocument(DOC, predicted, options);
  return { ...s, m: metrics(s.counts) };
};

describe("scoreDocument", () => {
  it("scores gold-as-prediction 100% on every figure", () => {
    const { m, counts, misses, falsePositives } = score(perfect(DOC));
    expect(counts).toMatchObject({
      gold: 3,
      predicted: 3,
      exact: 3,
      overlap: 3,
      speakerCorrect: 3,
    });
    for (const figure of [m.exact, m.overlap, m.endToEnd]) expect(figure).toEqual(prf(1, 1, 1));
    expect([m.speakerAccuracy, m.mentionAccuracy, m.kindAccuracy]).toEqual([1, 1, 1]);
    expect(misses).toEqual([]);
    expect(falsePositives).toEqual([]);
    expect(counts.goldWithVerify).toBe(1);
  });

  it("scores gold-as-prediction 100% on every corpus case", () => {
    const cases = loadCorpus().map(corpusGold);
    const { overall } = summarize(cases.map((doc) => scoreDocument(doc, perfect(doc))));
    const m = overall.metrics;
    expect(overall.counts.gold).toBeGreaterThan(0);
    expect([
      m.exact.f1,
      m.overlap.f1,
      m.speakerAccuracy,
      m.endToEnd.f1,
      m.mentionAccuracy,
      m.kindAccuracy,
    ]).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it("a dropped quote: recall 2/3, precision 1", () => {
    const { m, misses } = score([gold(0), gold(2)]);
    expect(m.exact).toEqual(prf(1, 2 / 3, 0.8));
    expect(m.overlap.recall).toBeCloseTo(2 / 3);
    expect(m.endToEnd.recall).toBeCloseTo(2 / 3);
    expect(m.speakerAccuracy).toBe(1);
    expect(misses).toEqual([1]);
  });

  it("a boundary one character short: an overlap match but not an exact one", () => {
    const p = gold(1);
    p.spans[0]!.end -= 1; // drops the final full stop
    const { m, matches } = score([gold(0), p, gold(2)]);
    expect(m.exact).toEqual(prf(2 / 3, 2 / 3, 2 / 3));
    expect(m.overlap.f1).toBe(1);
    expect(matches.find((x) => x.gold === 1)).toMatchObject({ pred: 1, exact: false });
  });

  it("whitespace at span edges does not break an exact match; a mark inside the span does", () => {
    const padded: GoldDocument = {
      name: "pad",
      family: "other",
      text: "« Bonjour » , dit-il.",
      quotes: [{ spans: [{ start: 2, end: 9 }], speaker: null }],
    };
    const wide = asPrediction(padded.text, { spans: [{ start: 1, end: 10 }], speaker: null });
    expect(padded.text.slice(1, 10)).toBe(" Bonjour ");
    expect(scoreDocument(padded, [wide]).counts.exact).toBe(1);
    const withMark = asPrediction(padded.text, { spans: [{ start: 0, end: 10 }], speaker: null });
    expect(scoreDocument(padded, [withMark]).counts).toMatchObject({ exact: 0, overlap: 1 });
  });

  it("a split quote returned as two quotes: no exact match, one overlap match, one false positive", () => {
    const whole = gold(0);
    const first = { ...whole, spans: [whole.spans[0]!] };
    const second = { ...whole, spans: [whole.spans[1]!] };
    const { counts, falsePositives, matches } = score([first, second, gold(1), gold(2)]);
    expect(counts).toMatchObject({ predicted: 4, exact: 2, overlap: 3 });
    // "keep them informed." (19 chars) shares more than "We will," (8): it is the one paired.
    expect(matches.find((x) => x.gold === 0)?.pred).toBe(1);
    expect(falsePositives).toEqual([{ pred: 0, notQuote: false }]);
    const m = metrics(counts);
    expect(m.exact).toEqual(prf(0.5, 2 / 3, 4 / 7));
    expect(m.overlap).toEqual(prf(0.75, 1, 6 / 7));
  });

  it("a split quote missing its second part: no exact match", () => {
    const whole = gold(0);
    const { counts, matches } = score([{ ...whole, spans: [whole.spans[0]!] }, gold(1), gold(2)]);
    expect(counts).toMatchObject({ exact: 2, overlap: 3 });
    expect(matches[0]).toMatchObject({ gold: 0, exact: false });
  });

  it("one prediction swallowing everything matches one gold quote; the rest are misses", () => {
    const all = { ...gold(0), spans: [{ start: 1, end: TEXT.length - 1 }] };
    const { counts, misses, m } = score([all]);
    expect(counts).toMatchObject({ exact: 0, overlap: 1 });
    expect(misses).toHaveLength(2);
    expect(m.overlap).toEqual(prf(1, 1 / 3, 0.5));
  });

  it("--overlap-ratio: a pair sharing less than the ratio of their union is not a match", () => {
    const g = gold(1); // "It is serious." (14 chars)
    const small = { ...g, spans: [{ start: g.spans[0]!.start, end: g.spans[0]!.start + 5 }] }; // 5/14 ≈ 0.36
    expect(score([gold(0), small, gold(2)], { overlapRatio: 0.3 }).counts.overlap).toBe(3);
    expect(score([gold(0), small, gold(2)], { overlapRatio: 0.5 }).counts.overlap).toBe(2);
  });

  it("flags false positives that are listed as not quotations", () => {
    const scare = { ...gold(2), spans: [spanOf(TEXT, "so-called")], speaker: null };
    const { falsePositives, counts } = score([...perfect(DOC), scare]);
    expect(falsePositives).toEqual([{ pred: 3, notQuote: true }]);
    expect(counts.notQuotesReturned).toBe(1);
  });

  it("speaker outcomes: wrong, missing, spurious; accuracy and end to end by hand", () => {
    const wrong = gold(0);
    wrong.speaker = { ...wrong.speaker!, name: "Lloyd Austin" };
    const missing = { ...gold(1), speaker: null };
    const { m, matches, counts } = score([wrong, missing, gold(2)]);
    expect(matches.map((x) => x.speaker)).toEqual(["wrong", "missing", "correct"]);
    expect(counts.speakerCorrect).toBe(1);
    expect(m.speakerAccuracy).toBeCloseTo(1 / 3);
    expect(m.endToEnd).toMatchObject({ precision: 1 / 3, recall: 1 / 3 });
    // Span figures are untouched by speaker errors.
    expect(m.exact.f1).toBe(1);

    const noSpeaker: GoldDocument = { ...DOC, quotes: [{ ...DOC.quotes[2]!, speaker: null }] };
    const spurious = scoreDocument(noSpeaker, [gold(2)]);
    expect(spurious.matches[0]?.speaker).toBe("spurious");
    expect(spurious.matches[0]?.mention).toBeNull();
    const none = scoreDocument(noSpeaker, [{ ...gold(2), speaker: null }]);
    expect(none.matches[0]?.speaker).toBe("correct");
  });

  it("speaker accuracy is over found quotes; end to end over all gold quotes", () => {
    const wrong = gold(2);
    wrong.speaker = { ...wrong.speaker!, name: "a spokesman" };
    const { m } = score([gold(0), wrong]); // gold 1 missed
    expect(m.speakerAccuracy).toBe(0.5);
    expect(m.endToEnd.recall).toBeCloseTo(1 / 3);
    expect(m.endToEnd.precision).toBe(0.5);
  });

  it("names compare after case, whitespace and diacritics folding, nothing else", () => {
    const doc: GoldDocument = {
      ...DOC,
      quotes: [{ ...DOC.quotes[1]!, speaker: "José  Martínez-O’Neill" }],
    };
    const named = (name: string) => ({ ...gold(1), speaker: { ...gold(1).speaker!, name } });
    expect(scoreDocument(doc, [named("jose martinez-o'neill")]).matches[0]?.speaker).toBe(
      "correct",
    );
    expect(scoreDocument(doc, [named("JOSÉ MARTÍNEZ-O’NEILL ")]).matches[0]?.speaker).toBe(
      "correct",
    );
    expect(scoreDocument(doc, [named("Martínez-O’Neill")]).matches[0]?.speaker).toBe("wrong");
  });

  it("mentions: the stated expression, or a name inside a longer mention with a role", () => {
    const withMention = (text: string) => {
      const p = gold(1);
      return { ...p, speaker: { ...p.speaker!, mention: { start: 0, end: text.length, text } } };
    };
    expect(score([gold(0), withMention("he"), gold(2)]).m.mentionAccuracy).toBe(1);
    // Gold 2 states no mention: two of the three quotes are evaluated.
    expect(score([gold(0), withMention("John Kirby"), gold(2)]).counts).toMatchObject({
      mentionEvaluated: 2,
      mentionCorrect: 1,
    });
    const role: GoldDocument = {
      ...DOC,
      quotes: [{ ...DOC.quotes[1]!, speaker: "Lloyd Austin", mention: "Lloyd Austin" }],
    };
    const austin = (text: string) => ({
      ...withMention(text),
      speaker: { ...withMention(text).speaker, name: "Lloyd Austin" },
    });
    expect(
      scoreDocument(role, [austin("Defense Secretary Lloyd Austin")]).counts.mentionCorrect,
    ).toBe(1);
    expect(scoreDocument(role, [austin("Austin")]).counts.mentionCorrect).toBe(0);
    const unstated: GoldDocument = {
      ...role,
      quotes: [{ ...role.quotes[0]!, mention: undefined }],
    };
    expect(scoreDocument(unstated, [austin("Austin")]).matches[0]?.mention).toBeNull();
    expect(scoreDocument(role, [{ ...gold(1), speaker: null }]).matches[0]?.mention).toBe(false);
  });

  it("a coreference chain (LitBank) accepts a mention inside it even under another name", () => {
    const text = '"Go," said Mr. Hall. Hall left. "Stay," said she.';
    const doc: GoldDocument = {
      name: "lb",
      family: "dev",
      text,
      quotes: [
        {
          spans: [spanOf(text, "Go,")],
          speaker: "Mrs  Hall",
          speakerMentions: [spanOf(text, "Mr. Hall"), spanOf(text, "Hall", 1)],
        },
      ],
    };
    const p = asPrediction(text, doc.quotes[0]!);
    p.speaker = { ...p.speaker!, name: "Mr. Hall" };
    const chain = scoreDocument(doc, [p], { namePunctuation: true });
    expect(chain.matches[0]).toMatchObject({
      speaker: "correct",
      speakerByName: false,
      mention: true,
    });
    const she = {
      ...p,
      speaker: { ...p.speaker, mention: { ...spanOf(text, "she"), text: "she" } },
    };
    expect(scoreDocument(doc, [she]).matches[0]?.speaker).toBe("wrong");
    const byName = { ...she, speaker: { ...she.speaker, name: "Mrs. Hall" } };
    expect(scoreDocument(doc, [byName], { namePunctuation: true }).matches[0]).toMatchObject({
      speaker: "correct",
      speakerByName: true,
      mention: false,
    });
  });

  it("kind disagreement is counted over found quotes", () => {
    const { m } = score([{ ...gold(0), kind: "partial" }, gold(1), gold(2)]);
    expect(m.kindAccuracy).toBeCloseTo(2 / 3);
  });

  it("never crashes on malformed predictions (empty, reversed or out-of-range spans)", () => {
    const bad = [
      { ...gold(0), spans: [] },
      { ...gold(1), spans: [{ start: 50, end: 10 }] },
      { ...gold(2), spans: [{ start: -5, end: 1e9 }] },
    ];
    const { counts } = score(bad);
    expect(counts).toMatchObject({ predicted: 3, exact: 0 });
    expect(counts.overlap).toBeLessThanOrEqual(1);
  });
});

describe("summarize", () => {
  it("micro-averages over documents and groups by family", () => {
    const a = scoreDocument(DOC, perfect(DOC));
    const b = scoreDocument({ ...DOC, name: "b", family: "british" }, [gold(0)]);
    const { families, overall } = summarize([a, b]);
    expect(families.map((f) => f.name)).toEqual(["british", "wire"]);
    expect(overall.counts).toMatchObject({ documents: 2, gold: 6, predicted: 4, exact: 4 });
    expect(overall.metrics.exact).toEqual(prf(1, 4 / 6, 0.8));
  });

  it("reports null, not a made-up figure, when there is nothing to measure", () => {
    const empty = scoreDocument({ ...DOC, quotes: [] }, []);
    const m = metrics(empty.counts);
    expect(m.exact).toEqual({ precision: null, recall: null, f1: null });
    expect(m.speakerAccuracy).toBeNull();
    const none = metrics(scoreDocument(DOC, []).counts);
    expect(none.exact).toEqual({ precision: null, recall: 0, f1: null });
  });
});
