/** What a CLI command may touch: injected so tests run commands without a process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Reads all of standard input (for `-` as a file argument). */
  readStdin: () => Promise<string>;
  /** Whether stdout is a terminal (colour and progress default on). */
  isTTY: boolean;
  /** Whether stderr is a terminal (progress lines are rewritten in place there). */
  stderrTTY?: boolean;
  env: Readonly<Record<string, string | undefined>>;
}

/** Exit codes shared by every command. */
export const EXIT = {
  ok: 0,
  /** A check found problems (flagged quotes), or input could not be read. */
  failure: 1,
  /** Bad usage: unknown command or option, missing argument. */
  usage: 2,
} as const;

/** A usage mistake: printed with the command's usage, exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}
