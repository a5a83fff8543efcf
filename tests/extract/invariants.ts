import type { Quote, Span, TextSpan } from "../../src/extract/types.js";

const KINDS = new Set(["direct", "partial", "block"]);
const CATEGORIES = new Set(["speech", "title", "nickname", "term", "scare"]);

function checkSpan(text: string, span: Span, what: string): string[] {
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return [`${what}: offsets not integers`];
  if (!(0 <= start && start <= end && end <= text.length))
    return [`${what}: [${start}, ${end}) outside 0..${text.length}`];
  return [];
}

function checkTextSpan(text: string, span: TextSpan, what: string): string[] {
  const problems = checkSpan(text, span, what);
  if (problems.length === 0 && text.slice(span.start, span.end) !== span.text)
    problems.push(`${what}: text ${JSON.stringify(span.text)} is not the slice at its offsets`);
  return problems;
}

/**
 * Every promise the Quote type makes about offsets, checked for one result: spans valid
 * (0 ≤ start ≤ end ≤ length), ordered and disjoint within a quote, slices joined with one
 * space reproduce `text`, start/end are the first/last span's, nested spans inside the quote, quotes in document order
 * and disjoint (nested quotes belong to the outer one), speaker mention and cue slice
 * back to their text, confidence in 0..1, and the result is plain JSON data.
 * Returns the problems found (empty = valid) so a failure names all of them.
 */
export function quoteProblems(text: string, quotes: readonly Quote[]): string[] {
  if (!Array.isArray(quotes)) return ["result is not an array"];
  const problems: string[] = [];
  let previousEnd = 0;
  quotes.forEach((q, i) => {
    const at = `quote ${i}`;
    if (!Array.isArray(q.spans) || q.spans.length === 0) {
      problems.push(`${at}: no spans`);
      return;
    }
    for (const [k, s] of q.spans.entries()) problems.push(...checkSpan(text, s, `${at} span ${k}`));
    for (let k = 1; k < q.spans.length; k++)
      if (q.spans[k]!.start < q.spans[k - 1]!.end)
        problems.push(`${at}: spans overlap or are out of order`);
    if (q.start !== q.spans[0]!.start || q.end !== q.spans[q.spans.length - 1]!.end)
      problems.push(`${at}: start/end are not the first/last span's`);
    const joined = q.spans.map((s: Span) => text.slice(s.start, s.end)).join(" ");
    if (q.text !== joined) problems.push(`${at}: text is not its spans joined with one space`);
    if (q.start < previousEnd) problems.push(`${at}: overlaps or precedes the previous quote`);
    previousEnd = Math.max(previousEnd, q.end);
    if (!KINDS.has(q.kind)) problems.push(`${at}: kind ${String(q.kind)}`);
    if (!(q.confidence >= 0 && q.confidence <= 1))
      problems.push(`${at}: confidence ${q.confidence}`);
    if (q.speaker !== null) {
      if (typeof q.speaker.name !== "string" || q.speaker.name.trim() === "")
        problems.push(`${at}: empty speaker name`);
      problems.push(...checkTextSpan(text, q.speaker.mention, `${at} speaker mention`));
      if (typeof q.speaker.resolvedBy !== "string") problems.push(`${at}: resolvedBy missing`);
    }
    if (q.cue !== null) problems.push(...checkTextSpan(text, q.cue, `${at} cue`));
    for (const [k, inner] of (q.nested ?? []).entries()) {
      problems.push(...checkSpan(text, inner, `${at} nested ${k}`));
      if (inner.start < q.start || inner.end > q.end)
        problems.push(`${at}: nested ${k} outside the quote`);
    }
    if (q.category !== undefined && !CATEGORIES.has(q.category))
      problems.push(`${at}: category ${String(q.category)}`);
    if (q.unclosed !== undefined && q.unclosed !== true)
      problems.push(`${at}: unclosed must be true or absent`);
  });
  if (problems.length === 0 && !isPlainJson(quotes)) problems.push("result is not plain JSON data");
  return problems;
}

/** Plain data JSON keeps as is: finite numbers, strings, booleans, null, arrays, plain objects. */
export function isPlainJson(value: unknown): boolean {
  if (value === null || typeof value === "string" || typeof value === "boolean") return true;
  if (typeof value === "number") return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isPlainJson);
  if (typeof value !== "object") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  // An optional field explicitly set to undefined is dropped by JSON, which is harmless.
  return Object.values(value).every((v) => v === undefined || isPlainJson(v));
}
