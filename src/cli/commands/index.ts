import { extractCommand } from "./extract.js";
import type { Command } from "./types.js";

/** Every subcommand, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [extractCommand];
