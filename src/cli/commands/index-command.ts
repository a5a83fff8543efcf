import { stat } from "node:fs/promises";
import { parseArgs } from "node:util";
import { createStore } from "../../store/memory-store.js";
import { EXIT, UsageError } from "../io.js";
import { INPUT_FORMATS, InputError, type InputFormat, readInputs } from "./store-inputs.js";
import type { Command } from "./types.js";

const USAGE = `Usage: quotecheck index <files or folders...> -o <store file> [options]

Imports transcripts and statement files into a reference store file that
\`quotecheck search\` and \`quotecheck check\` read back quickly.

Folders are read recursively (.md, .markdown, .txt, .json, .jsonl; hidden files skipped).
.json (an array) and .jsonl files hold statements; other files are speaker-turn
transcripts (\`MS. JEAN-PIERRE:\` / \`Jane Doe:\` turns, \`Q\` questions).

Options:
  -o, --output <file>   the store file to write (required)
  -f, --format <fmt>    auto (default: by extension, transcripts detected), whitehouse,
                        plain, json or jsonl (every input in that format)
      --progress        report progress on stderr even when it is not a terminal
      --no-progress     never report progress
  -h, --help            show this help

Exit codes: 0 written, 1 an input could not be read, 2 bad usage.
`;

function parse(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: {
        output: { type: "string", short: "o" },
        format: { type: "string", short: "f" },
        progress: { type: "boolean" },
        "no-progress": { type: "boolean" },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export const indexCommand: Command = {
  name: "index",
  summary: "build a reference store file from transcripts and statements",
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parse(args);
    if (positionals.length === 0) throw new UsageError("give at least one file or folder to index");
    if (!values.output) throw new UsageError("give the store file to write with -o <file>");
    const format = (values.format ?? "auto") as InputFormat;
    if (!INPUT_FORMATS.includes(format)) {
      throw new UsageError(
        `--format must be one of ${INPUT_FORMATS.join(", ")}, got "${values.format}"`,
      );
    }
    const progress = values["no-progress"] ? false : (values.progress ?? io.stderrTTY === true);
    const started = performance.now();
    let read: Awaited<ReturnType<typeof readInputs>>;
    try {
      read = await readInputs(positionals, format, io, progress);
    } catch (error) {
      if (error instanceof InputError) {
        io.stderr(`quotecheck index: ${error.message}\n`);
        return EXIT.failure;
      }
      throw error;
    }
    let store: ReturnType<typeof createStore>;
    try {
      store = createStore(read.statements, { validate: false });
    } catch (error) {
      // Two inputs gave the same statement id (e.g. the same JSONL file twice).
      io.stderr(`quotecheck index: ${(error as Error).message}\n`);
      return EXIT.failure;
    }
    try {
      await store.save(values.output);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      io.stderr(`quotecheck index: ${values.output}: cannot write (${code})\n`);
      return EXIT.failure;
    }
    const bytes = (await stat(values.output)).size;
    const size = bytes < 1e6 ? `${(bytes / 1e3).toFixed(1)} kB` : `${(bytes / 1e6).toFixed(1)} MB`;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    io.stdout(
      `indexed ${store.size.toLocaleString("en-US")} statements (${store.totalWords.toLocaleString("en-US")} words, ` +
        `${store.speakers().length.toLocaleString("en-US")} speakers) from ${read.files} ${read.files === 1 ? "file" : "files"} ` +
        `in ${seconds} s → ${values.output} (${size})\n`,
    );
    return EXIT.ok;
  },
};
