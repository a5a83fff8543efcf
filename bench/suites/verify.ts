// `npm run bench verify`: verifyText on ~1,000-word articles with 10 quotes each, against
// every White House transcript (~13 M words), after the store is loaded. The articles are
// built from the transcripts themselves (seeded): quotes printed verbatim, retyped, with
// an ellipsis or a bracket, with a word or number changed, attributed to someone else,
// or not on record, set in news prose from the test corpus.
import { existsSync, readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join, relative } from "node:path";
import {
  createStore,
  extractQuotes,
  importTranscript,
  type MemoryStore,
  type Statement,
  verifyQuote,
  verifyText,
} from "../../src/index.js";
import {
  corpusArticles,
  fmt,
  percentile,
  printTable,
  rng,
  SHARED_DATA,
  transcriptFiles,
} from "../lib.js";

const SEED = 20230517;
const ARTICLES = 5;
const QUOTES_PER_ARTICLE = 10;
const ARTICLE_WORDS = 1000;
const MIN_RUNS = 30;
const MIN_MS = 3000;
const TARGET_MS = 20;

type Variant =
  | "verbatim"
  | "retyped"
  | "ellipsis"
  | "bracket"
  | "word changed"
  | "number or negation"
  | "other speaker"
  | "not on record";
const VARIANTS: readonly Variant[] = [
  "verbatim",
  "retyped",
  "ellipsis",
  "bracket",
  "verbatim",
  "word changed",
  "number or negation",
  "other speaker",
  "verbatim",
  "not on record",
];

/** Paragraphs of corpus prose in which extractQuotes finds no quotation: the articles' filler. */
function proseParagraphs(): string[] {
  return corpusArticles()
    .filter((a) => !a.name.startsWith("transcript-qa")) // Q&A layouts read as quotations
    .flatMap((a) => a.text.split(/\n\s*\n/))
    .map((p) => p.trim())
    .filter((p) => p.length > 80 && extractQuotes(p).length === 0);
}

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** A fragment of 12–28 words from the middle of a statement, cut at word boundaries. */
function fragment(s: Statement, random: () => number): string {
  const w = words(s.text.replace(/\s+/g, " "));
  const length = 12 + Math.floor(random() * 17);
  const start = Math.floor(random() * Math.max(1, w.length - length));
  return w
    .slice(start, start + length)
    .join(" ")
    .replace(/[,;:—–-]+$/, "");
}

function vary(text: string, variant: Variant, random: () => number): string {
  const w = words(text);
  switch (variant) {
    case "retyped":
      return text.replace(/\u2019/g, "'").replace(/ \u2014 /g, " -- ");
    case "ellipsis": {
      const at = 3 + Math.floor(random() * Math.max(1, w.length - 8));
      return [...w.slice(0, at), "...", ...w.slice(at + 3)].join(" ");
    }
    case "bracket":
      return ["[the administration]", ...w.slice(1)].join(" ");
    case "word changed": {
      const at = 2 + Math.floor(random() * Math.max(1, w.length - 4));
      return [...w.slice(0, at), "truly", ...w.slice(at + 1)].join(" ");
    }
    case "number or negation": {
      if (/\d/.test(text)) return text.replace(/\d+/, (n) => String(Number(n) + 3));
      const at = 2 + Math.floor(random() * Math.max(1, w.length - 4));
      return [...w.slice(0, at), "not", ...w.slice(at)].join(" ");
    }
    case "not on record":
      return "The harbour commission will publish its dredging schedule every Monday until the channel reopens";
    default:
      return text;
  }
}

interface Article {
  text: string;
  date: string;
  quotes: { text: string; speaker: string }[];
}

function article(
  statements: readonly Statement[],
  prose: readonly string[],
  random: () => number,
): Article {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const quotes: Article["quotes"] = [];
  const paragraphs: string[] = [];
  let latest = "2021-01-20";
  for (const variant of VARIANTS) {
    const s = pick(statements);
    const other = pick(statements.filter((x) => x.speaker !== s.speaker).slice(0, 50));
    const speaker = variant === "other speaker" ? other.speaker : s.speaker;
    const text = vary(fragment(s, random), variant, random);
    quotes.push({ text, speaker });
    if ((s.source.date ?? "") > latest) latest = s.source.date!;
    paragraphs.push(`\u201C${text},\u201D ${speaker} said.`);
  }
  let count = paragraphs.reduce((n, p) => n + words(p).length, 0);
  const body: string[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    body.push(paragraphs[i]!);
    while (count < (ARTICLE_WORDS * (i + 1)) / paragraphs.length) {
      const p = pick(prose);
      body.push(p);
      count += words(p).length;
    }
  }
  const date = new Date(Date.parse(latest) + 3 * 86_400_000).toISOString().slice(0, 10);
  return { text: body.join("\n\n"), date, quotes };
}

/** Wall-clock milliseconds of one call, and the CPU milliseconds this process spent in it. */
async function timed<T>(fn: () => Promise<T>, cpu?: number[]): Promise<number> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await fn();
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  cpu?.push((c.user + c.system) / 1000);
  return ms;
}

export async function run(): Promise<void> {
  console.log("\n## verifyText (articles against the White House transcripts)\n");
  const root = join(SHARED_DATA, "wh-briefings");
  if (!existsSync(root)) {
    console.log(`skipped: ${root} not found (the transcripts are optional; see README)`);
    return;
  }
  const t0 = performance.now();
  const statements = transcriptFiles(root).flatMap((file) =>
    importTranscript(readFileSync(file, "utf8"), {
      file,
      idPrefix: relative(root, file).replace(/\.md$/, ""),
    }),
  );
  const store: MemoryStore = createStore(statements, { validate: false });
  console.log(
    `store: ${store.size} statements, ${(store.totalWords / 1e6).toFixed(1)} M words, built in ${fmt((performance.now() - t0) / 1000, 1)} s (not part of the figures below)`,
  );
  const random = rng(SEED);
  const quotable = statements.filter(
    (s) =>
      s.speaker !== "Reporter" &&
      /\s/.test(s.speaker) &&
      words(s.text).length >= 40 &&
      s.source.date,
  );
  const prose = proseParagraphs();
  const articles = Array.from({ length: ARTICLES }, () => article(quotable, prose, random));

  if (process.argv.includes("--explain")) {
    for (const a of articles) {
      const report = await verifyText(a.text, store, { date: a.date });
      for (const q of report.quotes) {
        const ms = await timed(() =>
          verifyQuote({ text: q.quote.text, speaker: q.quote.speaker?.name, date: a.date }, store),
        );
        console.log(
          `${fmt(ms, 1).padStart(6)} ms  ${q.verification.status.padEnd(20)} ${q.quote.speaker?.name ?? "-"}: ${q.quote.text.slice(0, 90)}`,
        );
      }
    }
  }
  const perArticle: number[] = [];
  const cpuPerArticle: number[] = [];
  const statuses = new Map<string, number>();
  let quotesFound = 0;
  for (const a of articles) {
    const report = await verifyText(a.text, store, { date: a.date }); // warm-up, and what it finds
    quotesFound += report.quotes.length;
    for (const q of report.quotes)
      statuses.set(q.verification.status, (statuses.get(q.verification.status) ?? 0) + 1);
  }
  const started = performance.now();
  while (perArticle.length < MIN_RUNS || performance.now() - started < MIN_MS) {
    for (const a of articles)
      perArticle.push(
        await timed(() => verifyText(a.text, store, { date: a.date }), cpuPerArticle),
      );
  }
  const perQuote: number[] = [];
  const cpuPerQuote: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const a of articles) {
      for (const q of a.quotes) {
        const input = { text: q.text, speaker: q.speaker, date: a.date };
        perQuote.push(await timed(() => verifyQuote(input, store), cpuPerQuote));
      }
    }
  }
  const wordsPerArticle = articles.reduce((n, a) => n + words(a.text).length, 0) / articles.length;
  console.log(
    `${ARTICLES} articles of ~${Math.round(wordsPerArticle)} words with ${QUOTES_PER_ARTICLE} quotes each (seed ${SEED}); ` +
      `verifyText found ${quotesFound} quotes: ${[...statuses].map(([s, n]) => `${n} ${s}`).join(", ")}\n`,
  );
  const p50 = percentile(perArticle, 50);
  printTable(
    ["measure", "runs", "p50 ms", "p99 ms", "CPU p50 ms", "target"],
    [
      [
        "verifyText, one article",
        perArticle.length,
        fmt(p50),
        fmt(percentile(perArticle, 99)),
        fmt(percentile(cpuPerArticle, 50)),
        `≤ ${TARGET_MS} ms`,
      ],
      [
        "verifyQuote, one quote",
        perQuote.length,
        fmt(percentile(perQuote, 50), 3),
        fmt(percentile(perQuote, 99)),
        fmt(percentile(cpuPerQuote, 50), 3),
        "",
      ],
    ],
  );
  console.log(
    `\nverifyText p50 ${fmt(p50)} ms: ${p50 <= TARGET_MS ? "within" : "over"} the ${TARGET_MS} ms target` +
      ` (${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)}; on a busy machine wall time runs over CPU time)`,
  );
}
