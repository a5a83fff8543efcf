import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type Statement, StatementSchema } from "../src/store/schema.js";
import { CORPUS_DIR, loadCorpus } from "../test-corpus/load.js";

const STORE_DIR = join(CORPUS_DIR, "store");

interface StoreLine {
  file: string;
  line: number;
  statement: Statement;
}

/** Parses every `store/<case>.jsonl`; a bad line fails with its file and line number. */
function readStore(): StoreLine[] {
  if (!existsSync(STORE_DIR)) return [];
  const out: StoreLine[] = [];
  for (const file of readdirSync(STORE_DIR).filter((f) => f.endsWith(".jsonl"))) {
    const lines = readFileSync(join(STORE_DIR, file), "utf8").split("\n");
    lines.forEach((raw, index) => {
      if (raw.trim() === "") return;
      const where = `${file}:${index + 1}`;
      let json: unknown;
      try {
        json = JSON.parse(raw);
      } catch (error) {
        throw new Error(`${where}: not JSON (${(error as Error).message})`);
      }
      const parsed = StatementSchema.safeParse(json);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new Error(`${where}: ${issue.path.join(".")}: ${issue.message}`);
      }
      out.push({ file, line: index + 1, statement: parsed.data });
    });
  }
  return out;
}

describe("test-corpus store", () => {
  const lines = readStore();
  const cases = new Map(loadCorpus().map((c) => [c.name, c]));

  it("every line is a valid Statement and ids are unique across files", () => {
    const seen = new Map<string, string>();
    for (const { file, line, statement } of lines) {
      const where = `${file}:${line}`;
      expect(seen.get(statement.id), `${where}: duplicate id ${statement.id}`).toBeUndefined();
      seen.set(statement.id, where);
    }
  });

  it("each file belongs to a corpus case that verifies against it, ids prefixed with its name", () => {
    for (const { file, line, statement } of lines) {
      const name = file.replace(/\.jsonl$/, "");
      const where = `${file}:${line}`;
      expect(cases.get(name)?.verifyAgainst, `${where}: no corpus case ${name}`).toBe("corpus");
      expect(statement.id.startsWith(`${name}#`), `${where}: id ${statement.id}`).toBe(true);
    }
  });

  it("no statement is dated after the article it is checked against", () => {
    for (const { file, line, statement } of lines) {
      const article = cases.get(file.replace(/\.jsonl$/, ""))?.date;
      const said = statement.source.date;
      if (article === undefined || said === undefined) continue;
      expect(said <= article, `${file}:${line}: ${said} is after ${article}`).toBe(true);
    }
  });

  it("every corpus case with expected verdicts has a store file", () => {
    for (const c of cases.values()) {
      if (c.verifyAgainst !== "corpus" || !c.quotes.some((q) => q.verify !== undefined)) continue;
      expect(existsSync(join(STORE_DIR, `${c.name}.jsonl`)), `${c.name}: no store file`).toBe(true);
    }
  });
});
