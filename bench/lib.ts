import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const SHARED_DATA = join(ROOT, "..", "shared", "data");

/** Deterministic PRNG (mulberry32) so every run measures the same input. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The articles of the test corpus (always in the repository). */
export function corpusArticles(): { name: string; text: string }[] {
  const dir = join(ROOT, "test-corpus", "articles");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => ({ name: f.replace(/\.txt$/, ""), text: readFileSync(join(dir, f), "utf8") }));
}

/**
 * About `bytes` of news-like text: the corpus articles' paragraphs shuffled
 * deterministically and concatenated (curly quotes, dashes, attributions included).
 */
export function newsText(bytes = 1_000_000, seed = 42): string {
  const paragraphs = corpusArticles().flatMap((a) =>
    a.text.split(/\n\s*\n/).filter((p) => p.trim().length > 0),
  );
  const random = rng(seed);
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const p = paragraphs[Math.floor(random() * paragraphs.length)]!;
    parts.push(p);
    size += Buffer.byteLength(p) + 2;
  }
  return parts.join("\n\n");
}

export interface Timing {
  samples: number[];
}

/** Runs `fn` repeatedly for at least `minMs` (and `minRuns` times); returns per-run milliseconds. */
export function measure(fn: () => void, { minMs = 1000, minRuns = 5, warmup = 2 } = {}): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  const started = performance.now();
  while (samples.length < minRuns || performance.now() - started < minMs) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return samples;
}

export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export function fmt(value: number, digits = 2): string {
  if (!Number.isFinite(value)) return String(value);
  return value.toFixed(digits);
}

export function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Prints a table with aligned columns. */
export function printTable(headers: string[], rows: (string | number)[][]): void {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, c) => Math.max(...cells.map((r) => (r[c] ?? "").length)));
  const line = (r: string[]) =>
    r.map((v, c) => (c === 0 ? v.padEnd(widths[c]!) : v.padStart(widths[c]!))).join("  ");
  console.log(line(headers));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of cells.slice(1)) console.log(line(r));
}

/** Every transcript (`.md`) under `dir`, in sorted order. */
export function transcriptFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return transcriptFiles(path);
      return name.endsWith(".md") ? [path] : [];
    });
}
