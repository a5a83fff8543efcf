import { parseArgs } from "node:util";
import { extractQuotes } from "../../attribute/index.js";
import type { ExtractOptions } from "../../extract/options.js";
import { formatQuotes } from "../format-quotes.js";
import { type CliIo, EXIT, UsageError } from "../io.js";
import { readTextFile, UnreadableInputError } from "../read-input.js";
import type { Command } from "./types.js";

const USAGE = `Usage: quotecheck extract [options] <file|->

Finds every quotation in a text and who said it. Reads the file (UTF-8), or
standard input for "-". Prints one block per quotation: where it starts
(line:column), its kind, the quoted words, the speaker with the mention it was
found from, and the cue.

Options:
  --json                 print the quotations exactly as extractQuotes() returns
                         them (offsets: UTF-16 code units into the input)
  --include-non-speech   also list titles, nicknames, terms and scare quotes
  --no-transcripts       do not read Q:/A: and NAME: layouts as quotations
  --no-floating          do not give unattributed quotations the previous
                         quotation's or the paragraph's speaker
  -h, --help             show this help

Exit codes: 0 done (also when there is no quotation), 1 input unreadable
(missing file, directory, not UTF-8), 2 bad usage.
`;

function parse(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      allowNegative: true,
      options: {
        json: { type: "boolean", default: false },
        "include-non-speech": { type: "boolean" },
        transcripts: { type: "boolean" },
        floating: { type: "boolean" },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

async function readInput(path: string, io: CliIo): Promise<string> {
  if (path !== "-") return readTextFile(path);
  try {
    return await io.readStdin();
  } catch (error) {
    if (error instanceof UnreadableInputError) throw error;
    throw new UnreadableInputError(`cannot read standard input: ${(error as Error).message}`);
  }
}

export const extractCommand: Command = {
  name: "extract",
  summary: "find every quotation in a text and who said it",
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parse(args);
    if (positionals.length === 0) throw new UsageError("missing the file to read (or - for stdin)");
    if (positionals.length > 1)
      throw new UsageError(
        `one input at a time, got ${positionals.length}: ${positionals.join(" ")}`,
      );
    const options: ExtractOptions = {};
    if (values["include-non-speech"] !== undefined)
      options.includeNonSpeech = values["include-non-speech"];
    if (values.transcripts !== undefined) options.transcripts = values.transcripts;
    if (values.floating !== undefined) options.floating = values.floating;

    let text: string;
    try {
      text = await readInput(positionals[0]!, io);
    } catch (error) {
      if (!(error instanceof UnreadableInputError)) throw error;
      io.stderr(`quotecheck extract: ${error.message}\n`);
      return EXIT.failure;
    }
    const quotes = extractQuotes(text, options);
    io.stdout(values.json ? `${JSON.stringify(quotes, null, 2)}\n` : formatQuotes(text, quotes));
    return EXIT.ok;
  },
};
