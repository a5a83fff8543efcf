import type { Difference, DifferenceKind } from "../verify/types.js";

/** One piece of a word diff, printed quote against the record. */
export type DiffPart =
  /** Words the same on both sides (up to typography). */
  | { type: "same"; text: string }
  /** The record's words, left out or replaced. */
  | { type: "removed"; text: string; kind: DifferenceKind }
  /** The quote's words, not on record there. */
  | { type: "added"; text: string; kind: DifferenceKind }
  /** A difference with no verdict impact, shown as printed (typography, disfluency). */
  | { type: "note"; text: string; kind: DifferenceKind };

/** Kinds drawn elsewhere or not at word level. */
const NOT_IN_DIFF: ReadonlySet<DifferenceKind> = new Set(["speaker_mismatch", "sic"]);
const QUIET: ReadonlySet<DifferenceKind> = new Set(["typography", "disfluency"]);

/**
 * A word diff of a quote against its source passage, built from the differences:
 * the quote's text between differences is the same words; at each difference the
 * record's side is `removed` and the quote's side `added`.
 */
export function wordDiff(quoteText: string, differences: readonly Difference[]): DiffPart[] {
  const parts: DiffPart[] = [];
  let at = 0;
  const sorted = differences
    .filter((d) => !NOT_IN_DIFF.has(d.kind))
    .sort((a, b) => a.quote.start - b.quote.start || a.quote.end - b.quote.end);
  for (const d of sorted) {
    if (d.quote.start < at) continue; // nested in one already drawn
    if (d.quote.start > at) parts.push({ type: "same", text: quoteText.slice(at, d.quote.start) });
    if (QUIET.has(d.kind)) {
      if (d.quote.text) parts.push({ type: "note", text: d.quote.text, kind: d.kind });
      else if (d.kind === "disfluency")
        parts.push({ type: "removed", text: d.source.text, kind: d.kind });
    } else if (d.kind === "sentence_break") {
      parts.push({ type: "removed", text: d.source.text.trim() || "␣", kind: d.kind });
      parts.push({ type: "added", text: d.quote.text.trim(), kind: d.kind });
      if (/\s$/.test(d.quote.text)) parts.push({ type: "same", text: " " });
    } else {
      if (d.source.text && d.kind !== "splice")
        parts.push({ type: "removed", text: d.source.text, kind: d.kind });
      if (d.quote.text) parts.push({ type: "added", text: d.quote.text, kind: d.kind });
    }
    at = Math.max(at, d.quote.end);
  }
  if (at < quoteText.length) parts.push({ type: "same", text: quoteText.slice(at) });
  return parts;
}
