import { describe, expect, it } from "vitest";
import { runCli } from "../src/cli/run.js";
import { VERSION } from "../src/version.js";
import { fakeIo } from "./helpers/cli-io.js";

describe("quotecheck CLI", () => {
  it("prints usage for --help and no arguments, exit 0", async () => {
    for (const argv of [["--help"], ["-h"], []]) {
      const io = fakeIo();
      expect(await runCli(argv, io)).toBe(0);
      expect(io.out).toContain("Usage: quotecheck <command>");
      expect(io.err).toBe("");
    }
  });

  it("prints the version, exit 0", async () => {
    const io = fakeIo();
    expect(await runCli(["--version"], io)).toBe(0);
    expect(io.out).toBe(`${VERSION}\n`);
  });

  it("exits 2 with usage on an unknown command", async () => {
    const io = fakeIo();
    expect(await runCli(["frobnicate"], io)).toBe(2);
    expect(io.err).toContain("unknown command 'frobnicate'");
    expect(io.err).toContain("Usage: quotecheck");
    expect(io.out).toBe("");
  });
});
