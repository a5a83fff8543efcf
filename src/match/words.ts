import { tokenizeWords } from "../text/index.js";
import { contractionBaseOf, expandContraction } from "./lexicon/contractions.js";
import { numberKey } from "./lexicon/numbers.js";
import { spellingKey } from "./lexicon/spelling.js";
import type { Break, MatchWord, SourceWord } from "./types.js";

const UPPER = /^\p{Lu}/u;
const DASHES =
  /[\u2012-\u2015\u2e3a\u2e3b\ufe58\ufe31\ufe32]|--|(?:^|\s)[-\u2010\u2011\u2212](?:\s|$)/;
const SENTENCE_END = /[.?!\u3002\uff01\uff1f]/;
// Brackets are not clause punctuation: in a record they hold editors' notes (`[sic]`).
const CLAUSE = /[,;:()\u2026\uff0c\uff1b\uff1a]/;

/** Words after which a period is part of an abbreviation, not the end of a sentence. */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "st",
  "jr",
  "sr",
  "gen",
  "sen",
  "rep",
  "gov",
  "lt",
  "col",
  "sgt",
  "capt",
  "adm",
  "prof",
  "rev",
  "vs",
  "etc",
  "no",
  "inc",
  "corp",
  "co",
  "ltd",
]);

/**
 * How the text between two words is punctuated. A period right after an
 * abbreviation (`Mr.`, `U.S.`, a single initial) does not end a sentence.
 */
export function classifyBreak(
  between: string,
  previous: MatchWord | undefined,
  original: string,
): Break {
  if (between.length === 0) return "none";
  if (SENTENCE_END.test(between)) {
    const dotOnly =
      !/[?!\u3002\uff01\uff1f]/.test(between) && between.indexOf(".") === between.lastIndexOf(".");
    const abbreviation =
      previous !== undefined &&
      dotOnly &&
      between.startsWith(".") &&
      (previous.norm.length === 1 ||
        ABBREVIATIONS.has(previous.norm) ||
        original.slice(previous.start, previous.end).includes("."));
    if (!abbreviation) return "sentence";
  }
  if (DASHES.test(between)) return "dash";
  if (CLAUSE.test(between)) return "clause";
  return "none";
}

/** The break before the first word of a window: the start of the text is a sentence start. */
function breakBeforeFirst(text: string, start: number): Break {
  const lookback = text.slice(Math.max(0, start - 12), start);
  let k = lookback.length;
  while (k > 0 && !/[\p{L}\p{N}]/u.test(lookback[k - 1]!)) k--;
  if (k === 0 && start <= 12) return "sentence";
  return classifyBreak(lookback.slice(k), undefined, text);
}

const MARKS = /\p{M}/gu;
const NON_ASCII = /[^\u0020-\u007e]/;

/** A comparison word without periods and accents: `U.S.` and `US`, `café` and `cafe` compare equal. */
export function plainKey(norm: string): string {
  const bare = norm.includes(".") ? norm.replace(/\./g, "") : norm;
  return NON_ASCII.test(bare) ? bare.normalize("NFD").replace(MARKS, "") : bare;
}

/** The comparison features of a word form (everything but its place). */
export function wordFeatures(norm: string) {
  const expansions = norm.includes("'") || norm === "cannot" ? expandContraction(norm) : [];
  return {
    numberKey: numberKey(norm),
    spellingKey: spellingKey(norm),
    plain: plainKey(norm),
    expansions: expansions.length > 0 ? expansions : undefined,
    contractionBase: contractionBaseOf(norm),
  };
}

/**
 * Comparison words of `text` (or of `text.slice(from, to)`), with offsets into `text`,
 * each ready to be a source word (class `content` until the disfluency rules run).
 */
export function matchWords(text: string, from = 0, to = text.length): SourceWord[] {
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  const { words } = tokenizeWords(slice);
  const out: SourceWord[] = [];
  let previousEnd = from;
  for (const word of words) {
    const start = word.start + from;
    const end = word.end + from;
    const previous = out[out.length - 1];
    const features = wordFeatures(word.norm);
    // One object literal with every field (no spread): windows of source text are
    // tokenized for every candidate, so this is a hot path.
    out.push({
      norm: word.norm,
      start,
      end,
      capitalized: UPPER.test(text.slice(start, start + 2)),
      breakBefore: previous
        ? classifyBreak(text.slice(previousEnd, start), previous, text)
        : breakBeforeFirst(text, start),
      numberKey: features.numberKey,
      spellingKey: features.spellingKey,
      plain: features.plain,
      expansions: features.expansions,
      contractionBase: features.contractionBase,
      class: "content",
      cutOff: false,
    });
    previousEnd = end;
  }
  return out;
}
