import { formatJson, formatTextReport } from "../../report/index.js";
import { verifyText } from "../../verify/index.js";
import { dateOption, parseArgs, useColor } from "../args.js";
import { EXIT, UsageError } from "../io.js";
import { readTextInput, UnreadableInputError } from "../read-input.js";
import { openRecord } from "./open-record.js";
import type { Command } from "./types.js";

const USAGE = `Usage: quotecheck check <article|-> --store <path...> [options]

Finds every quotation in an article and checks each against the record: for each,
the speaker, the verdict, the source (date, title) and a word diff against the
source passage ([-record-] {+printed+}), then a summary line.

Options:
  --store <path...>  the record: a store file written by \`quotecheck index\`, or
                     statement files (.json, .jsonl), transcripts (.md, .txt) and
                     folders of them, indexed now; several paths after one --store,
                     or --store repeated
  --date <date>      the article's publication date (YYYY-MM-DD): sources dated
                     after it cannot verify its quotes, nearer ones are preferred
  --json             print the report as JSON (verifyText's TextReport)
  --no-color         no colour (also off when NO_COLOR is set or stdout is not a terminal)
  -h, --help         show this help

Reads the article from the file (UTF-8), or standard input for "-".
Exit codes: 0 every quote verified or verified with marked edits, 1 a quote is
flagged (any other verdict), 2 bad usage or an article or record that cannot be read.
`;

export const checkCommand: Command = {
  name: "check",
  summary: "check every quotation of an article against the record",
  usage: USAGE,
  async run(args, io) {
    const parsed = parseArgs(args, { flags: ["json", "no-color"], options: ["date"] });
    if (parsed.positionals.length === 0) {
      throw new UsageError("missing the article to check (a file, or - for standard input)");
    }
    if (parsed.positionals.length > 1) {
      throw new UsageError(`one article at a time, got: ${parsed.positionals.join(" ")}`);
    }
    if (parsed.stores.length === 0) throw new UsageError("missing the record: --store <path>");
    const date = dateOption(parsed);

    let text: string;
    try {
      text = await readTextInput(parsed.positionals[0]!, io.readStdin);
    } catch (error) {
      if (!(error instanceof UnreadableInputError)) throw error;
      io.stderr(`quotecheck check: ${error.message}\n`);
      return EXIT.usage;
    }
    const store = await openRecord("check", parsed.stores, io);
    if (!store) return EXIT.usage;

    const report = await verifyText(text, store, date ? { date } : undefined);
    if (parsed.flags.has("json")) io.stdout(formatJson(report));
    else {
      const name = parsed.positionals[0] === "-" ? "standard input" : parsed.positionals[0];
      const n = report.summary.total;
      io.stdout(
        `${name}: ${n} quotation${n === 1 ? "" : "s"}, checked against ${store.size} statements${date ? ` (published ${date})` : ""}\n\n`,
      );
      io.stdout(formatTextReport(report, { color: useColor(parsed, io), text }));
    }
    return report.summary.flagged > 0 ? EXIT.failure : EXIT.ok;
  },
};
