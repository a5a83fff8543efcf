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
  /**
   * A quotation set off as its own block without quotation marks: an interview turn
   * (`Q:` / `A:`, `KIRBY:`). A marked quotation in its own paragraph after a colon is `direct`.
   */
  | "block";

/**
 * How the speaker of a quotation was found: `explicit` (named at the cue, or kept as
 * written), `surname` / `first-name` (a part of a name the text gave in full),
 * `pronoun`, `nominal` (a description: `the spokesperson`, `the company`), `label` (an
 * interview label: `Q:`, `KIRBY:`), `previous-quote` and `paragraph` (a quotation with no
 * attribution of its own).
 */
export type ResolvedBy =
  | "explicit"
  | "pronoun"
  | "nominal"
  | "surname"
  | "first-name"
  | "label"
  | "previous-quote"
  | "paragraph"
  | (string & {});

/** What kind of source a speaker expression names. */
export type SpeakerKind =
  /** A named or resolved person ("John Kirby"). */
  | "person"
  /** An institution speaking as one: "the White House", "the Pentagon", "the company". */
  | "organization"
  /** A written source: "the report", "the statement", "the lawsuit". */
  | "document"
  /** An unnamed source kept as written: "a senior official", "two Israeli officials". */
  | "anonymous"
  /** A pronoun or description that could not be resolved ("they", "the official"). */
  | "unresolved";

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
  /** Honorific or rank printed before the name, kept apart from the role: "Lt. Col.", "Dr.", "Mr.". */
  title?: string;
  resolvedBy: ResolvedBy;
  /** What kind of source this is, when the text makes it clear. */
  kind?: SpeakerKind;
}

/**
 * What a quoted string is. Only `speech` (words someone said or wrote) is returned
 * by default; the others are returned with `includeNonSpeech`.
 */
export type QuoteCategory =
  | "speech"
  /** The title of a work: `the film "Oppenheimer"`. */
  | "title"
  /** A nickname between first and last name: `Dwayne "The Rock" Johnson`. */
  | "nickname"
  /** A word or name mentioned as such: `the so-called "deep state"`, `the word "freedom"`. */
  | "term"
  /** A short quoted expression with no one to attribute it to: `the "experts"`. */
  | "scare";

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
  /**
   * 0..1: how sure the extractor is that this is a quotation of speech with this
   * speaker: the product of how sure the span is (balanced marks 1, a mark cut at a
   * paragraph end 0.6, a transcript turn 0.95) and how sure the speaker is (an
   * explicit name next to a cue about 0.95; a surname, pronoun or description
   * resolved through the text lower; a floating quote given the previous quote's or
   * the paragraph's speaker lower still; no speaker 0.5). It orders results by
   * reliability; it is not a calibrated probability.
   */
  confidence: number;
  /** Quotations inside this one (each contiguous part, marks excluded). Present only when there are some. */
  nested?: Span[];
  /** Present (true) when a closing mark was missing and the quotation was cut at a paragraph end. */
  unclosed?: true;
  /** Present only with `includeNonSpeech`: what the quoted string is. */
  category?: QuoteCategory;
}
