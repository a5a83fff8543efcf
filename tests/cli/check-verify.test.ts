import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run.js";
import { fakeIo } from "../helpers/cli-io.js";

const ROOT = new URL("../../", import.meta.url).pathname;
const SEED = join(ROOT, "test-corpus/articles/seed-axios-2023-04-19.txt");
const SEED_RECORD = join(ROOT, "test-corpus/store/seed-axios-2023-04-19.jsonl");
const CORPUS_RECORD = join(ROOT, "test-corpus/store");
const dir = mkdtempSync(join(tmpdir(), "qc-check-"));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const ESC = "\u001b[";

describe("quotecheck check", () => {
  it("checks the seed article: both quotes clean, exit 0, a summary line", async () => {
    const io = fakeIo();
    expect(
      await runCli(["check", SEED, "--store", CORPUS_RECORD, "--date", "2023-04-19"], io),
    ).toBe(0);
    expect(io.out).toContain("2 quotations, checked against");
    expect(io.out).toContain("verified with marked edits");
    expect(io.out).toContain("reassure [-them-]{+[allies]+} about our commitment");
    expect(io.out).toContain("speaker: John Kirby (“He”)");
    expect(io.out.trimEnd().split("\n").pop()).toBe(
      "Summary: 2 quotes: 1 verified, 1 verified with marked edits; 0 flagged",
    );
    expect(io.out).not.toContain(ESC);
    expect(io.err).toBe("");
  });

  it("exits 1 when a quote is flagged", async () => {
    const article = file(
      "flagged.txt",
      "Kirby said allies \u201Chave appreciated the seriousness with which we\u2019re not taking this issue.\u201D\n",
    );
    const io = fakeIo();
    expect(await runCli(["check", article, "--store", SEED_RECORD], io)).toBe(1);
    expect(io.out).toContain("MEANING CHANGED");
    expect(io.out).toContain("1 flagged");
  });

  it("--json prints the TextReport; the article can come from standard input", async () => {
    const io = fakeIo('"And we\u2019re going to keep at that," Kirby said.\n');
    expect(await runCli(["check", "-", "--store", SEED_RECORD, "--json"], io)).toBe(0);
    const report = JSON.parse(io.out);
    expect(report.summary.total).toBe(1);
    expect(report.quotes[0].verification.status).toBe("verified");
    expect(report.quotes[0].quote.speaker.name).toBe("Kirby");
  });

  it("colour on a terminal, off with --no-color or NO_COLOR", async () => {
    const run = async (extra: string[], env: Record<string, string> = {}) => {
      const io = Object.assign(fakeIo(), { isTTY: true, env });
      await runCli(["check", SEED, "--store", SEED_RECORD, ...extra], io);
      return io.out;
    };
    expect(await run([])).toContain(ESC);
    expect(await run(["--no-color"])).not.toContain(ESC);
    expect(await run([], { NO_COLOR: "1" })).not.toContain(ESC);
  });

  it("several record paths after one --store, or the article after --store", async () => {
    const io = fakeIo();
    expect(await runCli(["check", "--store", SEED_RECORD, SEED], io)).toBe(0);
    expect(io.out).toContain("2 quotations");
  });

  it.each([
    [["check"], "missing the article"],
    [["check", SEED], "missing the record"],
    [["check", SEED, "other.txt", "--store", SEED_RECORD], "one article at a time"],
    [["check", SEED, "--store", SEED_RECORD, "--date", "19 April"], "--date must be a date"],
    [["check", SEED, "--store", SEED_RECORD, "--colour"], "unknown option --colour"],
  ])("bad usage %j → exit 2", async (argv, message) => {
    const io = fakeIo();
    expect(await runCli(argv, io)).toBe(2);
    expect(io.err).toContain(message);
    expect(io.err).toContain("Usage: quotecheck check");
  });

  it("an unreadable article or record → exit 2 with the reason", async () => {
    const io = fakeIo();
    expect(await runCli(["check", join(dir, "missing.txt"), "--store", SEED_RECORD], io)).toBe(2);
    expect(io.err).toContain("no such file");
    const bad = file("bad.jsonl", '{"id": "x"}\n');
    const io2 = fakeIo();
    expect(await runCli(["check", SEED, "--store", bad], io2)).toBe(2);
    expect(io2.err).toContain("bad.jsonl");
  });
});

describe("quotecheck verify", () => {
  it("verifies one quote with a speaker and prints its diff", async () => {
    const io = fakeIo();
    const code = await runCli(
      [
        "verify",
        "--store",
        SEED_RECORD,
        "--speaker",
        "Kirby",
        "reassure [allies] about our commitment to safeguarding intelligence",
      ],
      io,
    );
    expect(code).toBe(0);
    expect(io.out).toContain("verified with marked edits");
    expect(io.out).toContain("[-them-]{+[allies]+}");
  });

  it("exits 1 and says who said it for a misattributed quote", async () => {
    const io = fakeIo();
    const code = await runCli(
      [
        "verify",
        "--store",
        SEED_RECORD,
        "--speaker",
        "Karine Jean-Pierre",
        "--json",
        "our allies and partners have appreciated the seriousness with which we're taking this issue",
      ],
      io,
    );
    expect(code).toBe(1);
    const v = JSON.parse(io.out);
    expect(v).toMatchObject({
      status: "misattributed",
      attributedTo: "Karine Jean-Pierre",
      source: { speaker: "John Kirby" },
    });
  });

  it("a quote not on record exits 1; the quote may come from standard input", async () => {
    const io = fakeIo("The Pentagon will publish every leaked document next week.");
    expect(await runCli(["verify", "--store", SEED_RECORD, "-"], io)).toBe(1);
    expect(io.out).toContain("not found on record");
  });

  it.each([
    [["verify", "some words"], "missing the record"],
    [["verify", "--store", SEED_RECORD], "missing the quote"],
    [["verify", "--store", SEED_RECORD, "--speaker"], "--speaker needs a value"],
  ])("bad usage %j → exit 2", async (argv, message) => {
    const io = fakeIo();
    expect(await runCli(argv, io)).toBe(2);
    expect(io.err).toContain(message);
  });
});
