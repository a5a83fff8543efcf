import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run.js";
import { loadStore } from "../../src/index.js";
import { fakeIo } from "../helpers/cli-io.js";

const dir = mkdtempSync(join(tmpdir(), "quotecheck-cli-store-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NB = "\u00a0";
const briefings = join(dir, "briefings");
mkdirSync(join(briefings, "2023"), { recursive: true });
writeFileSync(
  join(briefings, "2023", "g7.md"),
  `---
title: "Press Briefing by Press Secretary Karine Jean-Pierre and NSC Coordinator John Kirby"
date: '2023-05-16'
source_url: https://www.whitehouse.gov/briefing-room/press-briefings/2023/05/16/g7/
---

MS. JEAN-PIERRE:${NB} Good afternoon, everybody. (Laughter.)

MR. KIRBY:${NB} Over the last 15 months, the G7 has stood in solidarity with
Ukraine, following Russia’s invasion.

Q${NB}${NB}${NB} Admiral, will the G7 stand with Ukraine?
`,
);
writeFileSync(join(briefings, "LICENSE"), "not a transcript");
writeFileSync(
  join(dir, "statements.jsonl"),
  `${JSON.stringify({ id: "doe-1", speaker: "Jane Doe", text: "We will not raise taxes on working families.", source: { date: "2024-03-02", kind: "speech" } })}\n`,
);
writeFileSync(join(dir, "broken.jsonl"), '{"id": "x", "speaker": "A"}\n');

async function cli(...argv: string[]) {
  const io = fakeIo();
  const code = await runCli(argv, io);
  return { code, out: io.out, err: io.err };
}

describe("quotecheck index", () => {
  it("indexes folders and statement files into a store file", async () => {
    const output = join(dir, "all.qcstore");
    const { code, out, err } = await cli(
      "index",
      briefings,
      join(dir, "statements.jsonl"),
      "-o",
      output,
    );
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(out).toMatch(
      /^indexed 4 statements \(\d+ words, 4 speakers\) from 2 files in [\d.]+ s → .*all\.qcstore \([\d.]+ kB\)\n$/,
    );
    const store = await loadStore(output);
    expect(store.speakers()).toEqual(["Jane Doe", "John Kirby", "Karine Jean-Pierre", "Reporter"]);
    const [kirby] = store.search("the G7 has stood in solidarity with Ukraine");
    expect(kirby!.statement.id).toBe("2023/g7#2");
    expect(kirby!.statement.location?.file).toBe(join(briefings, "2023", "g7.md"));
  });

  it("reads every input in the --format given", async () => {
    const output = join(dir, "plain.qcstore");
    const plain = join(dir, "plain.txt");
    writeFileSync(plain, "JANE DOE: Hello there.\n\nQ: A question?\n");
    expect((await cli("index", plain, "--format", "plain", "-o", output)).code).toBe(0);
    expect((await loadStore(output)).speakers()).toEqual(["Jane Doe", "Reporter"]);
  });

  it("reports progress on stderr when asked", async () => {
    const many = join(dir, "many");
    mkdirSync(many);
    for (let i = 0; i < 60; i++)
      writeFileSync(join(many, `t${i}.txt`), `JANE DOE: Statement number ${i}.\n`);
    const { code, err } = await cli("index", many, "-o", join(dir, "many.qcstore"), "--progress");
    expect(code).toBe(0);
    expect(err).toContain("indexing: 60/60 files");
    expect((await cli("index", many, "-o", join(dir, "many.qcstore"))).err).toBe("");
  });

  it.each([
    [["index"], 2, "give at least one file or folder"],
    [["index", briefings], 2, "give the store file to write with -o"],
    [["index", briefings, "-o", "x", "--format", "pdf"], 2, "--format must be one of"],
    [["index", briefings, "-o", "x", "--frobnicate"], 2, "Unknown option"],
    [
      ["index", join(dir, "missing"), "-o", join(dir, "x.qcstore")],
      1,
      "missing: cannot read (ENOENT)",
    ],
    [["index", join(dir, "broken.jsonl"), "-o", join(dir, "x.qcstore")], 1, "broken.jsonl:1: text"],
    [
      ["index", briefings, "-o", join(dir, "no", "such", "dir.qcstore")],
      1,
      "cannot write (ENOENT)",
    ],
  ])("%j exits %i", async (argv, exit, message) => {
    const { code, err } = await cli(...argv);
    expect(code).toBe(exit);
    expect(err).toContain(message);
  });
});

describe("quotecheck search", () => {
  const store = join(dir, "search.qcstore");

  it("prints the best passages with speaker, source and score", async () => {
    expect((await cli("index", briefings, join(dir, "statements.jsonl"), "-o", store)).code).toBe(
      0,
    );
    const { code, out } = await cli("search", "--store", store, "the G7 has stood with Ukraine");
    expect(code).toBe(0);
    expect(out).toContain(
      "1. 0.667  John Kirby (NSC Coordinator) — 2023-05-16 · Press Briefing by Press Secretary Karine Jean-Pierre and NSC Coordinator John Kirby",
    );
    expect(out).toContain("»the G7 has stood in solidarity with Ukraine«");
    expect(out).toContain("matched 6/6 words");
  });

  it("filters by speaker, limits, and prints JSON for machines", async () => {
    const { out } = await cli(
      "search",
      "-s",
      store,
      "--speaker",
      "Reporter",
      "--json",
      "-n",
      "1",
      "the G7 stand with Ukraine",
    );
    const results = JSON.parse(out);
    expect(results).toHaveLength(1);
    expect(results[0].statement.speaker).toBe("Reporter");
    expect(results[0].statement.text.slice(results[0].passage.start, results[0].passage.end)).toBe(
      "the G7 stand with Ukraine",
    );
  });

  it("indexes transcripts on the fly, reads the quote from stdin, and says when nothing matches", async () => {
    const io = fakeIo("We will not raise taxes");
    expect(
      await runCli(
        ["search", "--store", join(dir, "statements.jsonl"), "--store", briefings, "-"],
        io,
      ),
    ).toBe(0);
    expect(io.out).toContain("Jane Doe");
    const none = await cli("search", "--store", store, "zebras");
    expect(none.code).toBe(0);
    expect(none.out).toBe("no passage of the store shares words with this quote\n");
  });

  it.each([
    [["search", "the quote"], 2, "give the store to search with --store"],
    [["search", "--store", "x"], 2, "give the quote"],
    [["search", "--store", "x", "-n", "0", "q"], 2, "--limit must be"],
    [["search", "--store", "x", "--from", "May", "q"], 2, "--from"],
    [["search", "--store", join(dir, "missing.qcstore"), "q"], 1, "missing.qcstore: cannot read"],
  ])("%j exits %i", async (argv, exit, message) => {
    if (argv.includes("--from")) argv[2] = store;
    const { code, err } = await cli(...argv);
    expect(code).toBe(exit);
    expect(err).toContain(message);
  });

  it("refuses a corrupt store file with exit 1", async () => {
    const bad = join(dir, "bad.qcstore");
    writeFileSync(bad, Buffer.concat([Buffer.from("QCSTORE\0"), Buffer.alloc(100)]));
    const { code, err } = await cli("search", "--store", bad, "quote");
    expect(code).toBe(1);
    expect(err).toMatch(/bad\.qcstore: .*(version|truncated|checksum)/);
    expect(existsSync(bad)).toBe(true);
  });
});
