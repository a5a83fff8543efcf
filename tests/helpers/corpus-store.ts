import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createStore, type MemoryStore } from "../../src/store/index.js";
import { type Statement, StatementSchema } from "../../src/store/schema.js";
import { CORPUS_DIR } from "../../test-corpus/load.js";

/** Every statement of the test corpus's record (`test-corpus/store/*.jsonl`). */
export function corpusStatements(): Statement[] {
  const dir = join(CORPUS_DIR, "store");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".jsonl"))
    .sort()
    .flatMap((f) =>
      readFileSync(join(dir, f), "utf8")
        .split("\n")
        .filter((line) => line.trim() !== "")
        .map((line) => StatementSchema.parse(JSON.parse(line))),
    );
}

/** The test corpus's record as a store. */
export function corpusStore(): MemoryStore {
  return createStore(corpusStatements());
}
