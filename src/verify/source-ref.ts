import type { Statement } from "../store/schema.js";
import type { Assessment } from "./assess.js";
import type { Alternative, SourceRef } from "./types.js";

export function sourceRef(
  statement: Statement,
  passage: { start: number; end: number },
): SourceRef {
  const ref: SourceRef = {
    statementId: statement.id,
    speaker: statement.speaker,
    passage: { ...passage, text: statement.text.slice(passage.start, passage.end) },
  };
  if (statement.role !== undefined) ref.role = statement.role;
  const { date, title, url, kind } = statement.source;
  if (date !== undefined) ref.date = date;
  if (title !== undefined) ref.title = title;
  if (url !== undefined) ref.url = url;
  if (kind !== undefined) ref.kind = kind;
  return ref;
}

export function alternative(a: Assessment): Alternative {
  return { source: sourceRef(a.statement, a.passage), score: round(a.score) };
}

/** Scores are reported to 3 decimals: more would be noise. */
export function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
