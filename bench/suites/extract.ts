import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { loadCorpus } from "../../test-corpus/load.js";
import {
  corpusGold,
  extractor,
  NO_EXTRACTOR,
  type PredictedQuote,
  percent,
  scoreDocument,
  summarize,
} from "../../test-corpus/score/index.js";
import { compromiseQuotes } from "../compromise.js";
import { fmt, measure, newsText, percentile, printTable } from "../lib.js";

type Spanner = (text: string) => PredictedQuote[];

/** `gc()` without requiring node to be started with --expose-gc. */
function collector(): () => void {
  setFlagsFromString("--expose-gc");
  return runInNewContext("gc") as () => void;
}

function retainedHeap(fn: () => unknown): number {
  const gc = collector();
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept = fn();
  gc();
  const after = process.memoryUsage().heapUsed;
  if (kept === undefined) throw new Error("unreachable: keeps the result alive until measured");
  return after - before;
}

function corpusTiming(fn: Spanner, articles: { text: string }[], passes: number) {
  const perArticle: number[] = [];
  const perPass: number[] = [];
  for (const a of articles) fn(a.text); // warm-up
  for (let p = 0; p < passes; p++) {
    const t0 = performance.now();
    for (const a of articles) {
      const t1 = performance.now();
      fn(a.text);
      perArticle.push(performance.now() - t1);
    }
    perPass.push(performance.now() - t0);
  }
  return { perArticle, perPass };
}

/**
 * extractQuotes throughput on ~1 MB of news-like text and on the whole test corpus,
 * per-article latency, memory, and the same for compromise's `.quotations()`, with the
 * quote-span recall of both on the corpus gold.
 */
export function run(): void {
  console.log("\n## extractQuotes() vs compromise .quotations()\n");
  const extract = extractor();
  if (!extract) {
    console.log(`skipped: ${NO_EXTRACTOR}`);
    return;
  }
  const ours: Spanner = (text) => extract(text);
  const tools: [string, Spanner, { minMs: number; minRuns: number; warmup: number }, number][] = [
    ["quotecheck extractQuotes", ours, { minMs: 3000, minRuns: 5, warmup: 2 }, 20],
    ["compromise .quotations()", compromiseQuotes, { minMs: 0, minRuns: 2, warmup: 1 }, 2],
  ];

  const text = newsText(1_000_000);
  const bytes = Buffer.byteLength(text);
  const cases = loadCorpus();
  const corpusBytes = cases.reduce((n, c) => n + Buffer.byteLength(c.text), 0);

  const speed: (string | number)[][] = [];
  const latency: (string | number)[][] = [];
  const p50s: number[] = [];
  for (const [label, fn, options, passes] of tools) {
    const samples = measure(() => fn(text), options);
    const p50 = percentile(samples, 50);
    p50s.push(p50);
    const { perArticle, perPass } = corpusTiming(fn, cases, passes);
    const pass = percentile(perPass, 50);
    speed.push([
      label,
      fmt(p50),
      fmt(percentile(samples, 99)),
      fmt(bytes / 1e6 / (p50 / 1000), 1),
      fmt(pass),
      fmt(corpusBytes / 1e6 / (pass / 1000), 1),
    ]);
    latency.push([
      label,
      String(perArticle.length),
      fmt(percentile(perArticle, 50), 3),
      fmt(percentile(perArticle, 99), 3),
      fmt(Math.max(...perArticle), 3),
      `${fmt(retainedHeap(() => fn(text)) / 1e6, 1)} MB`,
    ]);
  }
  console.log(
    `Input: ${fmt(bytes / 1e6)} MB news-like text (newsText, seeded); test corpus: ${cases.length} articles, ${fmt(corpusBytes / 1e3, 1)} kB.\n`,
  );
  printTable(
    ["tool", "1 MB p50 ms", "p99 ms", "MB/s (p50)", "corpus pass ms", "corpus MB/s"],
    speed,
  );
  console.log(
    `\nspeed ratio (1 MB, p50): quotecheck is ${fmt(p50s[1]! / p50s[0]!, 1)}× compromise\n`,
  );
  printTable(
    ["tool", "article runs", "p50 ms", "p99 ms", "max ms", "heap kept by 1 MB result"],
    latency,
  );

  const rows = tools.map(([label, fn]) => {
    const { overall } = summarize(cases.map((c) => scoreDocument(corpusGold(c), fn(c.text))));
    const m = overall.metrics;
    return [
      label,
      String(overall.counts.gold),
      String(overall.counts.predicted),
      percent(m.overlap.recall),
      percent(m.overlap.precision),
      percent(m.exact.recall),
      percent(m.exact.precision),
    ];
  });
  console.log("\nQuote spans on the test-corpus gold (%, see `npm run corpus` for definitions):\n");
  printTable(["tool", "gold", "found", "overlap R", "overlap P", "exact R", "exact P"], rows);
}
