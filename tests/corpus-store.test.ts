import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { StatementSchema } from "../src/store/schema.js";
import { CORPUS_DIR, loadCorpus } from "../test-corpus/load.js";

const STORE_DIR = join(CORPUS_DIR, "store");

interface StoreLine {
  file: string;
  line: number;
  raw: unknown;
}

function readStoreLines(): StoreLine[] {
  if (!existsSync(STORE_DIR)) return [];
  const lines: StoreLine[] = [];
  for (const file of readdirSync(STORE_DIR)
    .filter((f) => f.endsWith(".jsonl"))
    .sort()) {
    const rows = readFileSync(join(STORE_DIR, file), "utf8").split("\n");
    for (const [index, row] of rows.entries()) {
      // A trailing newline leaves one empty row at the end; blank rows elsewhere are errors.
      if (row === "" && index === rows.length - 1) continue;
      lines.push({ file, line: index + 1, raw: row === "" ? undefined : JSON.parse(row) });
    }
  }
  return lines;
}

describe("test-corpus reference store", () => {
  const lines = readStoreLines();
  const cases = loadCorpus();

  it("every line is a valid Statement", () => {
    for (const { file, line, raw } of lines) {
      const parsed = StatementSchema.safeParse(raw);
      expect(parsed.success, `${file}:${line}: ${parsed.error?.issues[0]?.message}`).toBe(true);
    }
  });

  it("ids are unique across files and name the case their file belongs to", () => {
    const seen = new Map<string, string>();
    for (const { file, line, raw } of lines) {
      const id = (raw as { id: string }).id;
      expect(seen.has(id), `${file}:${line}: id ${id} already used in ${seen.get(id)}`).toBe(false);
      seen.set(id, `${file}:${line}`);
      expect(id.startsWith(`${file.replace(/\.jsonl$/, "")}#`), `${file}:${line}: ${id}`).toBe(
        true,
      );
    }
  });

  it("each corpus-verified case with verdicts has a store file, dated on or before the article", () => {
    const byFile = new Map<string, StoreLine[]>();
    for (const l of lines) byFile.set(l.file, [...(byFile.get(l.file) ?? []), l]);
    for (const c of cases) {
      if (c.verifyAgainst !== "corpus" || !c.quotes.some((q) => q.verify)) continue;
      const own = byFile.get(`${c.name}.jsonl`);
      expect(own, `${c.name}: no store/${c.name}.jsonl`).toBeDefined();
      for (const { file, line, raw } of own ?? []) {
        const date = (raw as { source: { date?: string } }).source.date;
        if (date && c.date)
          expect(date <= c.date, `${file}:${line}: ${date} > ${c.date}`).toBe(true);
      }
    }
  });
});
