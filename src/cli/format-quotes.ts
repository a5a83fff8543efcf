import type { Quote } from "../extract/types.js";
import { locator } from "../text/location.js";

/**
 * Quotations as text for a reader: one block per quote, numbered, with where it starts
 * (line:column, 1-based, computed here rather than stored in the result), its kind,
 * category (non-speech only), parts, a missing closing mark and confidence, the quoted
 * words, the speaker (name, title and role, the mention it was found from, how, and what
 * kind of source) and the cue.
 */
export function formatQuotes(text: string, quotes: readonly Quote[]): string {
  if (quotes.length === 0) return "No quotations found.\n";
  const at = locator(text);
  const place = (offset: number) => {
    const p = at(offset);
    return `${p.line}:${p.column}`;
  };
  const blocks = quotes.map((q, i) => {
    const about = [
      q.kind,
      ...(q.category && q.category !== "speech" ? [q.category] : []),
      ...(q.spans.length > 1 ? [`${q.spans.length} parts`] : []),
      ...(q.unclosed ? ["no closing mark"] : []),
      `confidence ${q.confidence.toFixed(2)}`,
    ];
    const lines = [
      `#${i + 1}  ${place(q.start)}  ${about.join(", ")}`,
      `    \u201C${q.text.replace(/[\r\n]+/g, " ")}\u201D`,
    ];
    if (q.speaker) {
      const { name, title, role, mention, resolvedBy, kind } = q.speaker;
      const described = [title, role].filter(Boolean).join("; ");
      lines.push(`    speaker  ${name}${described ? ` (${described})` : ""}`);
      const how = [resolvedBy, ...(kind ? [kind] : [])].join(", ");
      lines.push(
        `             from \u201C${mention.text}\u201D at ${place(mention.start)}, ${how}`,
      );
    } else lines.push("    speaker  none found");
    lines.push(
      q.cue
        ? `    cue      \u201C${q.cue.text}\u201D at ${place(q.cue.start)}`
        : "    cue      none",
    );
    return lines.join("\n");
  });
  const count = `${quotes.length} quotation${quotes.length === 1 ? "" : "s"}.`;
  return `${blocks.join("\n\n")}\n\n${count}\n`;
}
