import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { InvalidInputError, InvalidStoreError } from "../../src/errors.js";
import { loadStatements } from "../../src/store/load-statements.js";
import { parseStatements } from "../../src/store/parse-statements.js";
import { StatementSchema } from "../../src/store/schema.js";

const dir = mkdtempSync(join(tmpdir(), "quotecheck-statements-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const kirby = {
  id: "kirby-1",
  speaker: "John Kirby",
  text: "We want to reassure them about our commitment.",
  source: { title: "Press Briefing", date: "2023-04-13", kind: "transcript" },
};
const jeanPierre = {
  id: "kjp-1",
  speaker: "Karine Jean-Pierre",
  text: "Good afternoon, everybody.",
  source: {},
  location: { file: "briefing.md", start: 120, end: 160, label: "MS. JEAN-PIERRE" },
};

describe("loadStatements", () => {
  it("reads a JSON array and a JSONL file (blank lines ignored)", async () => {
    const json = file("a.json", JSON.stringify([kirby, jeanPierre], null, 2));
    const jsonl = file("a.jsonl", `${JSON.stringify(kirby)}\n\n${JSON.stringify(jeanPierre)}\n`);
    expect(await loadStatements(json)).toEqual([kirby, jeanPierre]);
    expect(await loadStatements(jsonl)).toEqual([kirby, jeanPierre]);
  });

  it("accepts a byte-order mark", async () => {
    expect(await loadStatements(file("bom.jsonl", `\uFEFF${JSON.stringify(kirby)}\n`))).toEqual([
      kirby,
    ]);
  });

  it.each([
    // [name, content, line, path, message part]
    ["bad-json.jsonl", `${JSON.stringify(kirby)}\n{"id": "x",\n`, 2, [], "not valid JSON"],
    [
      "bad-date.jsonl",
      `${JSON.stringify(kirby)}\n\n${JSON.stringify({ ...jeanPierre, source: { date: "2023-13-45" } })}`,
      3,
      ["source", "date"],
      "source.date",
    ],
    ["unknown-field.jsonl", JSON.stringify({ ...kirby, speakr: "x" }), 1, [], "speakr"],
    [
      "missing-speaker.json",
      `[\n  ${JSON.stringify(kirby)},\n  ${JSON.stringify({ ...jeanPierre, speaker: undefined })}\n]`,
      3,
      [1, "speaker"],
      "speaker",
    ],
    [
      "duplicate.jsonl",
      `${JSON.stringify(kirby)}\n${JSON.stringify(kirby)}`,
      2,
      ["id"],
      'duplicate id "kirby-1" (first on line 1)',
    ],
    ["not-array.json", JSON.stringify(kirby), 1, [], "expected a JSON array"],
    [
      "bad-location.jsonl",
      JSON.stringify({ ...kirby, location: { start: 10, end: 2 } }),
      1,
      ["location", "end"],
      "location.end",
    ],
  ] as const)(
    "%s: InvalidStoreError with file, line and field",
    async (name, content, line, path, message) => {
      const p = file(name, content);
      const error = await loadStatements(p).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(InvalidStoreError);
      const e = error as InvalidStoreError;
      expect(e.file).toBe(p);
      expect(e.line).toBe(line);
      expect(e.path).toEqual(path);
      expect(e.message).toContain(message);
      expect(e.message).toContain(`${p}:${line}`);
    },
  );

  it("a malformed JSON array names the line of the syntax error", () => {
    const text = `[\n${JSON.stringify(kirby)},\n{"id": }\n]`;
    const error = (() => {
      try {
        parseStatements(text, { format: "json", file: "x.json" });
      } catch (e) {
        return e as InvalidStoreError;
      }
    })();
    expect(error).toBeInstanceOf(InvalidStoreError);
    expect(error!.line).toBe(3);
  });

  it("an unreadable file and a wrong extension are clear errors", async () => {
    await expect(loadStatements(join(dir, "missing.jsonl"))).rejects.toThrow(
      /missing\.jsonl: cannot read \(ENOENT\)/,
    );
    await expect(loadStatements(join(dir, "notes.txt"))).rejects.toBeInstanceOf(InvalidInputError);
    await expect(loadStatements(42 as unknown as string)).rejects.toBeInstanceOf(InvalidInputError);
  });
});

describe("StatementSchema", () => {
  it("is strict, including the location", () => {
    expect(StatementSchema.safeParse(kirby).success).toBe(true);
    expect(
      StatementSchema.safeParse({ ...jeanPierre, location: { start: 0, end: 1, line: 3 } }).success,
    ).toBe(false);
    expect(
      StatementSchema.safeParse({ ...kirby, source: { ...kirby.source, page: 1 } }).success,
    ).toBe(false);
  });
});
