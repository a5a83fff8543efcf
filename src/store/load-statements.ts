import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { assertString, InvalidInputError, InvalidStoreError } from "../errors.js";
import { parseStatements, type StatementFileFormat } from "./parse-statements.js";
import type { Statement } from "./schema.js";

/**
 * Reads statements from a `.json` file (an array) or a `.jsonl` file (one a line).
 * All or nothing: a malformed line or record throws `InvalidStoreError` with the file,
 * the 1-based line and the field; an unreadable file throws `InvalidStoreError` with
 * the file and the system error as `cause`.
 */
export async function loadStatements(path: string): Promise<Statement[]> {
  assertString(path, "path");
  const format = statementFileFormat(path);
  if (!format) {
    throw new InvalidInputError(`path must end in .json or .jsonl, got "${path}"`, ["path"]);
  }
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new InvalidStoreError(
      `${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      { file: path },
      { cause: error },
    );
  }
  return parseStatements(text, { format, file: path });
}

/** `json` or `jsonl` from a file name's extension (case-insensitive), else undefined. */
export function statementFileFormat(path: string): StatementFileFormat | undefined {
  const ext = extname(path).toLowerCase();
  return ext === ".json" ? "json" : ext === ".jsonl" ? "jsonl" : undefined;
}
