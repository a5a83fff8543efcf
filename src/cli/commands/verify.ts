import { formatJson, formatVerification } from "../../report/index.js";
import { isFlagged, verifyQuote } from "../../verify/index.js";
import { dateOption, parseArgs, useColor } from "../args.js";
import { EXIT, UsageError } from "../io.js";
import { openRecord } from "./open-record.js";
import type { Command } from "./types.js";

const USAGE = `Usage: quotecheck verify --store <path...> [options] <quote|->

Checks one quotation against the record: the verdict, the source passage and a
word diff ([-record-] {+printed+}).

Options:
  --store <path...>  the record: a store file written by \`quotecheck index\`, or
                     statement files (.json, .jsonl), transcripts (.md, .txt) and
                     folders of them, indexed now
  --speaker <name>   who the quote is attributed to (\`Kirby\`, \`John Kirby\`):
                     words on record from someone else come out as misattributed
  --date <date>      when the quote was published (YYYY-MM-DD): later sources cannot
                     verify it, nearer ones are preferred
  --json             print the Verification as JSON
  --no-color         no colour (also off when NO_COLOR is set or stdout is not a terminal)
  -h, --help         show this help

The quote is the rest of the command line, or standard input when it is "-".
Exit codes: 0 verified or verified with marked edits, 1 any other verdict, 2 bad
usage or a record that cannot be read.
`;

export const verifyCommand: Command = {
  name: "verify",
  summary: "check one quotation against the record",
  usage: USAGE,
  async run(args, io) {
    const parsed = parseArgs(args, { flags: ["json", "no-color"], options: ["speaker", "date"] });
    if (parsed.stores.length === 0) throw new UsageError("missing the record: --store <path>");
    if (parsed.positionals.length === 0) {
      throw new UsageError("missing the quote (or - to read it from standard input)");
    }
    const date = dateOption(parsed);
    const speaker = parsed.options.get("speaker");
    let quote: string;
    try {
      quote =
        parsed.positionals.length === 1 && parsed.positionals[0] === "-"
          ? await io.readStdin()
          : parsed.positionals.join(" ");
    } catch (error) {
      io.stderr(`quotecheck verify: cannot read standard input: ${(error as Error).message}\n`);
      return EXIT.usage;
    }
    const store = await openRecord("verify", parsed.stores, io);
    if (!store) return EXIT.usage;

    const v = await verifyQuote(
      { text: quote.trim(), ...(speaker ? { speaker } : {}), ...(date ? { date } : {}) },
      store,
    );
    if (parsed.flags.has("json")) io.stdout(formatJson(v));
    else {
      const heading = `“${quote.trim()}”${speaker ? ` (${speaker})` : ""}`;
      io.stdout(
        `${heading}\n${formatVerification(quote.trim(), v, { color: useColor(parsed, io) })}\n`,
      );
    }
    return isFlagged(v.status) ? EXIT.failure : EXIT.ok;
  },
};
