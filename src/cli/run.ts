import { VERSION } from "../version.js";
import { COMMANDS } from "./commands/index.js";
import { type CliIo, EXIT, UsageError } from "./io.js";

export function mainUsage(): string {
  const width = Math.max(8, ...COMMANDS.map((c) => c.name.length));
  const list = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n");
  return [
    "Usage: quotecheck <command> [options]",
    "",
    "Check quotations in news text against the record.",
    "",
    "Commands:",
    list || "  (none yet)",
    "",
    "Options:",
    "  -h, --help     show this help (or a command's: quotecheck <command> --help)",
    "  -v, --version  print the version",
    "",
  ].join("\n");
}

/** Runs the CLI with `argv` (without `node` and the script path); resolves to the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === "-h" || first === "--help" || first === "help") {
    if (first === "help" && rest[0]) return runCli([rest[0], "--help"], io);
    io.stdout(mainUsage());
    return EXIT.ok;
  }
  if (first === "-v" || first === "--version") {
    io.stdout(`${VERSION}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === first);
  if (!command) {
    io.stderr(`quotecheck: unknown command '${first}'\n\n${mainUsage()}`);
    return EXIT.usage;
  }
  if (rest.includes("-h") || rest.includes("--help")) {
    io.stdout(command.usage);
    return EXIT.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`quotecheck ${command.name}: ${error.message}\n\n${command.usage}`);
      return EXIT.usage;
    }
    throw error;
  }
}
