import { normalize } from "../../src/index.js";
import { fmt, measure, newsText, percentile, printTable } from "../lib.js";

/** normalize() throughput on ~1 MB of news-like text, default options and with case folding. */
export function run(): void {
  console.log("\n## normalize()\n");
  const text = newsText(1_000_000);
  const bytes = Buffer.byteLength(text);
  const rows: (string | number)[][] = [];
  for (const [label, options] of [
    ["default options", undefined],
    ["caseFold (matching)", { caseFold: true }],
  ] as const) {
    normalize(text, options); // builds the lookup table once
    const samples = measure(() => normalize(text, options), { minMs: 2000 });
    const p50 = percentile(samples, 50);
    rows.push([
      label,
      `${(bytes / 1e6).toFixed(2)} MB`,
      fmt(p50),
      fmt(percentile(samples, 99)),
      fmt(bytes / 1e6 / (p50 / 1000), 1),
    ]);
  }
  printTable(["input", "size", "p50 ms", "p99 ms", "MB/s (p50)"], rows);
  const doctored = text.replace(/o/g, "\u043E").replace(/ /g, " \u200B");
  const dBytes = Buffer.byteLength(doctored);
  const samples = measure(() => normalize(doctored), { minMs: 1000 });
  const p50 = percentile(samples, 50);
  console.log(
    `\nworst case (every "o" Cyrillic, a zero-width space after every space): ${fmt(p50)} ms p50, ${fmt(dBytes / 1e6 / (p50 / 1000), 1)} MB/s`,
  );
}
