// The only import of compromise: its quotation finder, the baseline the extract bench
// compares against (a dev dependency, never part of the package).
import nlp from "compromise";
import type { Span } from "../src/extract/types.js";
import type { PredictedQuote } from "../test-corpus/score/index.js";

const MARK = /["'\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F\u00AB\u00BB\u2039\u203A]/;
const TRAILING = /[\s.,;:!?]/;

/**
 * compromise's quotation text without its marks: leading marks and spaces, and at the end
 * everything from the closing mark on (its text runs on to the punctuation after the
 * mark: `drive it'.`), so that it is compared with gold parts like ours.
 */
export function stripMarks(quoted: string): string {
  let start = 0;
  let end = quoted.length;
  while (start < end && (MARK.test(quoted[start]!) || /\s/.test(quoted[start]!))) start++;
  for (let i = end - 1; i > start; i--) {
    if (MARK.test(quoted[i]!)) {
      end = i;
      while (end > start && (MARK.test(quoted[end - 1]!) || /\s/.test(quoted[end - 1]!))) end--;
      break;
    }
    if (!TRAILING.test(quoted[i]!)) break;
  }
  return quoted.slice(start, end);
}

/**
 * compromise's `.quotations()` as spans, marks excluded, so both tools are scored alike.
 * Its `offset.start` skips the opening mark but `length` counts the marks, so the inner
 * text (marks stripped) is looked up where compromise says the quotation starts.
 */
export function compromiseQuotes(text: string): PredictedQuote[] {
  const found = nlp(text).quotations().json({ offset: true }) as {
    text: string;
    offset: { start: number; length: number };
  }[];
  return found.map(({ text: quoted, offset }) => {
    const inner = stripMarks(quoted);
    const near = text.indexOf(inner, Math.max(0, offset.start - 3));
    const start = near >= 0 && near <= offset.start + 3 ? near : offset.start;
    const span: Span = { start, end: start + inner.length };
    return { spans: [span], speaker: null };
  });
}
