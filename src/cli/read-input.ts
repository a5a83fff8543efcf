import { readFileSync } from "node:fs";

/** Input that cannot be read as text: exit code 1 with this message. */
export class UnreadableInputError extends Error {
  override name = "UnreadableInputError";
}

/**
 * Bytes to text. Invalid UTF-8 is refused rather than replaced with U+FFFD: a quote
 * checker must not quietly change the words it checks, and offsets into a repaired
 * text would point at characters the file does not have. A byte order mark is kept,
 * so offsets equal those of `readFileSync(file, "utf8")`.
 */
export function decodeUtf8(bytes: Uint8Array, name: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new UnreadableInputError(`${name} is not valid UTF-8 text`);
  }
}

const REASONS: Record<string, string> = {
  ENOENT: "no such file",
  EISDIR: "is a directory",
  EACCES: "permission denied",
  EPERM: "permission denied",
  ENOTDIR: "a parent of it is not a directory",
};

/** Reads a UTF-8 text file; every failure becomes an UnreadableInputError naming the file. */
export function readTextFile(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    const reason = REASONS[code] ?? (error as Error).message;
    throw new UnreadableInputError(`cannot read ${path}: ${reason}`);
  }
  return decodeUtf8(bytes, path);
}

/** A file's text, or standard input's for `-`. */
export async function readTextInput(
  path: string,
  readStdin: () => Promise<string>,
): Promise<string> {
  if (path !== "-") return readTextFile(path);
  try {
    return await readStdin();
  } catch (error) {
    if (error instanceof UnreadableInputError) throw error;
    throw new UnreadableInputError(`cannot read standard input: ${(error as Error).message}`);
  }
}
