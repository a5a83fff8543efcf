import type { Span } from "../../src/extract/types.js";
import { locator } from "../../src/text/location.js";
import type { Group, Ratio } from "./metrics.js";
import type { DocumentScore, GoldDocument, PredictedQuote } from "./score.js";

export function percent(value: Ratio): string {
  return value === null ? "–" : (value * 100).toFixed(1);
}

interface Column {
  header: string;
  cell: (g: Group) => string;
}

/**
 * The table's columns, in order. A later figure (verdict accuracy, issue 5) is one
 * more entry here and one more field in Metrics.
 */
export const COLUMNS: readonly Column[] = [
  { header: "family", cell: (g) => g.name },
  { header: "docs", cell: (g) => String(g.counts.documents) },
  { header: "gold", cell: (g) => String(g.counts.gold) },
  { header: "pred", cell: (g) => String(g.counts.predicted) },
  { header: "exact P", cell: (g) => percent(g.metrics.exact.precision) },
  { header: "R", cell: (g) => percent(g.metrics.exact.recall) },
  { header: "F1", cell: (g) => percent(g.metrics.exact.f1) },
  { header: "overlap P", cell: (g) => percent(g.metrics.overlap.precision) },
  { header: "R", cell: (g) => percent(g.metrics.overlap.recall) },
  { header: "F1", cell: (g) => percent(g.metrics.overlap.f1) },
  { header: "speaker", cell: (g) => percent(g.metrics.speakerAccuracy) },
  { header: "e2e R", cell: (g) => percent(g.metrics.endToEnd.recall) },
  { header: "mention", cell: (g) => percent(g.metrics.mentionAccuracy) },
  { header: "kind", cell: (g) => percent(g.metrics.kindAccuracy) },
];

export const LEGEND = [
  "P/R/F1 in %, micro-averaged over quotes. exact: every span equal (whitespace at span edges",
  "ignored; a split quote needs all its parts in one Quote). overlap: at least one shared",
  "character (or --overlap-ratio), one-to-one. speaker: of gold quotes found (overlap), the share",
  "whose speaker.name equals the gold speaker after case/space/diacritics folding (no speaker",
  "expected = none returned). e2e R: of ALL gold quotes, found with the right speaker. mention: of",
  "found quotes whose gold gives a mention, the predicted mention text is it (or contains it as",
  "whole words). kind: direct/partial/block agrees.",
];

/** Rows of groups, aligned (first column left, the rest right). */
export function formatTable(
  groups: readonly Group[],
  columns: readonly Column[] = COLUMNS,
): string {
  const cells = [columns.map((c) => c.header), ...groups.map((g) => columns.map((c) => c.cell(g)))];
  const widths = columns.map((_, i) => Math.max(...cells.map((row) => row[i]!.length)));
  const line = (row: string[]) =>
    row.map((v, i) => (i === 0 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join("  ");
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  const body = cells.slice(1).map(line);
  // The overall row (last) is set off from the families.
  if (body.length > 1) body.splice(body.length - 1, 0, rule);
  return [line(cells[0]!), rule, ...body].join("\n");
}

function preview(text: string, spans: readonly Span[], max = 70): string {
  const joined = spans
    .map((s) => text.slice(s.start, s.end))
    .join(" | ")
    .replace(/\s+/g, " ");
  return JSON.stringify(joined.length > max ? `${joined.slice(0, max - 1)}…` : joined);
}

function who(q: PredictedQuote): string {
  if (!q.speaker) return "no speaker";
  const { name, mention, resolvedBy } = q.speaker;
  return mention.text === name
    ? `${name} (${resolvedBy})`
    : `${name} (mention ${JSON.stringify(mention.text)}, ${resolvedBy})`;
}

/** One line per error of a document, for `--verbose`: misses, false positives, boundary and speaker errors. */
export function formatErrors(
  doc: GoldDocument,
  score: DocumentScore,
  predicted: readonly PredictedQuote[],
): string[] {
  const at = locator(doc.text);
  const place = (spans: readonly Span[]) => {
    const p = at(spans[0]?.start ?? 0);
    return `${p.line}:${p.column}`.padEnd(7);
  };
  const lines: { offset: number; line: string }[] = [];
  const push = (spans: readonly Span[], line: string) =>
    lines.push({ offset: spans[0]?.start ?? 0, line: `  ${place(spans)} ${line}` });
  for (const g of score.misses) {
    const gold = doc.quotes[g]!;
    push(
      gold.spans,
      `miss       ${preview(doc.text, gold.spans)} — ${gold.speaker ?? "no speaker"}`,
    );
  }
  for (const { pred, notQuote } of score.falsePositives) {
    const p = predicted[pred]!;
    const why = notQuote ? " [listed as not a quotation]" : "";
    push(p.spans, `false pos  ${preview(doc.text, p.spans)} — ${who(p)}${why}`);
  }
  for (const m of score.matches) {
    const gold = doc.quotes[m.gold]!;
    const p = predicted[m.pred]!;
    if (!m.exact) {
      const split =
        gold.spans.length === p.spans.length
          ? ""
          : ` (${gold.spans.length} span(s) expected, ${p.spans.length} found)`;
      push(
        gold.spans,
        `boundary   gold ${preview(doc.text, gold.spans)}, found ${preview(doc.text, p.spans)}${split}`,
      );
    }
    if (m.speaker !== "correct") {
      push(
        gold.spans,
        `speaker    ${m.speaker}: gold ${gold.speaker ?? "none"}${gold.mention ? ` (mention ${JSON.stringify(gold.mention)})` : ""}, found ${who(p)} — ${preview(doc.text, gold.spans, 40)}`,
      );
    } else if (m.mention === false) {
      push(
        gold.spans,
        `mention    gold ${JSON.stringify(gold.mention)}, found ${JSON.stringify(p.speaker?.mention.text)}`,
      );
    }
    if (m.kind === false) push(gold.spans, `kind       gold ${gold.kind}, found ${p.kind}`);
  }
  return lines.sort((a, b) => a.offset - b.offset).map((l) => l.line);
}
