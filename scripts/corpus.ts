// `npm run corpus [-- options]`: how well extractQuotes finds quotations and speakers
// in the test corpus (or, with --litbank, in LitBank's fiction). See `--help`.
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import type { Quote } from "../src/extract/types.js";
import { CORPUS_DIR, type LoadedCase, loadCorpus } from "../test-corpus/load.js";
import {
  bySpan,
  type CorpusRun,
  corpusGold,
  extractor,
  floorsFor,
  formatErrors,
  formatTable,
  type GoldDocument,
  LEGEND,
  litbankGold,
  NO_EXTRACTOR,
  type PredictedQuote,
  percent,
  type ScoredDocument,
  type ScoreOptions,
  scoreAll,
} from "../test-corpus/score/index.js";
import { printedSection, verificationSections } from "../test-corpus/verify-report.js";
import { SHARED_DATA, sharedData } from "../tests/helpers/shared-data.js";

const USAGE = `Usage: npm run corpus -- [options]

Scores extractQuotes against the test corpus (test-corpus/articles) and prints
quote-span precision/recall/F1 (exact and overlap), speaker accuracy and the
end-to-end figure, per case family and overall.

Options:
  --holdout             score the held-out set (test-corpus/holdout: extraction only,
                        never used to write rules) instead
  --printed             score the held-out printed quotes (test-corpus/holdout/printed-quotes:
                        verdicts only, against all of ../shared/data/wh-briefings) instead
  --litbank             score LitBank (../shared/data/litbank/{dev,test}.jsonl) instead
  --family NAME         only cases of this family (repeatable)
  --case NAME           only this case (repeatable)
  --overlap-ratio R     overlap match needs shared/union characters >= R (default 0: any)
  -v, --verbose         list every miss, false positive, boundary and speaker error
  --json                print the figures (and every error) as JSON
  --no-transcripts      skip the verdicts of the cases checked against the real White
                        House transcripts (indexing ../shared/data/wh-briefings takes ~20 s)
  --floors              print the overall figures as accuracy floors, to paste into
                        tests/corpus-accuracy.floors.json after an improvement
  -h, --help            this text
`;

function fail(message: string, code: number): never {
  process.stderr.write(`corpus: ${message}\n`);
  process.exit(code);
}

let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    options: {
      litbank: { type: "boolean", default: false },
      holdout: { type: "boolean", default: false },
      printed: { type: "boolean", default: false },
      family: { type: "string", multiple: true },
      case: { type: "string", multiple: true },
      "overlap-ratio": { type: "string" },
      verbose: { type: "boolean", short: "v", default: false },
      json: { type: "boolean", default: false },
      floors: { type: "boolean", default: false },
      "no-transcripts": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
    allowPositionals: false,
  }).values;
}
try {
  args = parse();
} catch (error) {
  fail(`${(error as Error).message}\n\n${USAGE}`, 2);
}
if (args.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
const overlapRatio = args["overlap-ratio"] === undefined ? 0 : Number(args["overlap-ratio"]);
if (!(overlapRatio >= 0 && overlapRatio <= 1)) fail("--overlap-ratio must be between 0 and 1", 2);
if (args.floors && (args.litbank || args.printed || args.family || args.case || overlapRatio !== 0))
  fail("--floors records the whole corpus with default options: use it alone", 2);

const extract = extractor();
if (!extract) fail(NO_EXTRACTOR, 1);

function run(
  docs: readonly GoldDocument[],
  options: ScoreOptions,
  cut?: (q: Quote[]) => PredictedQuote[],
): CorpusRun {
  return scoreAll(extract!, docs, options, cut);
}

function errorsJson(s: ScoredDocument) {
  const slice = (spans: readonly { start: number; end: number }[]) =>
    spans.map((sp) => s.doc.text.slice(sp.start, sp.end));
  return {
    misses: s.score.misses.map((g) => ({
      ...s.doc.quotes[g]!,
      parts: slice(s.doc.quotes[g]!.spans),
    })),
    falsePositives: s.score.falsePositives.map((f) => ({ ...f, quote: s.predicted[f.pred] })),
    matched: s.score.matches
      .filter((m) => !m.exact || m.speaker !== "correct" || m.mention === false || m.kind === false)
      .map((m) => ({ ...m, gold: s.doc.quotes[m.gold], found: s.predicted[m.pred] })),
  };
}

function asJson(title: string, result: CorpusRun, notes: string[]) {
  return {
    title,
    options: { overlapRatio },
    notes,
    extractMs: result.extractMs,
    overall: result.overall,
    families: result.families,
    cases: result.scored.map((s) => ({
      name: s.doc.name,
      family: s.doc.family,
      counts: s.score.counts,
      ...errorsJson(s),
    })),
  };
}

function asText(title: string, result: CorpusRun, notes: string[]): string {
  const { scored, families, overall, extractMs } = result;
  const out = [title, "", formatTable([...families, overall]), "", ...LEGEND, ...notes];
  out.push(`extractQuotes: ${extractMs.toFixed(0)} ms for ${scored.length} document(s).`);
  if (args.verbose) {
    for (const s of scored) {
      const lines = formatErrors(s.doc, s.score, s.predicted);
      if (lines.length > 0) out.push("", `${s.doc.name} (${s.doc.family})`, ...lines);
    }
  } else out.push("Errors: run with --verbose.");
  return `${out.join("\n")}\n`;
}

function print(key: string, title: string, result: CorpusRun, notes: string[]) {
  if (args.json)
    process.stdout.write(`${JSON.stringify({ [key]: asJson(title, result, notes) }, null, 2)}\n`);
  else process.stdout.write(asText(title, result, notes));
}

/** The extraction figures, then the verdicts of the cases that carry them (text or JSON). */
async function printWithVerdicts(
  key: string,
  title: string,
  cases: readonly LoadedCase[],
  result: CorpusRun,
  notes: string[],
): Promise<void> {
  const verification = await verificationSections(cases, {
    transcripts: !args["no-transcripts"],
    progress: (line) => process.stderr.write(`${line}\n`),
  });
  if (args.json) {
    const json = { [key]: asJson(title, result, notes), verification: verification.json };
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    process.stdout.write(asText(title, result, notes));
    if (verification.text !== "") process.stdout.write(`\n${verification.text}`);
  }
}

function select<T extends { name: string; family: string }>(docs: T[]): T[] {
  const picked = docs.filter(
    (d) =>
      (!args.family || args.family.includes(d.family)) &&
      (!args.case || args.case.includes(d.name)),
  );
  if (picked.length === 0) fail("no document matches --family/--case", 2);
  return picked;
}

if (args.printed) {
  const printed = await printedSection((line) => process.stderr.write(`${line}\n`));
  process.stdout.write(args.json ? `${JSON.stringify(printed.json, null, 2)}\n` : printed.text);
} else if (args.litbank) {
  const splits = ["dev", "test"].flatMap((split) => {
    const path = sharedData("litbank", `${split}.jsonl`);
    return path ? [{ split, path }] : [];
  });
  if (splits.length === 0) {
    process.stdout.write(
      `LitBank skipped: litbank/{dev,test}.jsonl not found under ${SHARED_DATA}\n`,
    );
    process.exit(0);
  }
  const docs = select(splits.flatMap(({ split, path }) => litbankGold(path, split)));
  const result = run(docs, { overlapRatio, namePunctuation: true }, bySpan);
  const unmarked = docs.reduce((n, d) => n + d.unmarked, 0);
  const gold = result.overall.counts.gold;
  const notes = [
    "",
    "LitBank (fiction; a secondary check, not the target). Each LitBank quotation is one",
    "contiguous span (a split quote is two), so every predicted Quote is cut into its spans,",
    "each keeping the Quote's speaker. speaker: the folded name equals LitBank's entity name",
    "(punctuation folded too: LitBank stores `Mrs  Hall`), OR the predicted mention lies in the",
    "gold speaker's coreference chain; by the name alone: " +
      `${percent(result.overall.metrics.speakerByNameAccuracy)}%. mention: overlaps the chain.`,
    `${unmarked} of ${gold} gold quotations have no quotation mark (dash-introduced or unmarked dialogue).`,
  ];
  const title = `LitBank ${splits.map((s) => s.split).join(" + ")}: ${docs.length} excerpts`;
  print("litbank", title, result, notes);
} else if (args.holdout) {
  const cases = select(loadCorpus(join(CORPUS_DIR, "holdout")));
  const result = run(cases.map(corpusGold), { overlapRatio });
  if (args.floors) {
    process.stdout.write(`${JSON.stringify(floorsFor(result.overall), null, 2)}\n`);
    process.exit(0);
  }
  const dir = relative(process.cwd(), CORPUS_DIR) || ".";
  const notes = [
    "Written apart from the rules and kept out of their development: a check of how the",
    "extractor does on news it was not written against.",
    `${result.overall.counts.notQuotesReturned} false positive(s) are strings the set lists as not quotations.`,
  ];
  // The held-out articles that quote the real transcripts carry expected verdicts too.
  await printWithVerdicts(
    "holdout",
    `Held-out set (${dir}/holdout): ${cases.length} cases`,
    cases,
    result,
    notes,
  );
} else {
  const cases = select(loadCorpus());
  const result = run(cases.map(corpusGold), { overlapRatio });
  if (args.floors) {
    process.stdout.write(`${JSON.stringify(floorsFor(result.overall), null, 2)}\n`);
    process.exit(0);
  }
  const dir = relative(process.cwd(), CORPUS_DIR) || ".";
  const withVerify = result.overall.counts.goldWithVerify;
  const notes = [
    `${result.overall.counts.notQuotesReturned} false positive(s) are strings the corpus lists as not quotations (scare quotes, titles, nicknames).`,
    `${withVerify} gold quote(s) carry an expected verdict (scored below).`,
  ];
  const title = `Test corpus (${dir}/articles): ${cases.length} cases`;
  await printWithVerdicts("corpus", title, cases, result, notes);
}
