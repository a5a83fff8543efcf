import type {
  Alignment,
  AlignStep,
  MatchWord,
  ParsedQuote,
  QuoteWord,
  SourceWord,
} from "../match/types.js";
import { characterKind } from "./rules/characters.js";
import { bracketKind, ellipsisKind } from "./rules/marked-edits.js";
import { meaningKind } from "./rules/meaning.js";
import { omissionKind } from "./rules/omissions.js";
import { isSentenceBreakChange } from "./rules/sentence-breaks.js";
import { Spans } from "./spans.js";
import type { Difference, DifferenceKind } from "./types.js";

/** Score cost of differences found after alignment (alignment costs cover the rest). */
const EXTRA_COST: Partial<Record<DifferenceKind, number>> = {
  sentence_break: 0.1,
  invisible_character: 0.25,
  confusable_character: 1,
};

export interface Described {
  differences: Difference[];
  /** Cost of the unmarked changes, in words (the score's numerator). */
  cost: number;
  /** For each quote unit, the source word range it stands for (undefined when inserted). */
  unitSource: ({ s: number; sn: number; op: AlignStep["op"] } | undefined)[];
}

function quoteWordsOf(quote: ParsedQuote, q: number, qn: number): QuoteWord[] {
  const out: QuoteWord[] = [];
  for (let k = q; k < q + qn; k++) {
    const unit = quote.units[k]!;
    if (unit.type === "word") out.push(unit.word);
  }
  return out;
}

/** Changes longer than this (words on either side) are a passage dropped or rewritten, not a word swapped. */
const MEANING_SPAN = 5;
/** Quote words that may stand at the joint of a splice (`and`, `but`) without making it a rewrite. */
const SPLICE_JOINT = 2;

/**
 * One run of adjacent unmarked changes: a splice when whole passages are skipped; a
 * negation, number, entity or hedge when a short change touches one; otherwise an
 * omission, insertion or substitution.
 */
function changeKind(
  group: readonly AlignStep[],
  words: readonly SourceWord[],
  qWords: readonly MatchWord[],
  sWords: readonly MatchWord[],
  startsQuote: boolean,
): DifferenceKind {
  const first = group[0]!;
  const last = group[group.length - 1]!;
  const s = first.s;
  const sn = last.s + last.sn - s;
  if (currencyOnly(qWords, sWords, quoteNeighbours(group, words))) return "typography";
  if (group.every((g) => g.op === "insert")) {
    return meaningOf(qWords, sWords, startsQuote) ?? "insertion";
  }
  const dropped = sn > 0 ? omissionKind(words, s, sn) : "omission";
  if (dropped === "splice" && qWords.length <= SPLICE_JOINT) return "splice";
  const base: DifferenceKind = group.every((g) => g.op === "omit") ? dropped : "substitution";
  return meaningOf(qWords, sWords, startsQuote) ?? base;
}

const CURRENCY_WORDS: ReadonlySet<string> = new Set([
  "dollar",
  "dollars",
  "pound",
  "pounds",
  "euro",
  "euros",
]);

/** The source words just before and after a change (where the number a currency word goes with stands). */
function quoteNeighbours(group: readonly AlignStep[], words: readonly SourceWord[]): MatchWord[] {
  const first = group[0]!;
  const last = group[group.length - 1]!;
  return [words[first.s - 1], words[last.s + last.sn]].filter(
    (w): w is SourceWord => w !== undefined,
  );
}

/**
 * `$1.2 trillion` printed `1.2 trillion dollars`: the currency word added or dropped
 * next to a number is a style of writing amounts (the tokenizer drops `$`, `£`, `€`).
 */
function currencyOnly(
  qWords: readonly MatchWord[],
  sWords: readonly MatchWord[],
  around: readonly MatchWord[],
): boolean {
  const words =
    qWords.length > 0 && sWords.length === 0
      ? qWords
      : sWords.length > 0 && qWords.length === 0
        ? sWords
        : [];
  if (words.length === 0 || !words.every((w) => CURRENCY_WORDS.has(w.norm))) return false;
  return around.some((w) => w.numberKey !== undefined);
}

function meaningOf(
  qWords: readonly MatchWord[],
  sWords: readonly MatchWord[],
  startsQuote: boolean,
) {
  if (qWords.length > MEANING_SPAN || sWords.length > MEANING_SPAN) return undefined;
  return meaningKind({ words: qWords, startsQuote }, { words: sWords, startsQuote: false });
}

/** Steps whose cost counts against the score: unmarked changes. */
function unmarkedCost(quote: ParsedQuote, step: AlignStep, words: readonly SourceWord[]): number {
  switch (step.op) {
    case "substitute":
      // Letters changed in brackets (`communicat[ing]`) are a marked edit.
      return quoteWordsOf(quote, step.q, step.qn).every((w) => w.editedLetters) ? 0 : step.cost;
    case "insert":
    case "contraction":
      return step.cost;
    case "omit": {
      for (let k = step.s; k < step.s + step.sn; k++)
        if (words[k]!.class !== "disfluency") return step.cost;
      return 0;
    }
    default:
      return 0;
  }
}

/**
 * Every difference between a quote and the source words it aligns to, classified,
 * in quote order. Changes next to each other (a word swapped, one added, two dropped)
 * are one difference, so `stood with` for `stood in solidarity with` is one omission.
 */
export function describe(
  quote: ParsedQuote,
  words: readonly SourceWord[],
  sourceText: string,
  alignment: Alignment,
): Described {
  const spans = new Spans(quote, words, sourceText);
  const differences: Difference[] = [];
  const unitSource: Described["unitSource"] = new Array(quote.units.length).fill(undefined);
  let cost = 0;
  let group: AlignStep[] = [];
  const startsQuote = (q: number) => q === 0;

  const flush = () => {
    if (group.length === 0) return;
    const first = group[0]!;
    const last = group[group.length - 1]!;
    const q = first.q;
    const qEnd = last.q + last.qn;
    const s = first.s;
    const sEnd = last.s + last.sn;
    const qWords = quoteWordsOf(quote, q, qEnd - q);
    const sWords: MatchWord[] = words.slice(s, sEnd);
    const edited =
      group.every((g) => g.op === "substitute") && qWords.every((w) => w.editedLetters);
    const kind: DifferenceKind = edited
      ? "bracket_substitution"
      : changeKind(group, words, qWords, sWords, startsQuote(q));
    if (kind === "typography") {
      // A change that turned out to be a way of writing (`$1.2 trillion` / `1.2 trillion dollars`) costs nothing.
      for (const g of group) cost -= unmarkedCost(quote, g, words);
    }
    differences.push({
      kind,
      quote: spans.quoteUnits(q, qEnd - q),
      source: spans.sourceWords(s, sEnd - s),
    });
    group = [];
  };

  for (const step of alignment.steps) {
    cost += unmarkedCost(quote, step, words);
    if (step.qn > 0 && step.op !== "insert") {
      for (let k = step.q; k < step.q + step.qn; k++) {
        unitSource[k] = { s: step.s, sn: step.sn, op: step.op };
      }
    }
    const isChange =
      step.op === "insert" ||
      (step.op === "substitute" &&
        !quoteWordsOf(quote, step.q, step.qn).every((w) => w.editedLetters)) ||
      (step.op === "omit" &&
        omissionKind(words, step.s, step.sn) !== "disfluency" &&
        omissionKind(words, step.s, step.sn) !== "filler_omission");
    if (isChange) {
      group.push(step);
      continue;
    }
    flush();
    let quoteSpan = spans.quoteUnits(step.q, step.qn);
    const sourceSpan = spans.sourceWords(step.s, step.sn);
    let kind: DifferenceKind | undefined;
    switch (step.op) {
      case "match": {
        const w = quoteWordsOf(quote, step.q, step.qn)[0];
        const src = words[step.s]!;
        if (w && (w.norm !== src.norm || w.editedLetters)) kind = "typography";
        break;
      }
      case "compound":
        kind = "typography";
        break;
      case "contraction":
        kind = "contraction";
        break;
      case "substitute":
        kind = "bracket_substitution"; // letters changed in brackets: `communicat[ing]`
        break;
      case "bracket": {
        const unit = quote.units[step.q]!;
        if (unit.type === "bracket")
          kind = bracketKind(unit.group.words, words.slice(step.s, step.s + step.sn));
        break;
      }
      case "ellipsis": {
        kind = ellipsisKind(words.slice(step.s, step.s + step.sn));
        const mark = quote.ellipsisAt.get(step.q - 1);
        if (mark) quoteSpan = spans.quoteRange(mark.start, mark.end);
        break;
      }
      case "omit":
        kind = omissionKind(words, step.s, step.sn);
        break;
    }
    if (kind === "typography" && quoteSpan.text === sourceSpan.text) kind = undefined;
    if (kind) differences.push({ kind, quote: quoteSpan, source: sourceSpan });
  }
  flush();

  cost += addSentenceBreaks(quote, words, unitSource, spans, differences);
  cost += addMarksAndCharacters(quote, words, unitSource, spans, differences);
  differences.sort((a, b) => a.quote.start - b.quote.start || a.source.start - b.source.start);
  return { differences, cost, unitSource };
}

function addSentenceBreaks(
  quote: ParsedQuote,
  words: readonly SourceWord[],
  unitSource: Described["unitSource"],
  spans: Spans,
  out: Difference[],
): number {
  let cost = 0;
  for (let u = 1; u < quote.units.length; u++) {
    const unit = quote.units[u]!;
    const previous = quote.units[u - 1]!;
    const here = unitSource[u];
    const before = unitSource[u - 1];
    if (unit.type !== "word" || previous.type !== "word" || !here || !before) continue;
    if (quote.ellipsisAfter.has(u - 1) || here.s !== before.s + before.sn || here.sn === 0)
      continue;
    if (here.op === "substitute" || before.op === "substitute") continue; // part of a change already
    const sourceWord = words[here.s]!;
    if (!isSentenceBreakChange(unit.word.breakBefore, sourceWord.breakBefore)) continue;
    out.push({
      kind: "sentence_break",
      quote: spans.quoteRange(previous.word.end, unit.word.start),
      source: spans.sourceRange(words[here.s - 1]!.end, sourceWord.start),
    });
    cost += EXTRA_COST.sentence_break!;
  }
  return cost;
}

function addMarksAndCharacters(
  quote: ParsedQuote,
  words: readonly SourceWord[],
  unitSource: Described["unitSource"],
  spans: Spans,
  out: Difference[],
): number {
  let cost = 0;
  const sourceOf = (u: number) => {
    const at = unitSource[u];
    return at ? spans.sourceWords(at.s, at.sn) : spans.sourceWords(0, 0);
  };
  quote.units.forEach((unit, u) => {
    if (unit.type === "word" && unit.word.sic) {
      out.push({
        kind: "sic",
        quote: spans.quoteRange(unit.word.sic.start, unit.word.sic.end),
        source: sourceOf(u),
      });
    }
  });
  for (const finding of quote.findings) {
    const kind = characterKind(finding);
    const u = quote.units.findIndex((unit) => {
      const start = unit.type === "word" ? unit.word.start : unit.group.start;
      const end = unit.type === "word" ? unit.word.end : unit.group.end;
      return finding.start >= start && finding.start < end;
    });
    out.push({
      kind,
      quote: spans.quoteRange(finding.start, finding.end),
      source: u >= 0 ? sourceOf(u) : spans.sourceWords(0, 0),
    });
    cost += EXTRA_COST[kind] ?? 0;
  }
  void words;
  return cost;
}
