// Verdict accuracy on the test corpus: each gold quote's expected `verify` status against
// what quotecheck says, on the gold quote (verification alone) and end to end (the quotes
// verifyText extracts from the article, matched to the gold quotes by overlap).
import type { ReferenceStore } from "../src/store/types.js";
import { type VerificationStatus, verifyQuote, verifyText } from "../src/verify/index.js";
import type { LoadedCase } from "./load.js";
import { VERIFY_STATUSES } from "./schema.js";

export type Outcome = VerificationStatus | "not_extracted";

export interface Verdict {
  case: string;
  family: string;
  quote: string;
  speaker: string | null;
  expected: VerificationStatus;
  got: Outcome;
}

/** The store a case's verdicts refer to, or undefined when it is not available. */
export type StoreFor = (c: LoadedCase) => ReferenceStore | undefined;

/** Verdicts on the gold quotes themselves: the gold text, speaker and the article's date. */
export async function verdictsOnGold(
  cases: readonly LoadedCase[],
  storeFor: StoreFor,
): Promise<Verdict[]> {
  const out: Verdict[] = [];
  for (const c of cases) {
    const store = storeFor(c);
    if (!store) continue;
    for (const q of c.quotes) {
      if (!q.verify) continue;
      const v = await verifyQuote(
        { text: q.text, speaker: q.speaker, ...(c.date ? { date: c.date } : {}) },
        store,
      );
      out.push({
        case: c.name,
        family: c.family,
        quote: q.text,
        speaker: q.speaker,
        expected: q.verify,
        got: v.status,
      });
    }
  }
  return out;
}

/** Verdicts end to end: verifyText on the article, each gold quote matched to the extracted quote overlapping it. */
export async function verdictsEndToEnd(
  cases: readonly LoadedCase[],
  storeFor: StoreFor,
): Promise<Verdict[]> {
  const out: Verdict[] = [];
  for (const c of cases) {
    const store = storeFor(c);
    if (!store) continue;
    const report = await verifyText(c.text, store, c.date ? { date: c.date } : undefined);
    for (const q of c.quotes) {
      if (!q.verify) continue;
      const hit = report.quotes.find((r) => r.quote.start < q.end && q.start < r.quote.end);
      out.push({
        case: c.name,
        family: c.family,
        quote: q.text,
        speaker: q.speaker,
        expected: q.verify,
        got: hit ? hit.verification.status : "not_extracted",
      });
    }
  }
  return out;
}

export interface StatusFigures {
  gold: number;
  predicted: number;
  correct: number;
  /** correct ÷ predicted (NaN when nothing was predicted). */
  precision: number;
  /** correct ÷ gold (NaN when the corpus has none). */
  recall: number;
}

export interface VerdictScore {
  total: number;
  correct: number;
  accuracy: number;
  byStatus: Record<VerificationStatus, StatusFigures>;
  /** confusion[expected][got] = count. */
  confusion: Record<VerificationStatus, Record<Outcome, number>>;
}

const OUTCOMES: readonly Outcome[] = [...VERIFY_STATUSES, "not_extracted"];

export function scoreVerdicts(verdicts: readonly Verdict[]): VerdictScore {
  const confusion = Object.fromEntries(
    VERIFY_STATUSES.map((s) => [s, Object.fromEntries(OUTCOMES.map((o) => [o, 0]))]),
  ) as VerdictScore["confusion"];
  for (const v of verdicts) confusion[v.expected][v.got]++;
  const byStatus = Object.fromEntries(
    VERIFY_STATUSES.map((s) => {
      const gold = verdicts.filter((v) => v.expected === s).length;
      const predicted = verdicts.filter((v) => v.got === s).length;
      const correct = confusion[s][s];
      return [
        s,
        { gold, predicted, correct, precision: correct / predicted, recall: correct / gold },
      ];
    }),
  ) as Record<VerificationStatus, StatusFigures>;
  const correct = verdicts.filter((v) => v.expected === v.got).length;
  return {
    total: verdicts.length,
    correct,
    accuracy: correct / verdicts.length,
    byStatus,
    confusion,
  };
}

function pct(x: number): string {
  return Number.isNaN(x) ? "—" : (100 * x).toFixed(1);
}

const SHORT: Readonly<Record<Outcome, string>> = {
  verified: "ver",
  verified_with_edits: "edits",
  minor_differences: "minor",
  altered: "alter",
  meaning_changed: "mean",
  misattributed: "misat",
  ambiguous: "ambig",
  not_found: "notfd",
  not_extracted: "noext",
};

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows
    .map((r) =>
      r
        .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
        .join("  "),
    )
    .join("\n");
}

/** Per-status precision/recall and the confusion matrix (rows: expected, columns: got). */
export function formatVerdictScore(score: VerdictScore, withExtraction: boolean): string {
  const perStatus = table([
    ["status", "gold", "got", "right", "P %", "R %"],
    ...VERIFY_STATUSES.map((s) => {
      const f = score.byStatus[s];
      return [
        s,
        String(f.gold),
        String(f.predicted),
        String(f.correct),
        pct(f.precision),
        pct(f.recall),
      ];
    }),
    ["all", String(score.total), "", String(score.correct), "", pct(score.accuracy)],
  ]);
  const columns = withExtraction ? OUTCOMES : VERIFY_STATUSES;
  const confusion = table([
    ["expected \\ got", ...columns.map((o) => SHORT[o])],
    ...VERIFY_STATUSES.map((s) => [s, ...columns.map((o) => String(score.confusion[s][o] || "·"))]),
  ]);
  return `${perStatus}\n\n${confusion}\naccuracy: ${pct(score.accuracy)}% (${score.correct}/${score.total})`;
}
