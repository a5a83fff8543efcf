import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { UnreadableInputError } from "../../src/cli/read-input.js";
import { runCli } from "../../src/cli/run.js";
import { extractQuotes } from "../../src/index.js";
import { locator } from "../../src/text/location.js";
import { fakeIo } from "../helpers/cli-io.js";

const SEED = new URL("../../test-corpus/articles/seed-axios-2023-04-19.txt", import.meta.url);
const dir = mkdtempSync(join(tmpdir(), "qc-extract-"));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe("quotecheck extract", () => {
  it("prints each quotation of the seed article with its place, speaker and cue", async () => {
    const io = fakeIo();
    expect(await runCli(["extract", SEED.pathname], io)).toBe(0);
    const text = readFileSync(SEED, "utf8");
    const quotes = extractQuotes(text);
    const at = locator(text);
    const blocks = io.out.trimEnd().split("\n\n");
    expect(blocks).toHaveLength(quotes.length + 1);
    quotes.forEach((q, i) => {
      const { line, column } = at(q.start);
      expect(blocks[i]).toContain(`#${i + 1}  ${line}:${column}  ${q.kind}`);
      expect(blocks[i]).toContain(`\u201C${q.text}\u201D`);
      expect(blocks[i]).toContain(`speaker  ${q.speaker!.name}`);
      expect(blocks[i]).toContain(`cue      \u201C${q.cue!.text}\u201D`);
    });
    expect(io.out).toContain("speaker  John Kirby");
    expect(io.out).toContain("from \u201CHe\u201D");
    expect(blocks.at(-1)).toBe(`${quotes.length} quotations.`);
    expect(io.err).toBe("");
  });

  it("--json prints the Quote[] exactly as extractQuotes returns it", async () => {
    const io = fakeIo();
    expect(await runCli(["extract", "--json", SEED.pathname], io)).toBe(0);
    const text = readFileSync(SEED, "utf8");
    expect(io.out).toBe(`${JSON.stringify(extractQuotes(text), null, 2)}\n`);
  });

  it("reads standard input for -", async () => {
    const text = "\u201CWe will,\u201D Kirby said, \u201Ckeep them informed.\u201D";
    const io = fakeIo(text);
    expect(await runCli(["extract", "-", "--json"], io)).toBe(0);
    expect(JSON.parse(io.out)).toEqual(extractQuotes(text));
    expect(JSON.parse(io.out)[0].spans).toHaveLength(2);
  });

  it("passes the extraction options through", async () => {
    const text = 'She loved the film "Oppenheimer" and left.';
    const plain = fakeIo(text);
    expect(await runCli(["extract", "-"], plain)).toBe(0);
    expect(plain.out).toBe("No quotations found.\n");
    const all = fakeIo(text);
    expect(await runCli(["extract", "-", "--include-non-speech"], all)).toBe(0);
    expect(all.out).toContain("partial, title,");

    const floating = "Kirby said: \u201CWe are ready.\u201D\n\n\u201CNothing has changed.\u201D";
    const run = async (...flags: string[]) => {
      const io = fakeIo(floating);
      expect(await runCli(["extract", "-", "--json", ...flags], io)).toBe(0);
      return JSON.parse(io.out) as ReturnType<typeof extractQuotes>;
    };
    expect((await run()).map((q) => q.speaker?.resolvedBy ?? null)).toEqual([
      "explicit",
      "previous-quote",
    ]);
    expect((await run("--no-floating")).map((q) => q.speaker?.resolvedBy ?? null)).toEqual([
      "explicit",
      null,
    ]);

    const interview = "Q: Will you run?\nA: No.";
    const noTranscripts = fakeIo(interview);
    expect(await runCli(["extract", "-", "--json", "--no-transcripts"], noTranscripts)).toBe(0);
    expect(JSON.parse(noTranscripts.out)).toEqual(extractQuotes(interview, { transcripts: false }));
  });

  it("says so when a text has no quotation, exit 0", async () => {
    const io = fakeIo("Nothing quoted here.");
    expect(await runCli(["extract", "-"], io)).toBe(0);
    expect(io.out).toBe("No quotations found.\n");
    const json = fakeIo("");
    expect(await runCli(["extract", "-", "--json"], json)).toBe(0);
    expect(json.out).toBe("[]\n");
  });

  it.each([
    ["a missing file", () => join(dir, "missing.txt"), /cannot read .*missing\.txt: no such file/],
    ["a directory", () => dir, /is a directory/],
    [
      "invalid UTF-8",
      () => file("cp1252.txt", Buffer.from([0x93, 0x48, 0x69, 0x94])),
      /not valid UTF-8/,
    ],
  ])("exits 1 on %s, naming it, printing nothing on stdout", async (_, path, message) => {
    const io = fakeIo();
    expect(await runCli(["extract", path()], io)).toBe(1);
    expect(io.err).toMatch(message);
    expect(io.out).toBe("");
  });

  it("exits 1 when standard input cannot be read", async () => {
    const io = fakeIo();
    io.readStdin = () =>
      Promise.reject(new UnreadableInputError("standard input is not valid UTF-8 text"));
    expect(await runCli(["extract", "-"], io)).toBe(1);
    expect(io.err).toContain("standard input is not valid UTF-8 text");
    const broken = fakeIo();
    broken.readStdin = () => Promise.reject(new Error("EIO"));
    expect(await runCli(["extract", "-"], broken)).toBe(1);
    expect(broken.err).toContain("cannot read standard input: EIO");
  });

  it.each([
    [[], /missing the file/],
    [["a.txt", "b.txt"], /one input at a time/],
    [["--colour", "a.txt"], /Unknown option '--colour'/],
  ])("exits 2 with usage on %j", async (args, message) => {
    const io = fakeIo();
    expect(await runCli(["extract", ...args], io)).toBe(2);
    expect(io.err).toMatch(message);
    expect(io.err).toContain("Usage: quotecheck extract");
    expect(io.out).toBe("");
  });

  it("has help and is listed by quotecheck --help", async () => {
    const help = fakeIo();
    expect(await runCli(["extract", "--help"], help)).toBe(0);
    expect(help.out).toContain("Usage: quotecheck extract [options] <file|->");
    const main = fakeIo();
    expect(await runCli(["--help"], main)).toBe(0);
    expect(main.out).toMatch(/extract\s+find every quotation/);
  });

  it("keeps a byte order mark so --json offsets match the file read as UTF-8", async () => {
    const text = "\uFEFF\u201CHi there,\u201D she said.";
    const io = fakeIo();
    expect(await runCli(["extract", "--json", file("bom.txt", text)], io)).toBe(0);
    const [quote] = JSON.parse(io.out);
    expect(text.slice(quote.start, quote.end)).toBe("Hi there,");
  });
});
