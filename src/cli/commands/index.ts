import { checkCommand } from "./check.js";
import { extractCommand } from "./extract.js";
import { indexCommand } from "./index-command.js";
import { searchCommand } from "./search.js";
import type { Command } from "./types.js";
import { verifyCommand } from "./verify.js";

/** Every subcommand, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [
  extractCommand,
  indexCommand,
  searchCommand,
  verifyCommand,
  checkCommand,
];
