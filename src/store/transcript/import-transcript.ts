import { z } from "zod";
import { assertString, InvalidInputError } from "../../errors.js";
import { similarity } from "../../text/distance.js";
import { parsePersonName, REPORTER } from "../person-name.js";
import { type Statement, type StatementSource, StatementSourceSchema } from "../schema.js";
import { bylineSpeaker } from "./byline.js";
import { cleanParagraph } from "./clean-paragraph.js";
import { type FrontMatter, parseFrontMatter } from "./front-matter.js";
import { type LabelMatch, matchLabel } from "./labels.js";
import { type Line, splitLines } from "./lines.js";
import { type Mention, MentionIndex, selfIntroductions } from "./mentions.js";
import { labelKey, type Resolution, SpeakerResolver } from "./resolve-speaker.js";

export const TRANSCRIPT_FORMATS = ["auto", "whitehouse", "plain"] as const;
export type TranscriptFormat = (typeof TRANSCRIPT_FORMATS)[number];

/** Speaker of text no label or title attributes to anyone. */
export const UNKNOWN_SPEAKER = "Unknown speaker";

export const ImportTranscriptOptionsSchema = z
  .object({
    /** `auto` (default) picks `whitehouse` for White House briefing-room files, else `plain`. */
    format: z.enum(TRANSCRIPT_FORMATS).optional(),
    /** The file the text came from: kept in each statement's `location.file`, and the default id prefix. */
    file: z.string().min(1).optional(),
    /** Statement ids are `<idPrefix>#<n>`; default: the file name without extension, else the source URL's last segment. */
    idPrefix: z.string().min(1).optional(),
    /** Source fields that override (or supply) the front matter's. */
    source: StatementSourceSchema.optional(),
    /** Speaker of text before the first label when the title names nobody (default: `Unknown speaker`). */
    speaker: z.string().min(1).optional(),
  })
  .strict();

export type ImportTranscriptOptions = z.infer<typeof ImportTranscriptOptionsSchema>;

/** How one label of a transcript was read (for import statistics and debugging). */
export interface LabelReading {
  /** The label as printed (most frequent spelling). */
  label: string;
  speaker: string;
  resolution: Resolution | "reporter";
  turns: number;
}

export interface TranscriptReading {
  format: "whitehouse" | "plain";
  statements: Statement[];
  labels: LabelReading[];
}

interface Turn {
  line: number;
  match: LabelMatch;
}

interface Paragraph {
  raw: string;
  text: string;
  start: number;
  end: number;
}

/**
 * Turns a speaker-turn transcript into statements, one per turn (see README
 * "Reference store"). Reporters' turns (`Q`) become statements by `Reporter`;
 * stage directions are dropped; labels are resolved to full names from the document.
 *
 * @throws InvalidInputError when `text` is not a string or an option is invalid.
 */
export function importTranscript(text: string, options?: ImportTranscriptOptions): Statement[] {
  return readTranscript(text, options).statements;
}

/** importTranscript() with how each label was resolved. */
export function readTranscript(text: string, options?: ImportTranscriptOptions): TranscriptReading {
  assertString(text, "text");
  const opts = parseOptions(options);
  const front = parseFrontMatter(text);
  const format =
    opts.format === undefined || opts.format === "auto" ? detectFormat(front, text) : opts.format;
  const whitehouse = format === "whitehouse";
  const lines = splitLines(text, front.bodyStart);
  const turns = findTurns(text, lines, whitehouse);
  const source = sourceOf(front, opts.source, whitehouse);
  const canonical = canonicalLabels(turns);
  const otherLabels = [...new Set(canonical.values())]
    .map(parsePersonName)
    .filter((p) => p.surname);
  // Each turn's paragraphs, and the names speakers give themselves (`I'm Joe Biden`).
  const turnParagraphs: Paragraph[][] = [];
  const introductions = new Map<string, Mention[]>();
  for (let t = 0; t < turns.length; t++) {
    const { line, match } = turns[t]!;
    const end = t + 1 < turns.length ? turns[t + 1]!.line : lines.length;
    const paragraphs = paragraphsOf(text, lines, line, end, match, whitehouse);
    turnParagraphs.push(paragraphs);
    if (match.reporter) continue;
    const label = canonical.get(labelKey(match.label))!;
    for (const p of paragraphs) {
      if (!p.text.includes("I") && !p.text.includes("y name")) continue;
      const found = selfIntroductions(p.text);
      if (found.length > 0)
        introductions.set(label, [...(introductions.get(label) ?? []), ...found]);
    }
  }
  const resolver = new SpeakerResolver(
    new MentionIndex(source.title ?? "", flatBody(text, lines)),
    otherLabels,
    introductions,
  );
  const byline = source.title ? bylineSpeaker(source.title) : undefined;
  const fallback = opts.speaker
    ? { speaker: opts.speaker }
    : byline
      ? resolver.resolve(byline)
      : { speaker: UNKNOWN_SPEAKER };
  const prefix = opts.idPrefix ?? idPrefixOf(opts.file, source.url);
  const statements: Statement[] = [];
  const readings = new Map<string, LabelReading>();
  const emit = (
    speaker: string,
    role: string | undefined,
    paragraphs: Paragraph[],
    start: number,
    label?: string,
  ) => {
    const kept = paragraphs.filter((p) => p.text.length > 0);
    if (kept.length === 0) return;
    statements.push({
      id: `${prefix}#${statements.length + 1}`,
      speaker,
      text: kept.map((p) => p.text).join("\n\n"),
      source,
      ...(role ? { role } : {}),
      location: {
        ...(opts.file ? { file: opts.file } : {}),
        start: Math.min(start, kept[0]!.start),
        end: kept[kept.length - 1]!.end,
        ...(label ? { label } : {}),
      },
    });
  };
  const firstTurn = turns.length > 0 ? turns[0]!.line : lines.length;
  const preamble = paragraphsOf(text, lines, 0, firstTurn, undefined, whitehouse);
  const speech = whitehouse ? dropHeaders(preamble) : preamble;
  if (speech.length > 0) {
    const role = "role" in fallback ? fallback.role : undefined;
    emit(fallback.speaker, role, speech, speech[0]!.start);
  }
  for (let t = 0; t < turns.length; t++) {
    const { match } = turns[t]!;
    const paragraphs = turnParagraphs[t]!;
    let speaker: string;
    let role: string | undefined;
    let resolution: LabelReading["resolution"];
    const label = match.reporter ? "Q" : canonical.get(labelKey(match.label))!;
    if (match.reporter) {
      speaker = REPORTER;
      resolution = "reporter";
    } else {
      const resolved = resolver.resolve(label);
      speaker = resolved.speaker;
      role = resolved.role;
      resolution = resolved.resolution;
    }
    const reading = readings.get(label);
    if (reading) reading.turns++;
    else readings.set(label, { label, speaker, resolution, turns: 1 });
    emit(speaker, role, paragraphs, match.start, match.label);
  }
  return { format, statements, labels: [...readings.values()] };
}

function parseOptions(options: unknown): ImportTranscriptOptions {
  if (options === undefined) return {};
  const parsed = ImportTranscriptOptionsSchema.safeParse(options);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = ["options", ...issue.path.map((p) => (typeof p === "symbol" ? String(p) : p))];
    throw new InvalidInputError(`${path.join(".")}: ${issue.message}`, path);
  }
  return parsed.data;
}

/** White House briefing-room files: their front matter, or the `Q` + spaces reporter turns. */
function detectFormat(front: FrontMatter, text: string): "whitehouse" | "plain" {
  const url = front.fields.source_url;
  if (typeof url === "string" && /whitehouse\.gov/i.test(url)) return "whitehouse";
  const tags = front.fields.tags;
  if (tags && /press-briefings|speeches-remarks/.test(String(tags))) return "whitehouse";
  return /^[ \u00a0]*(?:Q(?:\u00a0| {2,})|[A-Z][A-Z. '’-]{1,40}:\u00a0)/m.test(
    text.slice(front.bodyStart, front.bodyStart + 20000),
  )
    ? "whitehouse"
    : "plain";
}

function findTurns(text: string, lines: readonly Line[], whitehouse: boolean): Turn[] {
  const turns: Turn[] = [];
  let seenText = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.blank) continue;
    const previous = lines[i - 1];
    const fresh =
      !seenText || previous === undefined || previous.blank || (whitehouse && previous.hardBreak);
    seenText = true;
    const match = matchLabel(text, line.contentStart, line.end, !whitehouse);
    if (!match) continue;
    // A label inside a wrapped paragraph (`… if there was no\nNATO: another war`) is text,
    // unless it has the two spaces the White House files put after a label.
    if (fresh || (whitehouse && match.gap >= 2)) turns.push({ line: i, match });
  }
  return turns;
}

/**
 * Maps every label spelling to the one it stands for: the same label written with other
 * spaces or periods, and rare misspellings of a frequent label (`THE PRESIDNET`,
 * `MR. SULLIAN`). Labels that differ only in the courtesy title (`MS. KIRBY` / `MR. KIRBY`)
 * are kept apart: they may be two people.
 */
function canonicalLabels(turns: readonly Turn[]): Map<string, string> {
  const counts = new Map<string, { count: number; spellings: Map<string, number> }>();
  for (const { match } of turns) {
    if (match.reporter) continue;
    const key = labelKey(match.label);
    let entry = counts.get(key);
    if (!entry) {
      entry = { count: 0, spellings: new Map() };
      counts.set(key, entry);
    }
    entry.count++;
    entry.spellings.set(match.label, (entry.spellings.get(match.label) ?? 0) + 1);
  }
  const printed = (key: string) =>
    [...counts.get(key)!.spellings.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  const result = new Map<string, string>();
  for (const [key, entry] of counts) {
    let target = key;
    if (entry.count <= 2 && key.length >= 6) {
      for (const [other, o] of counts) {
        if (other === key || o.count < Math.max(3, entry.count * 3)) continue;
        if (sameButCourtesy(key, other)) continue;
        if (similarity(key, other) >= 0.8) {
          target = other;
          break;
        }
      }
    }
    result.set(key, printed(target));
  }
  return result;
}

function sameButCourtesy(a: string, b: string): boolean {
  const sa = a.indexOf(" ");
  const sb = b.indexOf(" ");
  return sa > 0 && sb > 0 && a.slice(sa) === b.slice(sb);
}

/** The paragraphs of lines [from, to); the first line starts after its label, when given. */
function paragraphsOf(
  text: string,
  lines: readonly Line[],
  from: number,
  to: number,
  label: LabelMatch | undefined,
  whitehouse: boolean,
): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let parts: string[] = [];
  let start = -1;
  let end = -1;
  const flush = () => {
    if (parts.length > 0) {
      const raw = parts.join(" ");
      const cleaned = cleanParagraph(raw, whitehouse);
      if (!isTimeStamp(cleaned)) paragraphs.push({ raw, text: cleaned, start, end });
    }
    parts = [];
  };
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (line.blank) {
      flush();
      continue;
    }
    const contentStart = i === from && label ? label.contentStart : line.contentStart;
    if (parts.length === 0) start = contentStart;
    if (contentStart < line.end) parts.push(text.slice(contentStart, line.end));
    end = line.end;
    if (whitehouse && line.hardBreak) flush();
  }
  flush();
  return paragraphs;
}

/** `2:15 P.M. EDT`, `END`, `END 2:50 P.M. EDT`, `###`: layout, not speech. */
function isTimeStamp(text: string): boolean {
  if (text.length > 24) return false;
  return (
    /^(?:END\.?)?\s*(?:\d{1,2}:\d{2}\s*(?:[AP]\.?\s?M\.?)?(?:\s[A-Z]{2,5})?\.?)?$/i.test(text) ||
    /^#+$/.test(text)
  );
}

/**
 * Place and occasion lines above the first words (`James S. Brady Press Briefing Room`,
 * `*Washington, D.C.*`, `Via Teleconference`): short, italic or without a lower-case
 * word, and not ending a sentence. Only leading paragraphs are dropped.
 */
function dropHeaders(paragraphs: Paragraph[]): Paragraph[] {
  let i = 0;
  while (i < paragraphs.length && isHeader(paragraphs[i]!)) i++;
  return paragraphs.slice(i);
}

function isHeader(p: Paragraph): boolean {
  const words = p.text.split(" ");
  if (words.length > 12) return false;
  if (/^\s*\*/.test(p.raw) || !words.some((w) => /^\p{Ll}/u.test(w))) return true;
  return !/[.?!…"”’)]$/.test(p.text);
}

/** The body with wrapped lines joined and paragraphs separated by a blank line (for name lookups). */
function flatBody(text: string, lines: readonly Line[]): string {
  const parts: string[] = [];
  let previousBlank = true;
  for (const line of lines) {
    if (line.blank) {
      if (!previousBlank) parts.push("\n\n");
      previousBlank = true;
      continue;
    }
    if (!previousBlank) parts.push(" ");
    parts.push(text.slice(line.contentStart, line.end));
    previousBlank = false;
  }
  return parts.join("").replace(/[\u00a0\u202f]/g, " ");
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isoDate(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const day = value.trim().slice(0, 10);
  return ISO_DATE.test(day) && !Number.isNaN(Date.parse(day)) ? day : undefined;
}

function cleanTitle(value: string): string {
  return value
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, "")
    .replace(/[\s\u00a0\u202f]+/g, " ")
    .trim();
}

function sourceOf(
  front: FrontMatter,
  override: StatementSource | undefined,
  whitehouse: boolean,
): StatementSource {
  const f = front.fields;
  const title = typeof f.title === "string" && f.title.trim() ? cleanTitle(f.title) : undefined;
  const date = isoDate(f.date) ?? isoDate(f.published_time);
  const url =
    typeof f.source_url === "string" && f.source_url
      ? f.source_url
      : typeof f.url === "string" && f.url
        ? f.url
        : undefined;
  const kind =
    typeof f.kind === "string" && f.kind ? f.kind : kindOf(title, String(f.tags ?? ""), whitehouse);
  return {
    ...(title ? { title } : {}),
    ...(date ? { date } : {}),
    ...(url ? { url } : {}),
    ...(kind ? { kind } : {}),
    ...override,
  };
}

/** `transcript` for briefings, gaggles, calls and press conferences; `statement`; `interview`; else `speech`. */
function kindOf(title: string | undefined, tags: string, whitehouse: boolean): string | undefined {
  const t = title ?? "";
  if (/\binterview\b/i.test(t)) return "interview";
  if (/\b(?:briefing|gaggle|press call|press conference|background call|roundtable)\b/i.test(t))
    return "transcript";
  if (/^statement\b/i.test(t)) return "statement";
  if (/speeches-remarks/.test(tags) || /^(?:remarks|address|excerpts?)\b/i.test(t)) return "speech";
  return whitehouse || t ? "transcript" : undefined;
}

function idPrefixOf(file: string | undefined, url: string | undefined): string {
  if (file) {
    const base = file.split(/[\\/]/).pop()!;
    const dot = base.lastIndexOf(".");
    return dot > 0 ? base.slice(0, dot) : base;
  }
  if (url) {
    const segment = url
      .replace(/[?#].*$/, "")
      .replace(/\/+$/, "")
      .split("/")
      .pop();
    if (segment) return segment;
  }
  return "transcript";
}
