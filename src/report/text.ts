import { locator, type Place } from "../text/location.js";
import type { QuoteReport, TextReport, Verification, VerificationStatus } from "../verify/types.js";
import { type DiffPart, wordDiff } from "./diff.js";
import { createStyle, type Style } from "./style.js";
import { isClean, KIND_LABEL, STATUS_LABEL, STATUS_MEANING } from "./wording.js";

export interface TextFormatOptions {
  /** ANSI colours (default false). */
  color?: boolean;
  /** The article the report is about, to give each quote's line number. */
  text?: string;
}

/** Omissions longer than this many words are shortened in the diff. */
const LONG_OMISSION = 12;

function shorten(text: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length <= LONG_OMISSION) return text;
  return `${words.slice(0, 6).join(" ")} … ${words.slice(-3).join(" ")} (${words.length} words)`;
}

function statusStyle(style: Style, status: VerificationStatus): (t: string) => string {
  if (isClean(status)) return style.green;
  if (status === "minor_differences" || status === "ambiguous") return style.yellow;
  if (status === "not_found") return style.magenta;
  return (t) => style.bold(style.red(t));
}

function renderPart(part: DiffPart, style: Style): string {
  switch (part.type) {
    case "same":
      return part.text;
    case "note":
      return style.enabled ? style.dim(part.text) : part.text;
    case "removed": {
      const text = shorten(part.text);
      const paint =
        part.kind === "ellipsis_omission" || part.kind === "disfluency" ? style.dim : style.red;
      return style.enabled ? paint(`[-${text}-]`) : `[-${text}-]`;
    }
    case "added": {
      const marked = part.kind.startsWith("bracket") || part.kind === "ellipsis_omission";
      const paint = marked ? style.cyan : style.green;
      return style.enabled ? paint(`{+${part.text}+}`) : `{+${part.text}+}`;
    }
  }
}

/** The word diff as one line: `[-record-]` for the record's words, `{+printed+}` for the quote's. */
export function formatDiff(quoteText: string, v: Verification, color = false): string {
  if (v.status === "not_found") return quoteText;
  const style = createStyle(color);
  let out = "";
  for (const part of wordDiff(quoteText, v.differences)) {
    const piece = renderPart(part, style);
    if (part.type === "removed" && out.length > 0 && !/\s$/.test(out)) out += " ";
    out += piece;
  }
  return out.replace(/ {2,}/g, " ");
}

function sourceLine(v: Exclude<Verification, { status: "not_found" }>): string {
  const s = v.source;
  const bits = [s.speaker, s.date, s.title ? `“${s.title}”` : undefined].filter(Boolean);
  return bits.join(", ");
}

function verdictLine(v: Verification, style: Style): string {
  const label = statusStyle(style, v.status)(STATUS_LABEL[v.status]);
  switch (v.status) {
    case "misattributed":
      return `${label}: said by ${v.source.speaker}, not ${v.attributedTo}`;
    case "ambiguous":
      return `${label}: ${v.reason === "several_speakers" ? `said by ${v.speakers.length} speakers (${v.speakers.join(", ")})` : "too short to pin on anyone"}`;
    case "not_found":
      return `${label}${v.reason === "only_later_sources" ? ": only in sources dated after the quote" : v.reason === "no_words" ? ": the quote has no words" : v.reason === "too_long" ? ": too long to check as one quotation" : ""}`;
    default:
      return `${label}: ${STATUS_MEANING[v.status]}`;
  }
}

/** A verification as indented lines: verdict, source, score, word diff, differences. */
export function formatVerification(
  quoteText: string,
  v: Verification,
  options: TextFormatOptions = {},
): string {
  const style = createStyle(options.color ?? false);
  const lines = [`   verdict: ${verdictLine(v, style)}`];
  if (v.status !== "not_found") {
    lines.push(`   source:  ${sourceLine(v)}`);
    if (v.source.url) lines.push(`            ${style.dim(v.source.url)}`);
    lines.push(`   score:   ${v.score.toFixed(3)}`);
    lines.push(`   diff:    ${formatDiff(quoteText, v, options.color ?? false)}`);
    const notable = v.differences.filter(
      (d) => d.kind !== "typography" && d.kind !== "speaker_mismatch",
    );
    for (const d of notable) {
      const quoted = d.quote.text ? `“${d.quote.text}”` : "—";
      const record = d.source.text ? `“${shorten(d.source.text)}”` : "—";
      lines.push(
        `            ${style.dim("·")} ${KIND_LABEL[d.kind]}: ${quoted} ← record ${record}`,
      );
    }
  } else if (v.nearest.length > 0) {
    const n = v.nearest[0]!;
    lines.push(
      `   nearest: ${n.source.speaker}${n.source.date ? `, ${n.source.date}` : ""} (score ${n.score.toFixed(3)}): “${shorten(n.source.passage.text)}”`,
    );
  }
  return lines.join("\n");
}

function quoteHeading(
  index: number,
  item: QuoteReport,
  at: ((offset: number) => Place) | undefined,
  style: Style,
): string {
  const where = at ? style.dim(` (line ${at(item.quote.start).line})`) : "";
  const speaker = item.quote.speaker
    ? `${item.quote.speaker.name}${item.quote.speaker.mention.text !== item.quote.speaker.name ? ` (“${item.quote.speaker.mention.text}”)` : ""}`
    : "unattributed";
  return `${style.bold(`${index + 1}.`)} “${item.quote.text}”${where}\n   speaker: ${speaker}`;
}

/** Counts by status, in verdict order, as `2 verified, 1 altered`. */
export function summaryLine(report: TextReport): string {
  const parts = Object.entries(report.summary.byStatus)
    .filter(([, n]) => n > 0)
    .map(([status, n]) => `${n} ${STATUS_LABEL[status as VerificationStatus].toLowerCase()}`);
  const quotes = `${report.summary.total} quote${report.summary.total === 1 ? "" : "s"}`;
  return `${quotes}: ${parts.length > 0 ? parts.join(", ") : "none"}; ${report.summary.flagged} flagged`;
}

/** A whole-text report: each quote with speaker, verdict, source and word diff, then a summary line. */
export function formatTextReport(report: TextReport, options: TextFormatOptions = {}): string {
  const style = createStyle(options.color ?? false);
  const at = options.text === undefined ? undefined : locator(options.text);
  const blocks = report.quotes.map(
    (item, i) =>
      `${quoteHeading(i, item, at, style)}\n${formatVerification(item.quote.text, item.verification, options)}`,
  );
  return `${[...blocks, style.bold(`Summary: ${summaryLine(report)}`)].join("\n\n")}\n`;
}

/** Results as JSON (two-space indented), exactly the data the API returns. */
export function formatJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
