import { align, parseQuote, StemCache, sourceWords } from "../../src/match/index.js";
import { describe as describeAlignment } from "../../src/verify/differences.js";
import { statusOf } from "../../src/verify/status.js";

/** The differences between a quote and a source text, as `[kind, quote text, source text]`. */
export function differencesOf(quote: string, source: string) {
  const parsed = parseQuote(quote);
  const words = sourceWords(source);
  const alignment = align(parsed, words, new StemCache());
  if (!alignment) throw new Error(`no alignment for ${quote}`);
  const described = describeAlignment(parsed, words, source, alignment);
  return {
    list: described.differences.map((d) => [d.kind, d.quote.text, d.source.text] as const),
    kinds: described.differences.map((d) => d.kind),
    status: statusOf(described.differences),
    differences: described.differences,
    cost: described.cost,
  };
}
