import { readFileSync } from "node:fs";
import { z } from "zod";
import type { Span } from "../../src/extract/types.js";
import type { LoadedCase } from "../load.js";
import type { GoldDocument, PredictedQuote } from "./score.js";

/** A corpus case as the scorer sees it. */
export function corpusGold(c: LoadedCase): GoldDocument {
  return {
    name: c.name,
    family: c.family,
    text: c.text,
    notQuotes: c.notQuotes,
    quotes: c.quotes.map((q) => ({
      spans: q.spans,
      speaker: q.speaker,
      ...(q.mention !== undefined && { mention: q.mention }),
      kind: q.kind,
      ...(q.verify !== undefined && { verify: q.verify }),
    })),
  };
}

const OffsetPair = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);

/** One line of ../shared/data/litbank/{dev,test}.jsonl (see shared/data/README.md). */
const LitbankLineSchema = z.object({
  id: z.string(),
  text: z.string(),
  quotes: z.array(
    z.object({
      start: z.number().int().nonnegative(),
      end: z.number().int().nonnegative(),
      text: z.string(),
      speaker: z.string().nullable(),
      speakerMentions: z.array(OffsetPair).default([]),
      marks: z.tuple([z.string().nullable(), z.string().nullable()]),
    }),
  ),
});

export interface LitbankDocument extends GoldDocument {
  /** Gold quotes set off by no quotation mark (dash-introduced dialogue, none at all). */
  unmarked: number;
}

/** The quotation marks LitBank records; `—` introduces dialogue without quotation marks. */
const QUOTE_MARK = /["'\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F\u00AB\u00BB\u2039\u203A]/u;

/**
 * Loads a LitBank split. Each LitBank quotation is one contiguous span (a split quote
 * is two quotations with the same speaker), so it is scored against predictions cut
 * into their spans (`bySpan`). `family` is the split name.
 */
export function litbankGold(path: string, family: string): LitbankDocument[] {
  const lines = readFileSync(path, "utf8").split("\n");
  return lines.flatMap((line, index) => {
    if (line.trim() === "") return [];
    const parsed = LitbankLineSchema.safeParse(JSON.parse(line));
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`${path}:${index + 1}: ${issue.path.join(".")}: ${issue.message}`);
    }
    const doc = parsed.data;
    return [
      {
        name: doc.id,
        family,
        text: doc.text,
        unmarked: doc.quotes.filter((q) => !q.marks.some((m) => m !== null && QUOTE_MARK.test(m)))
          .length,
        quotes: doc.quotes.map((q) => ({
          spans: [{ start: q.start, end: q.end }],
          speaker: q.speaker,
          speakerMentions: q.speakerMentions.map(([start, end]): Span => ({ start, end })),
        })),
      },
    ];
  });
}

/** Each span of each prediction as its own quotation, with the parent's speaker and kind. */
export function bySpan<Q extends PredictedQuote>(quotes: readonly Q[]): PredictedQuote[] {
  return quotes.flatMap((q) =>
    q.spans.map((span) => ({ spans: [span], speaker: q.speaker, kind: q.kind })),
  );
}
