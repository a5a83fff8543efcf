import type { Assessment } from "./assess.js";
import { sameSpeaker } from "./speaker.js";
import type { Difference } from "./types.js";

const WORD = /[\p{L}\p{N}]/u;

/** Whether two statements come from one source (the same URL, or the same title and date). */
export function sameDocument(a: Assessment, b: Assessment): boolean {
  const x = a.statement.source;
  const y = b.statement.source;
  if (x.url && y.url) return x.url === y.url;
  return x.title !== undefined && x.title === y.title && x.date === y.date;
}

export function sameSpeakerOf(a: Assessment, b: Assessment): boolean {
  return (
    a.statement.speaker === b.statement.speaker ||
    sameSpeaker(a.statement.speaker, b.statement.speaker)
  );
}

/**
 * `first` ends its statement and `second`, by the same speaker in the same source,
 * opens another: a quote running on across a turn break (an interruption dropped).
 */
export function continues(first: Assessment, second: Assessment): boolean {
  if (first.statement.id === second.statement.id) return false;
  if (!sameSpeakerOf(first, second) || !sameDocument(first, second)) return false;
  const a = (first.statement as { location?: { file?: string; start: number } }).location;
  const b = (second.statement as { location?: { file?: string; start: number } }).location;
  if (a && b && a.file === b.file && a.start > b.start) return false;
  const tail = first.statement.text.slice(first.passage.end);
  const head = second.statement.text.slice(0, second.passage.start);
  return !WORD.test(tail) && !WORD.test(head);
}

export function overlaps(a: Assessment, b: Assessment): boolean {
  return (
    a.statement.id === b.statement.id &&
    a.passage.start < b.passage.end &&
    b.passage.start < a.passage.end
  );
}

export function shift(d: Difference, by: number, statementId: string | undefined): Difference {
  const out: Difference = {
    ...d,
    quote: { start: d.quote.start + by, end: d.quote.end + by, text: d.quote.text },
  };
  if (statementId !== undefined) out.statementId = statementId;
  return out;
}
