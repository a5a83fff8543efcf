// The verification part of `npm run corpus`: verdict accuracy against the corpus store
// (always) and, when ../shared/data is present, for the cases checked against the real
// White House transcripts.
import { readInputs } from "../src/cli/commands/store-inputs.js";
import { createStore, type MemoryStore } from "../src/store/index.js";
import { sharedData } from "../tests/helpers/shared-data.js";
import { CORPUS_DIR, corpusStatements, type LoadedCase } from "./load.js";
import { loadPrintedQuotes, PRINTED_DIR, printedVerdicts } from "./printed-quotes.js";
import {
  formatVerdictScore,
  scoreVerdicts,
  type Verdict,
  type VerdictScore,
  verdictsEndToEnd,
  verdictsOnGold,
} from "./verify-score.js";

/** The corpus record: every `store/*.jsonl`, in one store (other cases' statements are distractors). */
export function corpusRecord(): MemoryStore {
  return createStore(corpusStatements(), { validate: false });
}

export async function transcriptsRecord(
  path: string,
  progress: (line: string) => void,
): Promise<MemoryStore> {
  const started = performance.now();
  const io = {
    stdout: () => undefined,
    stderr: () => undefined,
    readStdin: async () => "",
    isTTY: false,
    env: {},
  };
  const { statements, files } = await readInputs([path], "auto", io, false);
  const store = createStore(statements, { validate: false });
  progress(
    `indexed ${files} transcripts (${store.size} statements) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return store;
}

interface Section {
  title: string;
  onGold: VerdictScore;
  endToEnd: VerdictScore;
  wrong: Verdict[];
}

function sectionText(s: Section): string {
  const wrong = s.wrong.map(
    (v) =>
      `  ${v.case}: expected ${v.expected}, got ${v.got} (${v.speaker}): ${v.quote.slice(0, 80)}`,
  );
  return [
    s.title,
    "",
    "On the gold quotes (gold text, speaker and the article's date; verification alone):",
    formatVerdictScore(s.onGold, false),
    "",
    "End to end (verifyText on the article; each gold quote matched to the extracted quote overlapping it):",
    formatVerdictScore(s.endToEnd, true),
    ...(wrong.length > 0 ? ["", "Wrong verdicts on the gold quotes:", ...wrong] : []),
    "",
  ].join("\n");
}

async function section(
  title: string,
  cases: readonly LoadedCase[],
  store: MemoryStore,
): Promise<Section> {
  const onGold = await verdictsOnGold(cases, () => store);
  const endToEnd = await verdictsEndToEnd(cases, () => store);
  return {
    title: `${title}: ${onGold.length} quotes with an expected verdict in ${cases.length} cases`,
    onGold: scoreVerdicts(onGold),
    endToEnd: scoreVerdicts(endToEnd),
    wrong: onGold.filter((v) => v.expected !== v.got),
  };
}

/** Verdict accuracy sections for the corpus: text for the terminal and the same as JSON. */
export async function verificationSections(
  cases: readonly LoadedCase[],
  options: { transcripts: boolean; progress: (line: string) => void },
): Promise<{ text: string; json: unknown }> {
  const sections: Section[] = [];
  const notes: string[] = [];
  const checked = cases.filter((c) => c.quotes.some((q) => q.verify !== undefined));
  const corpusCases = checked.filter((c) => c.verifyAgainst === "corpus");
  if (corpusCases.length > 0) {
    sections.push(
      await section(
        "Verification against the corpus store (test-corpus/store)",
        corpusCases,
        corpusRecord(),
      ),
    );
  }
  const whCases = checked.filter((c) => c.verifyAgainst === "wh-briefings");
  if (whCases.length > 0) {
    const path = sharedData("wh-briefings");
    if (!path)
      notes.push(
        `Skipped ${whCases.length} case(s) checked against the White House transcripts: ../shared/data/wh-briefings not found.`,
      );
    else if (!options.transcripts)
      notes.push(
        `Skipped ${whCases.length} case(s) checked against the White House transcripts (--no-transcripts).`,
      );
    else {
      const store = await transcriptsRecord(path, options.progress);
      sections.push(
        await section(
          "Verification against the White House transcripts (../shared/data/wh-briefings)",
          whCases,
          store,
        ),
      );
    }
  }
  const text = [...sections.map(sectionText), ...notes.map((n) => `${n}\n`)].join("\n");
  const json = {
    sections: sections.map((s) => ({
      title: s.title,
      onGold: s.onGold,
      endToEnd: s.endToEnd,
      wrong: s.wrong,
    })),
    notes,
  };
  return { text, json };
}

/** The held-out printed quotes scored against the whole White House record. */
export async function printedSection(
  progress: (line: string) => void,
): Promise<{ text: string; json: unknown }> {
  const cases = loadPrintedQuotes();
  const path = sharedData("wh-briefings");
  if (!path) {
    const note = `Skipped ${cases.length} printed quote(s): ../shared/data/wh-briefings not found.`;
    return { text: `${note}\n`, json: { notes: [note] } };
  }
  const store = await transcriptsRecord(path, progress);
  const verdicts = await printedVerdicts(cases, store);
  const score = scoreVerdicts(verdicts);
  const wrong = verdicts.filter((v) => v.got !== v.expected);
  const accepted = verdicts.filter((v) => v.accepted).length;
  const dir = PRINTED_DIR.slice(CORPUS_DIR.length + 1);
  const text = [
    `Held-out printed quotes (test-corpus/${dir}): ${cases.length} quotes from ${new Set(cases.map((c) => c.file)).size} transcripts,`,
    "verified against all of ../shared/data/wh-briefings, each with its printed speaker and date.",
    "",
    formatVerdictScore(score, false),
    `${accepted} verdict(s) were an alternative the case also accepts, counted as right.`,
    ...(wrong.length > 0
      ? [
          "",
          "Wrong verdicts:",
          ...wrong.map(
            (v) =>
              `  ${v.case}: expected ${v.expected}, got ${v.got} (${v.speaker}): ${v.quote.slice(0, 80)}${v.note ? ` [${v.note}]` : ""}`,
          ),
        ]
      : []),
    "",
  ].join("\n");
  return { text, json: { score, wrong } };
}
