import { z } from "zod";
import { assertString, InvalidInputError } from "../../errors.js";
import { parsePersonName, REPORTER } from "../person-name.js";
import { type Statement, StatementSourceSchema } from "../schema.js";
import { bylineSpeaker } from "./byline.js";
import { type FrontMatter, parseFrontMatter } from "./front-matter.js";
import { splitLines } from "./lines.js";
import { type Mention, MentionIndex, selfIntroductions } from "./mentions.js";
import { dropHeaders, flatBody, type Paragraph, paragraphsOf } from "./paragraphs.js";
import { labelKey, type Resolution, SpeakerResolver } from "./resolve-speaker.js";
import { idPrefixOf, sourceOf } from "./source.js";
import { canonicalLabels, findTurns } from "./turns.js";

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
