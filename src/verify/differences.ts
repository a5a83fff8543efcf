import type {
  Alignment,
  AlignStep,
  MatchWord,
  ParsedQuote,
  QuoteWord,
  SourceWord,
} from "../match/types.js";
import { addMarksAndCharacters, addSentenceBreaks } from "./extras.js";
import { changeKind } from "./rules/change-kind.js";
import { bracketKind, ellipsisKind } from "./rules/marked-edits.js";
import { reclassifyEchoes, reclassifyMoves } from "./rules/moves.js";
import { omissionKind } from "./rules/omissions.js";
import { Spans } from "./spans.js";
import type { Difference, DifferenceKind } from "./types.js";

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
        kind = ellipsisKind(words.slice(step.s, step.s + step.sn), words[step.s + step.sn]);
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
  reclassifyMoves(differences);
  reclassifyEchoes(differences, quote.text);
  differences.sort((a, b) => a.quote.start - b.quote.start || a.source.start - b.source.start);
  return { differences, cost, unitSource };
}
