import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Statement, StatementSchema } from "../src/store/schema.js";
import { type CorpusCase, CorpusCaseSchema, type ExpectedQuote } from "./schema.js";

export const CORPUS_DIR = dirname(fileURLToPath(import.meta.url));

export interface LocatedQuote extends ExpectedQuote {
  text: string;
  spans: { start: number; end: number }[];
  start: number;
  end: number;
}

export interface LoadedCase extends Omit<CorpusCase, "quotes"> {
  name: string;
  text: string;
  quotes: LocatedQuote[];
}

function nthIndexOf(haystack: string, needle: string, from: number, occurrence: number): number {
  let at = haystack.indexOf(needle, from);
  for (let k = 0; k < occurrence && at >= 0; k++) at = haystack.indexOf(needle, at + 1);
  return at;
}

/** Loads one case: validates its expectation file and locates every quoted part in the article. */
export function loadCase(name: string, dir = join(CORPUS_DIR, "articles")): LoadedCase {
  const text = readFileSync(join(dir, `${name}.txt`), "utf8");
  const raw = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), "utf8"));
  const parsed = CorpusCaseSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${name}.expected.json: ${issue.path.join(".")}: ${issue.message}`);
  }
  const quotes: LocatedQuote[] = [];
  let cursor = 0;
  for (const [index, quote] of parsed.data.quotes.entries()) {
    const spans: { start: number; end: number }[] = [];
    let from = quote.occurrence === undefined ? cursor : 0;
    for (const [p, part] of quote.parts.entries()) {
      const at =
        p === 0 && quote.occurrence !== undefined
          ? nthIndexOf(text, part, 0, quote.occurrence)
          : text.indexOf(part, from);
      if (at < 0)
        throw new Error(
          `${name}: quote ${index} part ${p} not found after offset ${from}: ${JSON.stringify(part)}`,
        );
      spans.push({ start: at, end: at + part.length });
      from = at + part.length;
    }
    cursor = spans[0]!.start + 1;
    quotes.push({
      ...quote,
      text: quote.parts.join(" "),
      spans,
      start: spans[0]!.start,
      end: spans[spans.length - 1]!.end,
    });
  }
  return { ...parsed.data, name, text, quotes };
}

/** Every case in the corpus, sorted by name. */
export function loadCorpus(dir = join(CORPUS_DIR, "articles")): LoadedCase[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".expected.json"))
    .map((f) => f.replace(/\.expected\.json$/, ""))
    .sort()
    .map((name) => loadCase(name, dir));
}

/** Every statement of the corpus record (`store/*.jsonl`), validated. */
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
