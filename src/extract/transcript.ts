import { isLetter, isLower, isSpace, isUpper } from "./chars.js";
import type { Span } from "./types.js";

/**
 * Interview layouts printed inside articles: paragraphs that start with a turn
 * label (`Q:`, `A:`, `Question:`, `KIRBY:`, `MR. KIRBY:`, `Kirby:`). The answers
 * are the interviewee's words and the questions the interviewer's.
 *
 * A layout needs at least two labelled paragraphs, and either a question label or
 * a speaker label used twice, so that one-off run-in heads (`Why it matters:`,
 * `Flashback:`) are never read as speakers.
 */

export type TurnRole = "question" | "answer" | "speaker";

export interface Turn {
  role: TurnRole;
  /** The label as printed, without the colon ("Q", "MR. KIRBY", "Kirby"). */
  label: string;
  labelSpan: Span;
  /** The turn's words, one span per paragraph. */
  spans: Span[];
  paragraph: number;
  lastParagraph: number;
}

interface Label {
  role: TurnRole;
  label: string;
  labelSpan: Span;
  contentStart: number;
}

const QUESTION_LABELS = new Set(["q", "question", "interviewer"]);
const ANSWER_LABELS = new Set(["a", "answer"]);
/** Longest label we read: a name with a title ("SECRETARY OF STATE BLINKEN"). */
const MAX_LABEL = 40;

function labelAt(text: string, start: number, end: number): Label | undefined {
  const limit = Math.min(end, start + MAX_LABEL + 2);
  let i = start;
  while (i < limit) {
    const c = text.charCodeAt(i);
    if (c === 0x3a /* : */) break;
    // `Q.` and `A.` are common too, but only for the one-letter labels.
    if (c === 0x2e && i === start + 1 && (isQA(text.charCodeAt(start)) ?? false)) break;
    if (!(isLetter(c) || c === 0x20 || c === 0x2e || c === 0x27 || c === 0x2019 || c === 0x2d))
      return undefined;
    i++;
  }
  if (i >= limit || i === start) return undefined;
  const label = text.slice(start, i).trim();
  const lower = label.toLowerCase();
  let contentStart = i + 1;
  while (contentStart < end && isSpace(text.charCodeAt(contentStart))) contentStart++;
  if (contentStart >= end) return undefined;
  const labelSpan = { start, end: start + label.length };
  if (QUESTION_LABELS.has(lower.replace(/\.$/, "")))
    return { role: "question", label, labelSpan, contentStart };
  if (ANSWER_LABELS.has(lower.replace(/\.$/, "")))
    return { role: "answer", label, labelSpan, contentStart };
  if (text.charCodeAt(i) !== 0x3a) return undefined;
  if (isSpeakerLabel(label)) return { role: "speaker", label, labelSpan, contentStart };
  return undefined;
}

function isQA(code: number): boolean {
  return code === 0x51 || code === 0x41; // Q, A
}

/** `KIRBY`, `MR. KIRBY`, `JANE DOE`, or a capitalised name of one to three words (`Kirby`, `Jane Doe`). */
function isSpeakerLabel(label: string): boolean {
  const words = label.split(" ").filter((w) => w.length > 0);
  if (words.length === 0 || words.length > 4) return false;
  const allCaps = words.every((w) => {
    for (let k = 0; k < w.length; k++) if (isLower(w.charCodeAt(k))) return false;
    return true;
  });
  if (allCaps) return words.some((w) => w.length > 1);
  return words.length <= 3 && words.every((w) => isUpper(w.charCodeAt(0)));
}

/** Finds the interview turns of a text; empty when it has no interview layout. */
export function findTurns(text: string, paragraphs: readonly number[]): Turn[] {
  const labels: (Label | undefined)[] = [];
  const counts = new Map<string, number>();
  let questions = 0;
  for (let p = 0; p < paragraphs.length; p += 2) {
    const label = labelAt(text, paragraphs[p]!, paragraphs[p + 1]!);
    labels.push(label);
    if (!label) continue;
    if (label.role === "question") questions++;
    const key = label.label.toUpperCase();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const labelled = labels.filter((l) => l !== undefined).length;
  const repeated = [...counts.values()].some((n) => n >= 2);
  if (labelled < 2 || (questions === 0 && !repeated)) return [];
  const turns: Turn[] = [];
  let lastLabelled = -1;
  for (let k = labels.length - 1; k >= 0; k--)
    if (labels[k]) {
      lastLabelled = k;
      break;
    }
  for (let k = 0; k < labels.length; k++) {
    const label = labels[k];
    if (!label) continue;
    // Title-case labels count only when repeated; an all-caps label or Q/A always counts.
    if (
      label.role === "speaker" &&
      !isAllCaps(label.label) &&
      (counts.get(label.label.toUpperCase()) ?? 0) < 2
    )
      continue;
    const spans: Span[] = [{ start: label.contentStart, end: paragraphs[k * 2 + 1]! }];
    let last = k;
    // Unlabelled paragraphs between two turns continue the turn before them.
    while (
      last + 1 < lastLabelled &&
      !labels[last + 1] &&
      !isNote(text, paragraphs[(last + 1) * 2]!)
    ) {
      last++;
      spans.push({ start: paragraphs[last * 2]!, end: paragraphs[last * 2 + 1]! });
    }
    turns.push({
      role: label.role,
      label: label.label,
      labelSpan: label.labelSpan,
      spans,
      paragraph: k,
      lastParagraph: last,
    });
  }
  return turns;
}

function isAllCaps(label: string): boolean {
  for (let k = 0; k < label.length; k++) if (isLower(label.charCodeAt(k))) return false;
  return true;
}

/** Editor's notes and stage directions inside a layout: `(Laughter.)`, `[Crosstalk]`, `*`. */
function isNote(text: string, start: number): boolean {
  const c = text.charCodeAt(start);
  return c === 0x28 || c === 0x5b || c === 0x2a;
}
