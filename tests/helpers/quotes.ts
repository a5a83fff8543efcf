import { type ExtractOptions, extractQuotes, type Quote } from "../../src/index.js";

/** A compact view of a quotation for table-driven tests. */
export interface Brief {
  text: string;
  parts: string[];
  kind: Quote["kind"];
  speaker: string | null;
  resolvedBy: string | null;
  mention: string | null;
  role: string | null;
  cue: string | null;
  category?: string;
}

export function brief(input: string, options?: ExtractOptions): Brief[] {
  return extractQuotes(input, options).map((q) => {
    const out: Brief = {
      text: q.text,
      parts: q.spans.map((s) => input.slice(s.start, s.end)),
      kind: q.kind,
      speaker: q.speaker?.name ?? null,
      resolvedBy: q.speaker?.resolvedBy ?? null,
      mention: q.speaker?.mention.text ?? null,
      role: q.speaker?.role ?? null,
      cue: q.cue?.text ?? null,
    };
    if (q.category) out.category = q.category;
    return out;
  });
}

/** The quoted texts only. */
export function texts(input: string, options?: ExtractOptions): string[] {
  return extractQuotes(input, options).map((q) => q.text);
}

/** `[quoted text, speaker name]` pairs. */
export function speakers(input: string): [string, string | null][] {
  return extractQuotes(input).map((q) => [q.text, q.speaker?.name ?? null]);
}
