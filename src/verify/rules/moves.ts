import { tokenizeWords } from "../../text/index.js";
import { KIND_STATUS } from "../status.js";
import type { Difference, DifferenceKind } from "../types.js";

/** The kinds of difference that change the meaning (negation, number, entity, hedge). */
const MEANING_KINDS: ReadonlySet<DifferenceKind> = new Set(
  (Object.keys(KIND_STATUS) as DifferenceKind[]).filter(
    (kind) => KIND_STATUS[kind] === "meaning_changed",
  ),
);

/** Characters apart, in the quote, that a word may move and still be the same word moved. */
const MOVE_REACH = 80;

function wordsOf(text: string): string {
  return tokenizeWords(text)
    .words.map((w) => w.norm)
    .join(" ");
}

/**
 * A word moved, not changed: the same words dropped in one place and added a few words
 * away (`been on display more than` printed `been more on display than`). The meaning
 * check sees a quantity dropped and one added; the words are all still there, so the
 * pair is an omission and an insertion, a wording change.
 */
export function reclassifyMoves(differences: Difference[]): void {
  for (const added of differences) {
    if (!MEANING_KINDS.has(added.kind) || added.source.text !== "" || added.quote.text === "")
      continue;
    const key = wordsOf(added.quote.text);
    const dropped = differences.find(
      (d) =>
        MEANING_KINDS.has(d.kind) &&
        d.quote.text === "" &&
        Math.abs(d.quote.start - added.quote.start) <= MOVE_REACH &&
        wordsOf(d.source.text) === key,
    );
    if (!dropped) continue;
    added.kind = "insertion";
    dropped.kind = "omission";
  }
}

/** Words either side of a dropped word in which the same word said again is looked for. */
const ECHO_REACH = 2;

/**
 * A meaning word dropped where the quote keeps the same word a word or two away: the
 * speaker said it twice (`no parent should ever should have` printed `should ever have`),
 * and leaving out the second saying is a repeated word dropped, not a modal, negation
 * or number taken out.
 */
export function reclassifyEchoes(differences: Difference[], quoteText: string): void {
  let words: { norm: string; start: number; end: number }[] | undefined;
  for (const d of differences) {
    if (!MEANING_KINDS.has(d.kind) || d.quote.text !== "") continue;
    const dropped = tokenizeWords(d.source.text).words;
    if (dropped.length !== 1) continue;
    words ??= tokenizeWords(quoteText).words;
    const at = d.quote.start;
    const after = words.findIndex((w) => w.start >= at);
    const next = after < 0 ? words.length : after;
    const around = words.slice(Math.max(0, next - ECHO_REACH), next + ECHO_REACH);
    if (around.some((w) => w.norm === dropped[0]!.norm)) d.kind = "filler_omission";
  }
}
