import type { CliIo } from "../../src/cli/io.js";

/** A CliIo that records what a command prints. */
export function fakeIo(stdin = ""): CliIo & { out: string; err: string } {
  const io = {
    out: "",
    err: "",
    stdout: (text: string) => {
      io.out += text;
    },
    stderr: (text: string) => {
      io.err += text;
    },
    readStdin: async () => stdin,
    isTTY: false,
    env: {},
  };
  return io;
}
