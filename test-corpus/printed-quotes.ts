// Printed quotes checked against the real White House transcripts, kept apart from the
// verification rules: `holdout/printed-quotes/*.jsonl`, one case a line. Each case names
// the transcript its words come from (or should come from) and the verdict a careful
// editor would give; `npm run corpus -- --printed` scores them.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import type { ReferenceStore } from "../src/store/types.js";
import { verifyQuote } from "../src/verify/index.js";
import { CORPUS_DIR } from "./load.js";
import { VERIFY_STATUSES } from "./schema.js";
import type { Verdict } from "./verify-score.js";

export const PRINTED_DIR = join(CORPUS_DIR, "holdout", "printed-quotes");

export const PrintedQuoteSchema = z
  .object({
    id: z.string().min(1),
    /** The transcript, relative to wh-briefings/. */
    file: z.string().regex(/^(press-briefings|speeches-remarks)\/.+\.md$/),
    speaker: z.string().min(1),
    /** The article's publication date. */
    date: z.iso.date(),
    /** The quote as printed, without its quotation marks. */
    quote: z.string().min(1),
    expected: z.enum(VERIFY_STATUSES),
    /** Other verdicts a careful editor would also accept. */
    accept: z.array(z.enum(VERIFY_STATUSES)).default([]),
    /** The transcript passage, verbatim with whitespace collapsed ("" for not_found). */
    source: z.string(),
    note: z.string().default(""),
  })
  .strict();

export type PrintedQuote = z.infer<typeof PrintedQuoteSchema>;

/** Every case in `dir`, validated; a bad line fails loudly with its file and line number. */
export function loadPrintedQuotes(dir: string = PRINTED_DIR): PrintedQuote[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".jsonl"))
    .sort();
  return files.flatMap((file) =>
    readFileSync(join(dir, file), "utf8")
      .split("\n")
      .flatMap((line, i) => {
        if (line.trim() === "") return [];
        const parsed = PrintedQuoteSchema.safeParse(JSON.parse(line));
        if (!parsed.success)
          throw new Error(`${file}:${i + 1}: ${z.prettifyError(parsed.error).replace(/\n/g, " ")}`);
        return [parsed.data];
      }),
  );
}

export interface PrintedVerdict extends Verdict {
  /** The verdict was one the case also accepts (scored as `expected`). */
  accepted: boolean;
  note: string;
}

/**
 * verifyQuote on each case with its speaker and date. A verdict the case accepts is scored
 * as the expected one, so the confusion matrix shows only real disagreements.
 */
export async function printedVerdicts(
  cases: readonly PrintedQuote[],
  store: ReferenceStore,
): Promise<PrintedVerdict[]> {
  const out: PrintedVerdict[] = [];
  for (const c of cases) {
    const v = await verifyQuote({ text: c.quote, speaker: c.speaker, date: c.date }, store);
    const accepted = v.status !== c.expected && c.accept.includes(v.status);
    out.push({
      case: c.id,
      family: c.file.split("/")[0]!,
      quote: c.quote,
      speaker: c.speaker,
      expected: c.expected,
      got: accepted ? c.expected : v.status,
      accepted,
      note: c.note,
    });
  }
  return out;
}
