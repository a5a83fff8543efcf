import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  bySpan,
  litbankGold,
  metrics,
  scoreDocument,
  summarize,
} from "../../test-corpus/score/index.js";
import { sharedData, skipNote } from "../helpers/shared-data.js";
import { perfect } from "./helpers.js";

function tempFile(lines: unknown[]): string {
  const path = join(mkdtempSync(join(tmpdir(), "qc-litbank-")), "split.jsonl");
  writeFileSync(
    path,
    `${lines.map((l) => (typeof l === "string" ? l : JSON.stringify(l))).join("\n")}\n`,
  );
  return path;
}

const TEXT = "\u201CGo,\u201D said Mr. Hall. \u2014Stay here, she said.";
const LINE = {
  id: "1_sample",
  text: TEXT,
  quotes: [
    {
      start: 1,
      end: 4,
      text: "Go,",
      speaker: "Mr  Hall",
      speakerEntity: "Hall-1",
      speakerSpans: [],
      speakerMentions: [[11, 19]],
      marks: ["\u201C", "\u201D"],
    },
    {
      start: 21,
      end: 31,
      text: "Stay here,",
      speaker: "Anne",
      speakerMentions: [[32, 35]],
      marks: ["\u2014", null],
    },
  ],
  meta: { split: "dev" },
};

describe("litbankGold", () => {
  it("reads one document a line: single-span gold quotes, speaker chains, unmarked count", () => {
    const [doc, ...rest] = litbankGold(tempFile([LINE, ""]), "dev");
    expect(rest).toEqual([]);
    expect(doc).toMatchObject({ name: "1_sample", family: "dev", unmarked: 1 });
    expect(doc!.quotes[0]).toEqual({
      spans: [{ start: 1, end: 4 }],
      speaker: "Mr  Hall",
      speakerMentions: [{ start: 11, end: 19 }],
    });
    expect(TEXT.slice(11, 19)).toBe("Mr. Hall");
  });

  it("names the file, line and field of a malformed line", () => {
    const path = tempFile([LINE, { ...LINE, quotes: [{ ...LINE.quotes[0], start: "x" }] }]);
    expect(() => litbankGold(path, "dev")).toThrow(/split\.jsonl:2: quotes\.0\.start/);
  });
});

describe("bySpan", () => {
  it("cuts a split quote into one quotation per span, each with the quote's speaker", () => {
    const [doc] = litbankGold(tempFile([LINE]), "dev");
    const [a, b] = perfect(doc!);
    const merged = { ...a!, spans: [...a!.spans, ...b!.spans] };
    const cut = bySpan([merged]);
    expect(cut.map((q) => q.spans)).toEqual([a!.spans, b!.spans]);
    expect(cut.every((q) => q.speaker === merged.speaker)).toBe(true);
    const scored = metrics(scoreDocument(doc!, cut, { namePunctuation: true }).counts);
    expect(scored.exact.f1).toBe(1);
    // One of the two parts belongs to Anne: the merged quote's speaker is wrong there.
    expect(scored.speakerAccuracy).toBe(0.5);
  });
});

const dev = sharedData("litbank", "dev.jsonl");
const test = sharedData("litbank", "test.jsonl");

describe.skipIf(!dev || !test)(
  `LitBank splits${skipNote(dev && test, "litbank/{dev,test}.jsonl")}`,
  () => {
    it("load with the documented sizes and every gold span inside its text", () => {
      const docs = [...litbankGold(dev!, "dev"), ...litbankGold(test!, "test")];
      const { families } = summarize(docs.map((d) => scoreDocument(d, [])));
      expect(families.map((f) => [f.name, f.counts.documents, f.counts.gold])).toEqual([
        ["dev", 50, 1049],
        ["test", 50, 716],
      ]);
      for (const d of docs)
        for (const q of d.quotes) {
          expect(q.spans[0]!.end).toBeLessThanOrEqual(d.text.length);
          expect(q.spans[0]!.start).toBeLessThan(q.spans[0]!.end);
        }
    });

    it("score gold-as-prediction 100%", () => {
      const docs = litbankGold(dev!, "dev");
      const { overall } = summarize(
        docs.map((d) => scoreDocument(d, bySpan(perfect(d)), { namePunctuation: true })),
      );
      expect(overall.metrics.exact.f1).toBe(1);
      expect(overall.metrics.speakerAccuracy).toBe(1);
      expect(overall.metrics.mentionAccuracy).toBe(1);
    });
  },
);
