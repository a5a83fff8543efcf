import { extractCommand } from "./extract.js";
import { indexCommand } from "./index-command.js";
import { searchCommand } from "./search.js";
import type { Command } from "./types.js";

/** Every subcommand, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [extractCommand, indexCommand, searchCommand];
