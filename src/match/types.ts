/** How the words around a gap between two words are punctuated. */
export type Break =
  /** Only spaces (or nothing). */
  | "none"
  /** Inside a sentence: comma, semicolon, colon, parenthesis. */
  | "clause"
  /** A dash: an aside, or speech breaking off (`we will also rally the world — we will…`). */
  | "dash"
  /** End of a sentence: period, question mark, exclamation mark. */
  | "sentence";

/** A comparison word with what matching needs to know about it. Offsets are into the original text. */
export interface MatchWord {
  /** Lower-cased, typography-folded form (`tokenizeWords`). */
  norm: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter in the original text. */
  capitalized: boolean;
  /** Punctuation between the previous word and this one (`none` for the first word). */
  breakBefore: Break;
  /** The number this word spells (`15`, `fifteen`), as a comparable key; undefined if not a number. */
  numberKey: string | undefined;
  /** British/American-neutral spelling (`organisation` → `organization`). */
  spellingKey: string;
  /** The word without periods and accents (`U.S.` → `us`, `café` → `cafe`). */
  plain: string;
  /** Spelled-out forms of a contraction (`we're` → [[`we`, `are`]]); undefined if it is none. */
  expansions: readonly (readonly string[])[] | undefined;
  /** The word a contraction is built on (`there's` → `there`, `don't` → `do`); undefined if none. */
  contractionBase: string | undefined;
}

/**
 * How a source word may be left out of a quote at no cost to the meaning, from the
 * cheapest: a hesitation or stutter, an abandoned phrase the speaker restarted, a
 * discourse marker; `content` for everything else.
 */
export type SourceWordClass = "disfluency" | "restart" | "filler" | "content";

export interface SourceWord extends MatchWord {
  class: SourceWordClass;
  /** A word cut off mid-way (`ar-` in `ar- — around`). */
  cutOff: boolean;
}

/** One `[bracketed]` editorial insertion or substitution in a quote. */
export interface BracketGroup {
  /** Offsets of the whole group, brackets included, in the quote text. */
  start: number;
  end: number;
  /** The comparison words inside the brackets. */
  words: MatchWord[];
}

export interface QuoteWord extends MatchWord {
  /** Letters of this word were changed in brackets (`[T]he`, `communicat[ing]`). */
  editedLetters: boolean;
  /** `[sic]` follows this word. */
  sic: { start: number; end: number } | undefined;
}

/** A unit of a quote to align: a word, or a bracket group standing for any number of source words. */
export type QuoteUnit =
  | { type: "word"; word: QuoteWord }
  | { type: "bracket"; group: BracketGroup };

/** A quote prepared for alignment. */
export interface ParsedQuote {
  text: string;
  units: QuoteUnit[];
  /** `ellipsisAfter[i]`: an ellipsis stands between unit i and unit i + 1 (i = -1: before the first). */
  ellipsisAfter: ReadonlySet<number>;
  /** Offsets of each ellipsis mark in the quote text, keyed like `ellipsisAfter`. */
  ellipsisAt: ReadonlyMap<number, { start: number; end: number }>;
  /** Invisible and look-alike characters found in the quote (normalize() findings). */
  findings: readonly { kind: "invisible" | "confusable"; start: number; end: number }[];
}

/** One step of an alignment of quote units to source words (indices into the arrays given to align). */
export type AlignStep =
  /** Quote units `[q, q + qn)` stand for source words `[s, s + sn)`. */
  | {
      op: "match" | "compound" | "contraction" | "substitute" | "bracket";
      q: number;
      qn: number;
      s: number;
      sn: number;
      cost: number;
    }
  /** A quote unit with no source word. */
  | { op: "insert"; q: number; qn: 1; s: number; sn: 0; cost: number }
  /** Source words left out, unmarked (`q` = the quote unit they fall before). */
  | { op: "omit"; q: number; qn: 0; s: number; sn: number; cost: number }
  /** Source words left out at an ellipsis. */
  | { op: "ellipsis"; q: number; qn: 0; s: number; sn: number; cost: number };

export interface Alignment {
  steps: AlignStep[];
  /** First and last-plus-one source word the quote aligns to. */
  sourceStart: number;
  sourceEnd: number;
  /** Total cost (each changed, inserted or dropped word ≈ 1; typography ≈ 0). */
  cost: number;
}
