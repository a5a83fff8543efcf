// `npm run bench store` (add `-- --files=N` to index only the first N files while iterating).
// Indexes every White House transcript, then measures build, memory, save/load, query
// latency and recall@1 for quotes drawn from the transcripts, and compares with a
// brute-force fast-levenshtein scan and fuse.js on a subset.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import Fuse from "fuse.js";
import {
  createStore,
  importTranscript,
  loadStore,
  type MemoryStore,
  type Statement,
} from "../../src/index.js";
import { editDistance } from "../../src/text/distance.js";
import {
  fmt,
  mb,
  percentile,
  printTable,
  ROOT,
  rng,
  SHARED_DATA,
  transcriptFiles,
} from "../lib.js";
import { makeProbes, overlap, type Probe, spanWords, VARIANTS } from "../store-probes.js";

const LENGTHS = [5, 8, 15, 30, 60] as const;
const PROBES_PER_CELL = 150;
const SEED = 20230419;

function option(name: string): string | undefined {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg?.slice(name.length + 3);
}

function memory(): { heap: number; buffers: number; rss: number } {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return { heap: m.heapUsed, buffers: m.arrayBuffers, rss: m.rss };
}

interface Outcome {
  correct: boolean;
  exactBounds: boolean;
  /** Right answer by text: another statement holding the very same words. */
  duplicate: boolean;
  ms: number;
}

function judge(
  probe: Probe,
  top: { statement: Statement; passage: { start: number; end: number } } | undefined,
): Omit<Outcome, "ms"> {
  if (!top) return { correct: false, exactBounds: false, duplicate: false };
  if (top.statement.id === probe.source.id) {
    const iou = overlap(top.passage, probe.expected);
    return {
      correct: iou >= 0.8,
      exactBounds:
        top.passage.start === probe.expected.start && top.passage.end === probe.expected.end,
      duplicate: false,
    };
  }
  const same =
    spanWords(top.statement.text, top.passage) === spanWords(probe.source.text, probe.expected);
  return { correct: same, exactBounds: same, duplicate: same };
}

function runProbes(store: MemoryStore, probes: readonly Probe[]): Outcome[] {
  for (const p of probes.slice(0, 200)) store.search(p.query, { limit: 5 }); // warm up
  return probes.map((probe) => {
    const started = performance.now();
    const results = store.search(probe.query, { limit: 5 });
    const ms = performance.now() - started;
    return { ...judge(probe, results[0]), ms };
  });
}

/** The best window of the quote's word count in every statement, by Levenshtein distance. */
function bruteForce(
  statements: readonly Statement[],
  query: string,
): { statement: Statement; passage: { start: number; end: number } } | undefined {
  const n = query.split(/\s+/).length;
  let best: { statement: Statement; passage: { start: number; end: number } } | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const statement of statements) {
    const spans = [...statement.text.matchAll(/\S+/g)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
    }));
    for (let a = 0; a + n <= spans.length || (a === 0 && spans.length > 0); a++) {
      const z = Math.min(spans.length, a + n) - 1;
      const passage = { start: spans[a]!.start, end: spans[z]!.end };
      const d = editDistance(query, statement.text.slice(passage.start, passage.end));
      if (d < bestDistance) {
        bestDistance = d;
        best = { statement, passage };
      }
      if (a + n >= spans.length) break;
    }
  }
  return best;
}

export async function run(): Promise<void> {
  console.log("\n## reference store (White House transcripts)\n");
  const root = join(SHARED_DATA, "wh-briefings");
  if (!existsSync(root)) {
    console.log(`skipped: ${root} not found (the transcripts are optional; see README)`);
    return;
  }
  const limit = Number(option("files") ?? Number.POSITIVE_INFINITY);
  const files = transcriptFiles(root).slice(0, limit);
  const before = memory();

  let started = performance.now();
  const statements = files.flatMap((file) => {
    const path = relative(root, file);
    return importTranscript(readFileSync(file, "utf8"), {
      file: path,
      idPrefix: path.replace(/\.md$/, ""),
    });
  });
  const importMs = performance.now() - started;
  started = performance.now();
  let built: MemoryStore | undefined = createStore(statements, { validate: false });
  built.search("warm up"); // builds the postings
  const buildMs = performance.now() - started;
  const words = built.totalWords;
  const after = memory();
  const used = after.heap + after.buffers - before.heap - before.buffers;

  const dir = mkdtempSync(join(tmpdir(), "quotecheck-bench-"));
  const file = join(dir, "store.qcstore");
  started = performance.now();
  await built.save(file);
  const saveMs = performance.now() - started;
  const fileBytes = statSync(file).size;
  // The queries below run on the store loaded back from the file (what `quotecheck search
  // --store` uses); the built one is let go first, so the loading processes do not run
  // beside a gigabyte of it.
  built = undefined;
  memory();
  // Loading is measured in a fresh process, as a program opening the store would see it;
  // three times, keeping the median, because the first child can share the cores with
  // this process's collector freeing the build.
  const probe = statements[Math.floor(statements.length / 2)]!;
  const loads = [0, 1, 2].map(() => {
    const child = spawnSync(
      process.execPath,
      [
        "--import",
        "tsx",
        join(ROOT, "bench", "store-load-child.ts"),
        file,
        probe.text.slice(0, 300),
      ],
      { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 20 },
    );
    if (child.status !== 0) throw new Error(`loading in a child process failed: ${child.stderr}`);
    return JSON.parse(child.stdout) as { ms: number; size: number; rss: number; best: string };
  });
  const store = await loadStore(file);
  rmSync(dir, { recursive: true, force: true });
  const loaded = [...loads].sort((a, b) => a.ms - b.ms)[1]!;
  const loadMs = loaded.ms;
  if (loaded.size !== statements.length) throw new Error("the loaded store has a different size");

  printTable(
    ["measure", "value"],
    [
      ["files / statements", `${files.length} / ${statements.length}`],
      ["indexed words", words.toLocaleString("en-US")],
      [
        "import (read + parse transcripts)",
        `${fmt(importMs / 1000)} s (${fmt(words / (importMs / 1000) / 1e6)} M words/s)`,
      ],
      [
        "build (tokenize + index)",
        `${fmt(buildMs / 1000)} s (${fmt(words / (buildMs / 1000) / 1e6)} M words/s)`,
      ],
      [
        "import + build",
        `${fmt((importMs + buildMs) / 1000)} s (${fmt(words / ((importMs + buildMs) / 1000) / 1e6)} M words/s)`,
      ],
      ["heap / array buffers / RSS", `${mb(after.heap)} / ${mb(after.buffers)} / ${mb(after.rss)}`],
      [
        "memory per indexed word (heap + buffers, statements included)",
        `${fmt(used / words, 1)} bytes`,
      ],
      ["store file", `${mb(fileBytes)} (${fmt(fileBytes / words, 1)} bytes/word)`],
      ["save", `${fmt(saveMs / 1000)} s`],
      [
        "load (in a fresh process, median of 3)",
        `${fmt(loadMs / 1000)} s, RSS ${mb(loaded.rss)} (${fmt(buildMs / loadMs, 1)}× faster than build, ${fmt((importMs + buildMs) / loadMs, 1)}× faster than import + build)`,
      ],
    ],
  );

  const random = rng(SEED);
  const probes = makeProbes(statements, LENGTHS, VARIANTS, PROBES_PER_CELL, random);
  const outcomes = runProbes(store, probes);
  console.log(
    `\nrecall@1 (right statement and passage) and latency, ${PROBES_PER_CELL} quotes per cell, seed ${SEED}:\n`,
  );
  const rows = LENGTHS.map((length) => {
    const cells = VARIANTS.map((variant) => {
      const mine = outcomes.filter(
        (_, i) => probes[i]!.length === length && probes[i]!.variant === variant,
      );
      return fmt(mine.filter((o) => o.correct).length / mine.length, 3);
    });
    const times = outcomes.filter((_, i) => probes[i]!.length === length).map((o) => o.ms);
    return [
      `${length} words`,
      ...cells,
      fmt(percentile(times, 50), 3),
      fmt(percentile(times, 99), 2),
    ];
  });
  printTable(["quote", ...VARIANTS, "p50 ms", "p99 ms"], rows);
  const all = outcomes.map((o) => o.ms);
  const exactish = outcomes.filter((_, i) => !probes[i]!.variant.startsWith("edit"));
  console.log(
    `\nall ${outcomes.length} queries: p50 ${fmt(percentile(all, 50), 3)} ms, p99 ${fmt(percentile(all, 99), 2)} ms; ` +
      `exact passage bounds (non-edit variants) ${fmt(exactish.filter((o) => o.exactBounds).length / exactish.length, 3)}; ` +
      `answers that are the same words in another statement: ${outcomes.filter((o) => o.duplicate).length}`,
  );
  const target = outcomes.filter((_, i) => probes[i]!.length >= 8);
  console.log(
    `recall@1 for ≥ 8-word quotes, all variants (≤ 25% edits): ${fmt(target.filter((o) => o.correct).length / target.length, 4)}`,
  );

  baselines(statements, random);
}

/** Our store against a brute-force Levenshtein scan and fuse.js, on the same subset and queries. */
function baselines(statements: readonly Statement[], random: () => number): void {
  const wanted = Number(option("subset") ?? 100_000);
  const subset: Statement[] = [];
  let words = 0;
  const shuffled = statements.slice();
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  for (const s of shuffled) {
    if (words >= wanted) break;
    subset.push(s);
    words += s.text.split(/\s+/).length;
  }
  const probes = makeProbes(subset, LENGTHS, ["exact", "edit10"], 2, random);
  const store = createStore(subset, { validate: false });
  const ours = runProbes(store, probes);
  const fuse = new Fuse(subset as Statement[], {
    keys: ["text"],
    ignoreLocation: true,
    includeScore: true,
    threshold: 0.6,
  });
  const timed = <T>(fn: () => T): [T, number] => {
    const t = performance.now();
    const r = fn();
    return [r, performance.now() - t];
  };
  const brute = probes.map((p) => {
    const [top, ms] = timed(() => bruteForce(subset, p.query));
    return { ...judge(p, top), ms };
  });
  const fuzzy = probes.map((p) => {
    const [results, ms] = timed(() => fuse.search(p.query, { limit: 1 }));
    return { correct: results[0]?.item.id === p.source.id, ms };
  });
  const p50 = (o: { ms: number }[]) =>
    percentile(
      o.map((x) => x.ms),
      50,
    );
  const rate = (o: { correct: boolean }[]) => fmt(o.filter((x) => x.correct).length / o.length, 2);
  console.log(
    `\nbaselines on a ${words.toLocaleString("en-US")}-word subset (${subset.length} statements), ${probes.length} queries (exact and 10% edits, 5–60 words):\n`,
  );
  printTable(
    ["method", "recall@1", "p50 ms", "slower than the store (p50)"],
    [
      ["quotecheck store", rate(ours), fmt(p50(ours), 3), "1×"],
      [
        "fast-levenshtein sliding window",
        rate(brute),
        fmt(p50(brute), 1),
        `${fmt(p50(brute) / p50(ours), 0)}×`,
      ],
      [
        "fuse.js (ignoreLocation; statement only, no passage)",
        rate(fuzzy),
        fmt(p50(fuzzy), 1),
        `${fmt(p50(fuzzy) / p50(ours), 0)}×`,
      ],
    ],
  );
}
