/** A half-open `[start, end)` range of UTF-16 code units in the ORIGINAL text. */
export interface Span {
  start: number;
  end: number;
}

/** A span together with the text it covers (`text === input.slice(start, end)`). */
export interface TextSpan extends Span {
  text: string;
}

/** How a quotation is set in the text. */
export type QuoteKind =
  /** A whole sentence or more in quotation marks, attributed or floating. */
  | "direct"
  /** A fragment embedded in the writer's own sentence: `Kirby said the administration wanted to "reassure…"`. */
  | "partial"
  /** A quotation set off as its own block (colon introduction, indented or dash-introduced). */
  | "block";

/** How the speaker of a quotation was found. */
export type ResolvedBy =
  | "explicit"
  | "pronoun"
  | "nominal"
  | "surname"
  | "previous-quote"
  | "paragraph"
  | (string & {});

export interface Speaker {
  /**
   * Best full name for the speaker as the text establishes it ("John Kirby"), or
   * the source expression when it is not a person ("the newspaper", "a senior official").
   */
  name: string;
  /** The speaker expression in the attribution itself: the pronoun, description or name next to the cue. */
  mention: TextSpan;
  /** Title or role separated from the name: "White House National Security Council spokesperson". */
  role?: string;
  resolvedBy: ResolvedBy;
}

export interface Quote {
  /** The quoted words, marks excluded; parts of a split or multi-paragraph quote joined with one space. */
  text: string;
  /** First char inside the first opening mark .. last char before the final closing mark. */
  start: number;
  end: number;
  /** Each contiguous quoted part, marks excluded. */
  spans: Span[];
  kind: QuoteKind;
  speaker: Speaker | null;
  /** The attribution verb or phrase: "said", "told reporters", "according to". */
  cue: TextSpan | null;
  /** 0..1: how sure the extractor is that this is a quotation with this speaker. */
  confidence: number;
}
