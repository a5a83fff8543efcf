import { InvalidStoreError } from "../errors.js";
import { type Statement, StatementSchema } from "./schema.js";

/** The two line formats statements are stored in. */
export type StatementFileFormat = "json" | "jsonl";

export interface ParseStatementsOptions {
  format: StatementFileFormat;
  /** Named in error messages. */
  file?: string;
}

/**
 * Parses and validates statements from JSON (an array of statements) or JSONL (one
 * statement a line; blank lines ignored). All or nothing: the first malformed line or
 * record throws `InvalidStoreError` naming the file, the 1-based line and the field.
 * Ids must be unique within the text.
 */
export function parseStatements(text: string, options: ParseStatementsOptions): Statement[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records =
    options.format === "jsonl" ? jsonlRecords(body, options.file) : jsonRecords(body, options.file);
  const statements: Statement[] = [];
  const seen = new Map<string, number>();
  for (const { value, line, index } of records) {
    const parsed = StatementSchema.safeParse(value);
    const prefix = options.format === "json" ? [index] : [];
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const path = issue.path.map((p) => (typeof p === "symbol" ? String(p) : p));
      const field = path.length > 0 ? path.join(".") : "record";
      throw new InvalidStoreError(`${where(options.file, line)}: ${field}: ${issue.message}`, {
        file: options.file,
        line,
        path: [...prefix, ...path],
      });
    }
    const first = seen.get(parsed.data.id);
    if (first !== undefined) {
      throw new InvalidStoreError(
        `${where(options.file, line)}: id: duplicate id "${parsed.data.id}" (first on line ${first})`,
        { file: options.file, line, path: [...prefix, "id"] },
      );
    }
    seen.set(parsed.data.id, line);
    statements.push(parsed.data);
  }
  return statements;
}

interface RawRecord {
  value: unknown;
  line: number;
  index: number;
}

function where(file: string | undefined, line: number): string {
  return `${file ?? "<statements>"}:${line}`;
}

function jsonlRecords(text: string, file: string | undefined): RawRecord[] {
  const records: RawRecord[] = [];
  let line = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    line++;
    const raw = text.slice(start, end).trim();
    if (raw.length > 0) {
      let value: unknown;
      try {
        value = JSON.parse(raw);
      } catch (error) {
        throw new InvalidStoreError(
          `${where(file, line)}: not valid JSON (${(error as Error).message})`,
          { file, line },
          { cause: error },
        );
      }
      records.push({ value, line, index: records.length });
    }
    start = end + 1;
  }
  return records;
}

function jsonRecords(text: string, file: string | undefined): RawRecord[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const line = lineOfJsonError(text);
    throw new InvalidStoreError(
      `${where(file, line)}: not valid JSON (${(error as Error).message})`,
      { file, line },
      { cause: error },
    );
  }
  if (!Array.isArray(value)) {
    throw new InvalidStoreError(`${where(file, 1)}: expected a JSON array of statements`, {
      file,
      line: 1,
    });
  }
  const elements = topLevelElements(text);
  return value.map((v, index) => ({ value: v, line: elements[index]?.line ?? 1, index }));
}

/**
 * JSON.parse does not say where it failed (Node 20 prints a snippet, no position):
 * the line of the first top-level element that does not parse on its own, else the
 * last line (an unclosed array or trailing text).
 */
function lineOfJsonError(text: string): number {
  for (const element of topLevelElements(text)) {
    try {
      JSON.parse(text.slice(element.start, element.end));
    } catch {
      return element.line;
    }
  }
  let line = 1;
  for (let i = 0; i < text.length; i++)
    if (text.charCodeAt(i) === 10 && i < text.length - 1) line++;
  return line;
}

interface ElementSpan {
  start: number;
  end: number;
  /** 1-based line of `start`. */
  line: number;
}

/** Where each element of a top-level JSON array starts and ends (one linear scan, strings skipped). */
function topLevelElements(text: string): ElementSpan[] {
  const elements: ElementSpan[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  let current: ElementSpan | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) {
        inString = false;
        if (current) current.end = i + 1;
      }
      continue;
    }
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) continue;
    if (depth === 1 && (c === 0x2c || c === 0x5d)) {
      if (current) {
        elements.push(current);
        current = undefined;
      }
      if (c === 0x5d) depth--;
      continue;
    }
    if (depth === 1 && !current) current = { start: i, end: i + 1, line };
    if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) depth++;
    else if (c === 0x5d || c === 0x7d) depth--;
    if (current) current.end = i + 1;
  }
  if (current) elements.push(current);
  return elements;
}
