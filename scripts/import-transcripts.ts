// Imports every transcript under a folder (default: ../shared/data/wh-briefings) and
// reports what came out: statements, distinct speakers, how labels were resolved, the
// labels left as printed, and random samples for reading by eye.
//   npx tsx scripts/import-transcripts.ts [folder] [--samples N] [--seed S] [--show LABEL]
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { readTranscript } from "../src/store/transcript/import-transcript.js";

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args.splice(i, 2)[1]! : fallback;
};
const samples = Number(option("--samples", "25"));
let seed = Number(option("--seed", "7"));
const show = option("--show", "");
const root = resolve(
  args[0] ?? join(import.meta.dirname, "..", "..", "shared", "data", "wh-briefings"),
);

function files(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return files(path);
      return /\.(md|txt)$/.test(name) ? [path] : [];
    });
}

function random(): number {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

const all = files(root);
const speakers = new Map<string, number>();
const byResolution = new Map<string, { labels: number; turns: number }>();
const asWritten = new Map<string, number>();
const readings: { file: string; label: string; speaker: string; resolution: string }[] = [];
const failures: string[] = [];
let statements = 0;
let words = 0;
let unknown = 0;
const started = performance.now();
for (const path of all) {
  const text = readFileSync(path, "utf8");
  try {
    const result = readTranscript(text, { file: relative(root, path) });
    statements += result.statements.length;
    for (const s of result.statements) {
      speakers.set(s.speaker, (speakers.get(s.speaker) ?? 0) + 1);
      words += s.text.split(/\s+/).length;
      if (s.speaker === "Unknown speaker") unknown++;
    }
    for (const l of result.labels) {
      const r = byResolution.get(l.resolution) ?? { labels: 0, turns: 0 };
      r.labels++;
      r.turns += l.turns;
      byResolution.set(l.resolution, r);
      if (l.resolution === "as-written")
        asWritten.set(l.label, (asWritten.get(l.label) ?? 0) + l.turns);
      readings.push({
        file: relative(root, path),
        label: l.label,
        speaker: l.speaker,
        resolution: l.resolution,
      });
    }
  } catch (error) {
    failures.push(`${relative(root, path)}: ${(error as Error).message}`);
  }
}
const seconds = (performance.now() - started) / 1000;

console.log(`files: ${all.length} (${failures.length} failed) in ${seconds.toFixed(1)} s`);
for (const f of failures.slice(0, 20)) console.log(`  FAILED ${f}`);
console.log(`statements: ${statements} (${words} words); by "Unknown speaker": ${unknown}`);
console.log(`distinct speakers: ${speakers.size}`);
console.log("labels per document, by how they were resolved (distinct labels / turns):");
for (const [k, v] of [...byResolution.entries()].sort())
  console.log(`  ${k.padEnd(11)} ${v.labels} / ${v.turns}`);
console.log(`labels kept as printed: ${asWritten.size} distinct; most frequent:`);
console.log(
  [...asWritten.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 40)
    .map(([l, n]) => `${l} (${n})`)
    .join(", "),
);
console.log("most frequent speakers:");
console.log(
  [...speakers.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 30)
    .map(([s, n]) => `${s} (${n})`)
    .join(", "),
);
const pool = show
  ? readings.filter((r) => r.label === show)
  : readings.filter((r) => r.resolution !== "reporter");
console.log(`\nsamples (${show ? `label ${show}` : "random labels"}):`);
for (let i = 0; i < samples && pool.length > 0; i++) {
  const r = pool[Math.floor(random() * pool.length)]!;
  console.log(
    `  ${r.label.padEnd(32)} → ${r.speaker.padEnd(28)} [${r.resolution}] ${r.file.slice(0, 90)}`,
  );
}
