import { normalize } from "../normalize/index.js";
import type { BracketGroup, ParsedQuote, QuoteUnit, QuoteWord } from "./types.js";
import { matchWords, wordFeatures } from "./words.js";

interface Mark {
  kind: "bracket" | "ellipsis" | "sic";
  /** Offsets in the original quote text. */
  start: number;
  end: number;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** A bracket pair longer than this is a stray mark, not an editorial insertion. */
const MAX_BRACKET = 120;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}

/** Brackets, ellipses and `(sic)` marks, located in the normalized text and mapped back. */
function findMarks(text: string): Mark[] {
  const folded = normalize(text, { caseFold: true });
  const t = folded.text;
  const marks: Mark[] = [];
  const span = (a: number, b: number) => folded.toOriginalSpan(a, b);
  for (let i = 0; i < t.length; i++) {
    const ch = t[i];
    if (ch === "\u2026") {
      marks.push({ kind: "ellipsis", ...span(i, i + 1) });
    } else if (ch === "[") {
      const close = t.indexOf("]", i + 1);
      const nested = t.indexOf("[", i + 1);
      if (close < 0 || close - i > MAX_BRACKET || (nested >= 0 && nested < close)) continue;
      const inner = t.slice(i + 1, close).trim();
      if (inner === "sic") marks.push({ kind: "sic", ...span(i, close + 1) });
      else if (inner === "\u2026" || inner === "") {
        if (inner) marks.push({ kind: "ellipsis", ...span(i, close + 1) });
      } else marks.push({ kind: "bracket", ...span(i, close + 1) });
      i = close;
    } else if (ch === "(" && t.startsWith("(sic)", i)) {
      marks.push({ kind: "sic", ...span(i, i + 5) });
      i += 4;
    }
  }
  return marks;
}

function toQuoteWord(word: ReturnType<typeof matchWords>[number]): QuoteWord {
  return { ...word, editedLetters: false, sic: undefined };
}

/**
 * Splits a printed quote into the units alignment works on: words, `[bracketed]`
 * editorial groups (which may stand for any source words), and the ellipses between
 * them (where the source may have any words). `[T]he` and `communicat[ing]` stay one
 * word with edited letters; `[sic]` is noted on the word before it.
 */
export function parseQuote(text: string): ParsedQuote {
  const words = matchWords(text).map(toQuoteWord);
  const marks = findMarks(text);
  const findings = normalize(text).findings.map((f) => ({
    kind: f.kind,
    start: f.start,
    end: f.end,
  }));
  const removed = new Set<QuoteWord>();
  const groups = new Map<QuoteWord, BracketGroup>();
  const ellipsisBefore: { start: number; end: number }[] = [];

  for (const mark of marks) {
    if (mark.kind === "ellipsis") {
      ellipsisBefore.push(mark);
      continue;
    }
    const inside = words.filter((w) => w.start >= mark.start && w.end <= mark.end);
    if (mark.kind === "sic") {
      for (const w of inside) removed.add(w);
      const before = words.filter((w) => w.end <= mark.start && !removed.has(w)).pop();
      if (before) before.sic = { start: mark.start, end: mark.end };
      continue;
    }
    const joinsBefore = isWordChar(text[mark.start - 1]);
    const joinsAfter = isWordChar(text[mark.end]);
    if (joinsBefore || joinsAfter) {
      // Letters changed inside a word: `[T]he`, `communicat[ing]`, `organi[z]ation`.
      const parts = words.filter(
        (w) =>
          (w.start >= mark.start && w.end <= mark.end) ||
          (joinsBefore && w.end === mark.start) ||
          (joinsAfter && w.start === mark.end),
      );
      if (parts.length === 0) continue;
      const merged = parts[0]!;
      merged.norm = parts.map((w) => w.norm).join("");
      merged.start = Math.min(merged.start, mark.start);
      merged.end = Math.max(parts[parts.length - 1]!.end, mark.end);
      merged.capitalized = /^\[?\p{Lu}/u.test(text.slice(merged.start, merged.start + 3));
      merged.editedLetters = true;
      Object.assign(merged, wordFeatures(merged.norm), { spellingKey: merged.norm });
      for (const w of parts.slice(1)) removed.add(w);
      continue;
    }
    if (inside.length === 0) continue;
    let end = mark.end;
    // `[Biden]'s plan`: the possessive belongs to the bracketed words.
    const next = words.find((w) => w.start > mark.end);
    if (
      next &&
      next.norm === "s" &&
      next.start === mark.end + 1 &&
      /['\u2019]/.test(text[mark.end]!)
    ) {
      removed.add(next);
      end = next.end;
    }
    const group: BracketGroup = { start: mark.start, end, words: inside };
    groups.set(inside[0]!, group);
    for (const w of inside.slice(1)) removed.add(w);
  }

  const units: QuoteUnit[] = [];
  for (const word of words) {
    if (removed.has(word)) continue;
    const group = groups.get(word);
    units.push(group ? { type: "bracket", group } : { type: "word", word });
  }
  const ellipsisAfter = new Set<number>();
  const ellipsisAt = new Map<number, { start: number; end: number }>();
  for (const mark of ellipsisBefore) {
    let index = -1;
    for (let u = 0; u < units.length; u++) {
      if (unitEnd(units[u]!) <= mark.start) index = u;
      else break;
    }
    ellipsisAfter.add(index);
    if (!ellipsisAt.has(index)) ellipsisAt.set(index, { start: mark.start, end: mark.end });
  }
  return { text, units, ellipsisAfter, ellipsisAt, findings };
}

export function unitStart(unit: QuoteUnit): number {
  return unit.type === "word" ? unit.word.start : unit.group.start;
}

export function unitEnd(unit: QuoteUnit): number {
  return unit.type === "word" ? unit.word.end : unit.group.end;
}
