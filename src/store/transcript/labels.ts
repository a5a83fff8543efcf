import { isLayoutSpace } from "./lines.js";

/** A speaker label at the start of a line: `MR. KIRBY:`, `Q`, or (plain format) `Jane Doe:`. */
export interface LabelMatch {
  /** The label as printed, spaces collapsed (`MS. JEAN-PIERRE`; `Q` for a reporter). */
  label: string;
  reporter: boolean;
  /** Offset where the label starts. */
  start: number;
  /** Offset where the turn's words start (after the colon and spaces). */
  contentStart: number;
  /** Spaces between the colon (or `Q`) and the words: the White House files use two. */
  gap: number;
}

/**
 * Labels that head a paragraph but name no speaker (`SUBJECT:` in a memorandum,
 * `NOTE:`): their paragraph stays with the current speaker.
 */
const NOT_SPEAKERS = new Set([
  "AS PREPARED FOR DELIVERY",
  "BACKGROUND",
  "CORRECTION",
  "DATE",
  "EDITOR'S NOTE",
  "EDITOR’S NOTE",
  "EMBARGOED",
  "END",
  "LOCATION",
  "NOTE",
  "PLACE",
  "SOURCE",
  "SUBJECT",
  "TIME",
  "TRANSCRIPT",
  "UPDATE",
]);

const MAX_LABEL = 60;

function isUpper(code: number): boolean {
  return code >= 0x41 && code <= 0x5a;
}

function isLower(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

/** Characters an upper-case label may contain besides capitals: `MS. O’CONNELL`, `R&D`. */
function isLabelChar(code: number): boolean {
  return (
    isUpper(code) ||
    (code >= 0x30 && code <= 0x39) ||
    code === 0x20 ||
    code === 0xa0 ||
    code === 0x2e ||
    code === 0x2c ||
    code === 0x27 ||
    code === 0x2019 ||
    code === 0x2d ||
    code === 0x26 ||
    code === 0x2f ||
    code === 0x28 ||
    code === 0x29 ||
    (code >= 0xc0 && code <= 0xde && code !== 0xd7)
  );
}

function gapAfter(text: string, pos: number, end: number): number {
  let i = pos;
  while (i < end && isLayoutSpace(text.charCodeAt(i))) i++;
  return i - pos;
}

function collapse(label: string): string {
  return label.replace(/[\s\u00a0]+/g, " ").trim();
}

/** `Q    Thank you.` / `Q: Thank you.` / `Q. Thank you`: a reporter's question. */
function matchReporter(text: string, start: number, end: number): LabelMatch | undefined {
  if (text.charCodeAt(start) !== 0x51) return undefined; // Q
  let pos = start + 1;
  const next = pos < end ? text.charCodeAt(pos) : -1;
  if (next === 0x3a || next === 0x2e) pos++;
  else if (next >= 0 && !isLayoutSpace(next)) return undefined;
  const gap = gapAfter(text, pos, end);
  if (gap === 0 && pos < end) return undefined;
  return {
    label: "Q",
    reporter: true,
    start,
    contentStart: pos + gap,
    gap: gap + (pos - start - 1),
  };
}

/**
 * An upper-case label (`THE PRESIDENT:`), or in the plain format also a capitalized
 * name of up to five words (`Jane Doe:`). Linear: one bounded scan to the colon.
 */
export function matchLabel(
  text: string,
  start: number,
  end: number,
  allowTitleCase: boolean,
): LabelMatch | undefined {
  const reporter = matchReporter(text, start, end);
  if (reporter) return reporter;
  if (!isUpper(text.charCodeAt(start))) return undefined;
  const limit = Math.min(end, start + MAX_LABEL);
  let colon = -1;
  let upperOnly = true;
  let letters = 0;
  for (let i = start; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3a) {
      colon = i;
      break;
    }
    if (isLower(c)) upperOnly = false;
    else if (!isLabelChar(c)) return undefined;
    if (isUpper(c) || isLower(c)) letters++;
  }
  if (colon < 0 || letters < 2) return undefined;
  let label = collapse(text.slice(start, colon));
  let contentFrom = colon + 1;
  // `MR: ZIENTS:` — a bare honorific before the colon is a typo; the name follows.
  if (upperOnly && /^(MR|MS|MRS|DR)\.?$/.test(label)) {
    const again = matchLabel(text, skipSpaces(text, colon + 1, end), end, false);
    if (!again || again.reporter) return undefined;
    label = `${label}. ${again.label}`.replace("..", ".");
    contentFrom = again.contentStart - again.gap;
  }
  if (upperOnly ? !isUpperLabel(label) : !(allowTitleCase && isTitleCaseLabel(label)))
    return undefined;
  if (NOT_SPEAKERS.has(label.toUpperCase())) return undefined;
  const next = contentFrom < end ? text.charCodeAt(contentFrom) : -1;
  // `10:30` is a time, not a label.
  if (next >= 0x30 && next <= 0x39 && !isLayoutSpace(text.charCodeAt(contentFrom - 2)))
    return undefined;
  const gap = gapAfter(text, contentFrom, end);
  return { label, reporter: false, start, contentStart: contentFrom + gap, gap };
}

function skipSpaces(text: string, pos: number, end: number): number {
  return pos + gapAfter(text, pos, end);
}

/** Ends in a letter, a period or a parenthesis, and is not only punctuation and digits. */
function isUpperLabel(label: string): boolean {
  const last = label.charCodeAt(label.length - 1);
  return isUpper(last) || last === 0x2e || last === 0x29 || (last >= 0xc0 && last <= 0xde);
}

/** `Jane Doe`, `Dr. Jane Doe-Smith`, `Reporter`: one to five capitalized words. */
function isTitleCaseLabel(label: string): boolean {
  const words = label.split(" ");
  if (words.length > 5) return false;
  return words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w));
}
