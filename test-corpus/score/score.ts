import type { Quote, QuoteKind, Span } from "../../src/extract/types.js";
import { containsWords, foldName } from "./fold.js";
import { canonicalSpans, matchExact, matchOverlap, sharedLength } from "./match.js";

/** A gold quotation as the scorer needs it (the corpus and LitBank both map to this). */
export interface GoldQuote {
  /** Each contiguous quoted part, marks excluded. */
  spans: Span[];
  /** The speaker's full name; null when no speaker is expected. */
  speaker: string | null;
  /** The speaker expression next to the cue (`He`, `Kirby`), when gold states it. */
  mention?: string;
  /** Every mention of the speaker in the text (LitBank's coreference chain), when known. */
  speakerMentions?: Span[];
  kind?: QuoteKind;
  /** Expected verdict (issue 5); carried through so verdict accuracy can sit next to these figures. */
  verify?: string;
}

export interface GoldDocument {
  name: string;
  family: string;
  text: string;
  quotes: GoldQuote[];
  /** Quoted strings that are not quotations of speech (scare quotes, titles, nicknames). */
  notQuotes?: string[];
}

/** The fields of a predicted quotation the scorer reads. */
export type PredictedQuote = Pick<Quote, "spans" | "speaker"> & Partial<Pick<Quote, "kind">>;

export interface ScoreOptions {
  /** Overlap matching: minimum shared/union characters (0 = any shared character). */
  overlapRatio?: number;
  /** Fold punctuation in names too (LitBank stores names without it). */
  namePunctuation?: boolean;
}

/**
 * correct: right name, or both null. wrong: another name. missing: gold has a speaker,
 * the prediction none. spurious: gold expects none, the prediction names one.
 */
export type SpeakerOutcome = "correct" | "wrong" | "missing" | "spurious";

export interface MatchRecord {
  gold: number;
  pred: number;
  exact: boolean;
  speaker: SpeakerOutcome;
  /** The name alone decides (without LitBank's coreference-chain criterion). */
  speakerByName: boolean;
  /** Whether the mention matched; null when not evaluated (no speaker or no mention in gold). */
  mention: boolean | null;
  /** Whether the kind matched; null when gold gives no kind. */
  kind: boolean | null;
}

export interface Counts {
  documents: number;
  gold: number;
  predicted: number;
  /** One-to-one exact matches. */
  exact: number;
  /** One-to-one overlap matches (a superset of the exact ones). */
  overlap: number;
  /** Overlap-matched gold quotes whose speaker is right (both criteria, see scoreSpeaker). */
  speakerCorrect: number;
  /** Same, by the folded name only. */
  speakerByName: number;
  mentionEvaluated: number;
  mentionCorrect: number;
  kindEvaluated: number;
  kindCorrect: number;
  /** False positives that overlap a string listed as not a quotation. */
  notQuotesReturned: number;
  /** Gold quotes with an expected verdict (issue 5 scores verdicts over these). */
  goldWithVerify: number;
}

export interface DocumentScore {
  name: string;
  family: string;
  counts: Counts;
  matches: MatchRecord[];
  /** Gold quotes with no overlapping prediction. */
  misses: number[];
  /** Predictions overlapping no gold quote; `notQuote` when one overlaps a listed non-quotation. */
  falsePositives: { pred: number; notQuote: boolean }[];
}

export function emptyCounts(): Counts {
  return {
    documents: 0,
    gold: 0,
    predicted: 0,
    exact: 0,
    overlap: 0,
    speakerCorrect: 0,
    speakerByName: 0,
    mentionEvaluated: 0,
    mentionCorrect: 0,
    kindEvaluated: 0,
    kindCorrect: 0,
    notQuotesReturned: 0,
    goldWithVerify: 0,
  };
}

export function addCounts(into: Counts, more: Counts): Counts {
  for (const key of Object.keys(into) as (keyof Counts)[]) into[key] += more[key];
  return into;
}

function overlapsAny(span: Span, spans: readonly Span[]): boolean {
  return spans.some((s) => Math.min(s.end, span.end) > Math.max(s.start, span.start));
}

/**
 * Speaker of a found quote. By name: the predicted `speaker.name` equals the gold
 * speaker after folding (foldName). When gold lists the speaker's coreference chain
 * (LitBank), a predicted mention overlapping any mention in it also counts: the
 * extractor found the right character even if it names them differently.
 */
export function scoreSpeaker(
  gold: GoldQuote,
  pred: PredictedQuote,
  options: ScoreOptions = {},
): { outcome: SpeakerOutcome; byName: boolean } {
  const fold = (s: string) => foldName(s, { punctuation: options.namePunctuation });
  if (gold.speaker === null) {
    const ok = pred.speaker === null;
    return { outcome: ok ? "correct" : "spurious", byName: ok };
  }
  if (pred.speaker === null) return { outcome: "missing", byName: false };
  const byName = fold(pred.speaker.name) === fold(gold.speaker);
  const byChain =
    gold.speakerMentions !== undefined && overlapsAny(pred.speaker.mention, gold.speakerMentions);
  return { outcome: byName || byChain ? "correct" : "wrong", byName };
}

/**
 * Mention of a found quote, when gold states it. With a coreference chain (LitBank): the
 * predicted mention span overlaps a mention in it. Otherwise, when the expectation gives
 * `mention`: the predicted mention text, folded, equals it or contains it as whole words
 * (`Defense Secretary Lloyd Austin` for `Lloyd Austin`). A gold quote without `mention`
 * (a floating quote has no speaker expression of its own) is not evaluated: null.
 */
export function scoreMention(gold: GoldQuote, pred: PredictedQuote): boolean | null {
  if (gold.speaker === null) return null;
  if (gold.speakerMentions !== undefined) {
    if (pred.speaker === null) return false;
    return overlapsAny(pred.speaker.mention, gold.speakerMentions);
  }
  if (gold.mention === undefined) return null;
  if (pred.speaker === null) return false;
  return containsWords(foldName(pred.speaker.mention.text), foldName(gold.mention));
}

function occurrences(text: string, needle: string): Span[] {
  const out: Span[] = [];
  if (needle.length === 0) return out;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1))
    out.push({ start: at, end: at + needle.length });
  return out;
}

/** Scores one document's predictions against its gold quotations. */
export function scoreDocument(
  doc: GoldDocument,
  predicted: readonly PredictedQuote[],
  options: ScoreOptions = {},
): DocumentScore {
  const counts = emptyCounts();
  counts.documents = 1;
  counts.gold = doc.quotes.length;
  counts.predicted = predicted.length;
  counts.goldWithVerify = doc.quotes.filter((q) => q.verify !== undefined).length;

  const exact = matchExact(doc.text, doc.quotes, predicted);
  const overlap = matchOverlap(doc.quotes, predicted, {
    minRatio: options.overlapRatio ?? 0,
    fixed: exact,
  });
  const exactSet = new Set(exact.map((p) => `${p.gold}:${p.pred}`));
  counts.exact = exact.length;
  counts.overlap = overlap.length;

  const matches: MatchRecord[] = overlap.map(({ gold, pred }) => {
    const g = doc.quotes[gold]!;
    const p = predicted[pred]!;
    const speaker = scoreSpeaker(g, p, options);
    const mention = scoreMention(g, p);
    const kind = g.kind === undefined ? null : p.kind === g.kind;
    if (speaker.outcome === "correct") counts.speakerCorrect++;
    if (speaker.byName) counts.speakerByName++;
    if (mention !== null) {
      counts.mentionEvaluated++;
      if (mention) counts.mentionCorrect++;
    }
    if (kind !== null) {
      counts.kindEvaluated++;
      if (kind) counts.kindCorrect++;
    }
    return {
      gold,
      pred,
      exact: exactSet.has(`${gold}:${pred}`),
      speaker: speaker.outcome,
      speakerByName: speaker.byName,
      mention,
      kind,
    };
  });

  const goldMatched = new Set(overlap.map((p) => p.gold));
  const predMatched = new Set(overlap.map((p) => p.pred));
  const misses = doc.quotes.map((_, i) => i).filter((i) => !goldMatched.has(i));
  const notQuoteSpans = canonicalSpans(
    (doc.notQuotes ?? []).flatMap((s) => occurrences(doc.text, s)),
  );
  const falsePositives = predicted
    .map((p, pred) => ({ pred, spans: canonicalSpans(p.spans) }))
    .filter(({ pred }) => !predMatched.has(pred))
    .map(({ pred, spans }) => ({ pred, notQuote: sharedLength(spans, notQuoteSpans) > 0 }));
  counts.notQuotesReturned = falsePositives.filter((f) => f.notQuote).length;

  return { name: doc.name, family: doc.family, counts, matches, misses, falsePositives };
}
