import type { CliIo } from "../io.js";

export interface Command {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** Full usage text shown by `quotecheck <command> --help` and on a usage error. */
  usage: string;
  run(args: string[], io: CliIo): Promise<number>;
}
