import { classifyCategory, classifyKind, countWords, isShortFragment } from "./classify.js";
import type { Family } from "./marks.js";
import { splitParagraphs } from "./paragraphs.js";
import { type MarkedQuote, scanMarks } from "./scan-marks.js";
import { splitSentences } from "./sentences.js";
import { mergeSplits } from "./split-quotes.js";
import { type QuoteRegion, type Token, tokenize } from "./tokens.js";
import { findTurns, type Turn } from "./transcript.js";
import type { QuoteCategory, QuoteKind, Span } from "./types.js";

/** A quotation found in the text, before attribution. */
export interface Candidate {
  spans: Span[];
  /** Each part with its marks (or its turn label): one quote token each. */
  regions: Span[];
  kind: QuoteKind;
  /** Set when the context says the quoted string is not speech. */
  category: QuoteCategory | undefined;
  /** At most four words and not a sentence: speech only if attributed. */
  short: boolean;
  words: number;
  unclosed: boolean;
  nested: Span[];
  /** Mark family; 0 for a transcript turn. */
  family: Family | 0;
  /** The interview turn this quotation is, if it is one. */
  turn: Turn | undefined;
  paragraph: number;
  lastParagraph: number;
  /** Indices of its quote tokens, one per part, in order. */
  tokens: number[];
}

/** Everything the attribution stage reads: the text, its tokens and the quotations. */
export interface Extraction {
  text: string;
  /** `[start0, end0, start1, end1, …]` */
  paragraphs: number[];
  tokens: Token[];
  candidates: Candidate[];
}

export interface FindOptions {
  /** Read interview layouts (`Q:`/`A:`, `NAME:` paragraphs) as quotations. */
  transcripts: boolean;
}

/** Every part of every quotation inside `quote`, at any depth (iterative: nesting can be deep). */
function flattenNested(quote: MarkedQuote, into: Span[]): Span[] {
  const pending: MarkedQuote[] = [...quote.children];
  while (pending.length > 0) {
    const child = pending.pop()!;
    for (const span of child.spans) into.push(span);
    for (const grandchild of child.children) pending.push(grandchild);
  }
  into.sort((a, b) => a.start - b.start);
  return into;
}

function fromTurn(turn: Turn): Candidate {
  return {
    spans: turn.spans,
    regions: turn.spans.map((s, k) => (k === 0 ? { start: turn.labelSpan.start, end: s.end } : s)),
    kind: "block",
    category: undefined,
    short: false,
    words: 0,
    unclosed: false,
    nested: [],
    family: 0,
    turn,
    paragraph: turn.paragraph,
    lastParagraph: turn.lastParagraph,
    tokens: [],
  };
}

function fromMarks(quote: MarkedQuote): Candidate {
  return {
    spans: quote.spans,
    regions: quote.regions,
    kind: "direct",
    category: undefined,
    short: false,
    words: 0,
    unclosed: quote.unclosed,
    nested: flattenNested(quote, []),
    family: quote.family,
    turn: undefined,
    paragraph: quote.paragraph,
    lastParagraph: quote.lastParagraph,
    tokens: [],
  };
}

/** Marked quotations inside a turn are nested in it; the rest stand alone. Both lists are in text order. */
function combine(marked: MarkedQuote[], turns: Turn[]): Candidate[] {
  if (turns.length === 0) return marked.map(fromMarks);
  const out: Candidate[] = turns.map(fromTurn);
  const regions = out.flatMap((c) => c.regions.map((r) => ({ r, c })));
  let k = 0;
  for (const quote of marked) {
    const start = quote.regions[0]!.start;
    while (k < regions.length && regions[k]!.r.end <= start) k++;
    const region = regions[k];
    if (region && region.r.start <= start) {
      // Marks inside the turn's label (`'Q:'`) are the label's, not a quotation in the turn.
      if (start < region.c.spans[0]!.start) continue;
      for (const span of quote.spans) region.c.nested.push(span);
      for (const span of flattenNested(quote, [])) region.c.nested.push(span);
    } else {
      out.push(fromMarks(quote));
    }
  }
  out.sort((a, b) => a.regions[0]!.start - b.regions[0]!.start);
  return out;
}

/**
 * The extraction stage: every quotation of the text with its parts, kind and
 * context category, and the token stream the attribution stage reads.
 */
export function findQuotations(text: string, options: FindOptions): Extraction {
  const paragraphs = splitParagraphs(text);
  const marked = scanMarks(text, paragraphs);
  const turns = options.transcripts ? findTurns(text, paragraphs) : [];
  let candidates = combine(marked, turns);
  const regions: QuoteRegion[] = [];
  candidates.forEach((c, quote) => {
    c.regions.forEach((r, part) => {
      regions.push({ start: r.start, end: r.end, quote, part });
    });
  });
  regions.sort((a, b) => a.start - b.start);
  const tokens = tokenize(text, paragraphs, regions);
  splitSentences(text, tokens);
  const target = mergeSplits(text, candidates, tokens);
  const kept = new Map<number, number>();
  const merged: Candidate[] = [];
  target.forEach((t, i) => {
    if (t === i) {
      kept.set(i, merged.length);
      merged.push(candidates[i]!);
    } else {
      candidates[t]!.lastParagraph = candidates[i]!.lastParagraph;
      for (const span of candidates[i]!.nested) candidates[t]!.nested.push(span);
    }
  });
  candidates = merged;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (token.quote < 0) continue;
    token.quote = kept.get(token.quote)!;
    candidates[token.quote]!.tokens.push(k);
  }
  for (const c of candidates) {
    c.words = countWords(text, c.spans);
    if (c.turn || c.tokens.length === 0) continue;
    c.kind = classifyKind(text, tokens, c.tokens[0]!, c.spans);
    c.category = classifyCategory(text, tokens, c.tokens[0]!, c.spans, c.words);
    c.short = isShortFragment(text, c.spans, c.words);
  }
  return { text, paragraphs, tokens, candidates };
}
