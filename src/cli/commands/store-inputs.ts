import { open, readdir, readFile, stat } from "node:fs/promises";
import { extname, join, relative } from "node:path";
import { InvalidStoreError } from "../../errors.js";
import { createStore, type MemoryStore } from "../../store/memory-store.js";
import { parseStatements } from "../../store/parse-statements.js";
import { MAGIC } from "../../store/persist/format.js";
import { loadStore } from "../../store/persist/load-store.js";
import type { Statement } from "../../store/schema.js";
import { importTranscript } from "../../store/transcript/import-transcript.js";
import type { CliIo } from "../io.js";

export const INPUT_FORMATS = ["auto", "whitehouse", "plain", "json", "jsonl"] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

/** Files a folder contributes: transcripts and statement files; others (LICENSE, images) are skipped. */
const INDEXED = new Set([".md", ".markdown", ".txt", ".json", ".jsonl"]);

/** An input that could not be read: the CLI exits 1 with this message. */
export class InputError extends Error {
  override name = "InputError";
}

interface InputFile {
  path: string;
  /** Statement ids of the file are `<prefix>#<n>` (transcripts) or the file's own ids. */
  prefix: string;
}

async function walk(dir: string, root: string, out: InputFile[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walk(path, root, out);
    else if (INDEXED.has(extname(entry.name).toLowerCase())) {
      const rel = relative(root, path);
      out.push({ path, prefix: rel.slice(0, rel.length - extname(rel).length) });
    }
  }
}

/** The files behind the paths given: folders are walked (sorted, hidden entries skipped). */
export async function inputFiles(paths: readonly string[]): Promise<InputFile[]> {
  const files: InputFile[] = [];
  for (const path of paths) {
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(path);
    } catch (error) {
      throw new InputError(
        `${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
      );
    }
    if (info.isDirectory()) await walk(path, path, files);
    else
      files.push({
        path,
        prefix: path.slice(0, path.length - extname(path).length).replace(/^\.\//, ""),
      });
  }
  return files;
}

/** Whether a file starts like a saved store. */
export async function isStoreFile(path: string): Promise<boolean> {
  try {
    const handle = await open(path, "r");
    try {
      const head = Buffer.alloc(MAGIC.length);
      const { bytesRead } = await handle.read(head, 0, head.length, 0);
      return bytesRead === MAGIC.length && head.equals(MAGIC);
    } finally {
      await handle.close();
    }
  } catch {
    return false;
  }
}

function formatOf(path: string, format: InputFormat): InputFormat {
  if (format !== "auto") return format;
  const ext = extname(path).toLowerCase();
  return ext === ".json" ? "json" : ext === ".jsonl" ? "jsonl" : "auto";
}

/** Progress on stderr: a line rewritten in place on a terminal, a line per tenth otherwise. */
function progressReporter(
  io: CliIo,
  total: number,
  enabled: boolean,
): (done: number, words: number) => void {
  if (!enabled || total < 50) return () => undefined;
  const tty = io.stderrTTY === true;
  let lastTenth = -1;
  return (done, words) => {
    const text = `indexing: ${done}/${total} files, ~${(words / 1e6).toFixed(1)} M words`;
    if (tty) {
      io.stderr(`\r${text}${done === total ? "\n" : ""}`);
      return;
    }
    const tenth = Math.floor((done * 10) / total);
    if (tenth !== lastTenth) {
      lastTenth = tenth;
      io.stderr(`${text}\n`);
    }
  };
}

/**
 * Reads every input into statements: `.json`/`.jsonl` as statement files, anything else
 * as a speaker-turn transcript (in `format`, `auto` by default).
 */
export async function readInputs(
  paths: readonly string[],
  format: InputFormat,
  io: CliIo,
  progress: boolean,
): Promise<{ statements: Statement[]; files: number }> {
  const files = await inputFiles(paths);
  const report = progressReporter(io, files.length, progress);
  const statements: Statement[] = [];
  let words = 0;
  for (let i = 0; i < files.length; i++) {
    const { path, prefix } = files[i]!;
    let text: string;
    try {
      text = await readFile(path, "utf8");
    } catch (error) {
      throw new InputError(
        `${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
      );
    }
    const kind = formatOf(path, format);
    try {
      const found =
        kind === "json" || kind === "jsonl"
          ? parseStatements(text, { format: kind, file: path })
          : importTranscript(text, { format: kind, file: path, idPrefix: prefix });
      for (const s of found) {
        statements.push(s);
        words += s.text.length / 6;
      }
    } catch (error) {
      if (error instanceof InvalidStoreError) throw new InputError(error.message);
      throw error;
    }
    report(i + 1, words);
  }
  return { statements, files: files.length };
}

/** A store from a saved store file, or from inputs indexed now (several paths combine). */
export async function openStore(paths: readonly string[], io: CliIo): Promise<MemoryStore> {
  if (paths.length === 1 && (await isStoreFile(paths[0]!))) return loadStore(paths[0]!);
  for (const path of paths) {
    if (await isStoreFile(path)) {
      throw new InputError(
        `${path}: a store file can only be used alone; index the inputs together instead`,
      );
    }
  }
  const { statements } = await readInputs(paths, "auto", io, io.stderrTTY === true);
  return createStore(statements, { validate: false });
}
