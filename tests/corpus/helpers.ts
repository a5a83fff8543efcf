import type { Quote, Span } from "../../src/extract/types.js";
import type { GoldDocument, GoldQuote } from "../../test-corpus/score/index.js";

/** The span of the n-th occurrence of `part` in `text` (throws when absent: a broken fixture). */
export function spanOf(text: string, part: string, occurrence = 0): Span {
  let at = text.indexOf(part);
  for (let k = 0; k < occurrence && at >= 0; k++) at = text.indexOf(part, at + 1);
  if (at < 0) throw new Error(`fixture: ${JSON.stringify(part)} not in text`);
  return { start: at, end: at + part.length };
}

/** A prediction shaped exactly like extractQuotes output, built from a gold quote. */
export function asPrediction(text: string, gold: GoldQuote): Quote {
  const mentionText = gold.mention ?? gold.speaker;
  const mention =
    gold.speakerMentions?.[0] ??
    (mentionText !== null && text.includes(mentionText)
      ? spanOf(text, mentionText)
      : { start: 0, end: 0 });
  return {
    text: gold.spans.map((s) => text.slice(s.start, s.end)).join(" "),
    start: gold.spans[0]!.start,
    end: gold.spans[gold.spans.length - 1]!.end,
    spans: gold.spans.map((s) => ({ ...s })),
    kind: gold.kind ?? "direct",
    speaker:
      gold.speaker === null
        ? null
        : {
            name: gold.speaker,
            mention: { ...mention, text: text.slice(mention.start, mention.end) },
            resolvedBy: "explicit",
          },
    cue: null,
    confidence: 1,
  };
}

export function perfect(doc: GoldDocument): Quote[] {
  return doc.quotes.map((q) => asPrediction(doc.text, q));
}
