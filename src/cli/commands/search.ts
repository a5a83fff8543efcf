import { parseArgs } from "node:util";
import { InvalidInputError, InvalidStoreError } from "../../errors.js";
import type { MemoryStore } from "../../store/memory-store.js";
import type { Candidate } from "../../store/types.js";
import { EXIT, UsageError } from "../io.js";
import { InputError, openStore } from "./store-inputs.js";
import type { Command } from "./types.js";

const USAGE = `Usage: quotecheck search --store <store file or inputs> [options] <quote>

Finds where a quote was said: the best passages of the record, with their speaker,
source and score (1 = every word found in order; see README "Reference store").

Options:
  -s, --store <path>    a store file written by \`quotecheck index\`, or transcripts,
                        statement files or folders to index on the fly (repeatable)
      --speaker <name>  only statements by this speaker (\`Kirby\`, \`John Kirby\`, \`MR. KIRBY\`)
  -n, --limit <n>       most passages to show (default 5, at most 100)
      --from <date>     only sources dated on or after this ISO date (YYYY-MM-DD)
      --to <date>       only sources dated on or before this ISO date
      --json            print the candidates as JSON
  -h, --help            show this help

The quote is the rest of the command line, or standard input when it is \`-\`.
Exit codes: 0 searched (also when nothing matched), 1 a store or input could not be read,
2 bad usage.
`;

function parse(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: {
        store: { type: "string", short: "s", multiple: true },
        speaker: { type: "string" },
        limit: { type: "string", short: "n" },
        from: { type: "string" },
        to: { type: "string" },
        json: { type: "boolean" },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

const CONTEXT = 70;

function excerpt(c: Candidate): string {
  const text = c.statement.text;
  const { start, end } = c.passage;
  let before = text.slice(Math.max(0, start - CONTEXT), start);
  let after = text.slice(end, end + CONTEXT);
  if (start > CONTEXT) before = `…${before.replace(/^\S*\s/, "")}`;
  if (end + CONTEXT < text.length) after = `${after.replace(/\s\S*$/, "")}…`;
  return `${before}»${text.slice(start, end)}«${after}`.replace(/\s+/g, " ");
}

function describe(c: Candidate, rank: number): string {
  const s = c.statement;
  const who = s.role ? `${s.speaker} (${s.role})` : s.speaker;
  const where = [s.source.date, s.source.title].filter(Boolean).join(" · ");
  const lines = [
    `${rank}. ${c.score.toFixed(3)}  ${who}${where ? ` — ${where}` : ""}`,
    `   ${excerpt(c)}`,
    `   matched ${c.matchedWords}/${c.quoteWords} words · specificity ${c.specificity.toFixed(2)} · ${s.id}${s.source.url ? ` · ${s.source.url}` : ""}`,
  ];
  return lines.join("\n");
}

export const searchCommand: Command = {
  name: "search",
  summary: "find where a quote was said in a reference store",
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parse(args);
    if (!values.store || values.store.length === 0)
      throw new UsageError("give the store to search with --store <path>");
    if (positionals.length === 0)
      throw new UsageError("give the quote to search for (or - to read it from standard input)");
    const quote =
      positionals.length === 1 && positionals[0] === "-"
        ? await io.readStdin()
        : positionals.join(" ");
    const limit = values.limit === undefined ? undefined : Number(values.limit);
    if (limit !== undefined && !(Number.isInteger(limit) && limit >= 1 && limit <= 100)) {
      throw new UsageError(`--limit must be a whole number from 1 to 100, got "${values.limit}"`);
    }
    let store: MemoryStore;
    try {
      store = await openStore(values.store, io);
    } catch (error) {
      if (
        error instanceof InputError ||
        error instanceof InvalidStoreError ||
        error instanceof InvalidInputError
      ) {
        io.stderr(`quotecheck search: ${error.message}\n`);
        return EXIT.failure;
      }
      throw error;
    }
    let found: Candidate[];
    try {
      found = store.search(quote, {
        ...(values.speaker ? { speaker: values.speaker } : {}),
        ...(limit ? { limit } : {}),
        ...(values.from ? { dateFrom: values.from } : {}),
        ...(values.to ? { dateTo: values.to } : {}),
      });
    } catch (error) {
      if (error instanceof InvalidInputError)
        throw new UsageError(
          error.message.replace(/^options\.dateFrom/, "--from").replace(/^options\.dateTo/, "--to"),
        );
      throw error;
    }
    if (values.json) {
      io.stdout(`${JSON.stringify(found, null, 2)}\n`);
    } else if (found.length === 0) {
      io.stdout("no passage of the store shares words with this quote\n");
    } else {
      io.stdout(`${found.map((c, i) => describe(c, i + 1)).join("\n\n")}\n`);
    }
    return EXIT.ok;
  },
};
