/**
 * The YAML-like header some transcripts start with (`---` … `---`): `key: value` pairs
 * with plain, single- and double-quoted scalars (escapes such as `\_` for a no-break
 * space, and line folding), `|`/`>` blocks and `- item` lists. Anything else is kept
 * as its raw text: a header never makes an import fail.
 */
export interface FrontMatter {
  fields: Record<string, string | string[]>;
  /** Offset of the first character after the header (0 when there is none). */
  bodyStart: number;
}

const KEY = /^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+|$)/;

export function parseFrontMatter(text: string): FrontMatter {
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const first = readLine(text, pos);
  if (first.content.trimEnd() !== "---") return { fields: {}, bodyStart: 0 };
  pos = first.next;
  const lines: string[] = [];
  let closed = false;
  while (pos < text.length) {
    const line = readLine(text, pos);
    pos = line.next;
    const trimmed = line.content.trimEnd();
    if (trimmed === "---" || trimmed === "...") {
      closed = true;
      break;
    }
    lines.push(line.content);
  }
  if (!closed) return { fields: {}, bodyStart: 0 };
  return { fields: parseFields(lines), bodyStart: pos };
}

function readLine(text: string, pos: number): { content: string; next: number } {
  let end = text.indexOf("\n", pos);
  const next = end < 0 ? text.length : end + 1;
  if (end < 0) end = text.length;
  const content = text.slice(pos, end > pos && text.charCodeAt(end - 1) === 13 ? end - 1 : end);
  return { content, next };
}

function parseFields(lines: string[]): Record<string, string | string[]> {
  const fields: Record<string, string | string[]> = {};
  let i = 0;
  while (i < lines.length) {
    const match = KEY.exec(lines[i]!);
    if (!match) {
      i++;
      continue;
    }
    const key = match[1]!;
    const first = lines[i]!.slice(match[0].length);
    const continuation: string[] = [];
    i++;
    while (
      i < lines.length &&
      (/^[ \t]/.test(lines[i]!) || lines[i]!.trim() === "" || /^- /.test(lines[i]!))
    ) {
      if (KEY.test(lines[i]!)) break;
      continuation.push(lines[i]!);
      i++;
    }
    fields[key] = scalar(first, continuation);
  }
  return fields;
}

function scalar(first: string, continuation: string[]): string | string[] {
  const head = first.trim();
  if (head.startsWith('"')) return doubleQuoted([first.trimStart(), ...continuation].join("\n"));
  if (head.startsWith("'")) return singleQuoted([first.trimStart(), ...continuation].join("\n"));
  if (head === "|" || head === ">" || /^[|>][+-]?$/.test(head)) {
    const body = continuation.map((l) => l.trim());
    return head.startsWith("|") ? body.join("\n").trim() : fold(body).trim();
  }
  if (head === "" && continuation.some((l) => /^\s*- /.test(l))) {
    return continuation
      .filter((l) => /^\s*- /.test(l))
      .map((l) => unquote(l.replace(/^\s*- /, "").trim()));
  }
  // A YAML comment: ` #` and the rest of the line.
  const comment = head.search(/\s#/);
  const plain = comment < 0 ? head : head.slice(0, comment);
  return fold([plain, ...continuation.map((l) => l.trim())]).trim();
}

function unquote(value: string): string {
  if (value.startsWith('"')) return doubleQuoted(value);
  if (value.startsWith("'")) return singleQuoted(value);
  return value;
}

/** YAML line folding: a single line break is a space, an empty line a newline. */
function fold(lines: string[]): string {
  let out = "";
  let pendingBreaks = 0;
  for (const line of lines) {
    if (line === "") {
      pendingBreaks++;
      continue;
    }
    if (out !== "") out += pendingBreaks > 0 ? "\n".repeat(pendingBreaks) : " ";
    pendingBreaks = 0;
    out += line;
  }
  return out;
}

const ESCAPES: Readonly<Record<string, string>> = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  t: "\t",
  "\t": "\t",
  n: "\n",
  v: "\v",
  f: "\f",
  r: "\r",
  e: "\x1b",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  N: "\u0085",
  _: "\u00a0",
  L: "\u2028",
  P: "\u2029",
};

const HEX_LENGTH: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };

function doubleQuoted(raw: string): string {
  let out = "";
  let i = 1;
  // Folding state: trailing unescaped whitespace before a line break is dropped.
  while (i < raw.length) {
    const c = raw[i]!;
    if (c === '"') break;
    if (c === "\\") {
      const next = raw[i + 1];
      if (next === "\n") {
        // Escaped line break: joins the lines with nothing; the next line's indentation goes.
        i += 2;
        while (i < raw.length && (raw[i] === " " || raw[i] === "\t")) i++;
        continue;
      }
      if (next !== undefined && next in HEX_LENGTH) {
        const digits = raw.slice(i + 2, i + 2 + HEX_LENGTH[next]!);
        const code = Number.parseInt(digits, 16);
        if (
          /^[0-9a-fA-F]+$/.test(digits) &&
          digits.length === HEX_LENGTH[next] &&
          code <= 0x10ffff
        ) {
          out += String.fromCodePoint(code);
          i += 2 + digits.length;
          continue;
        }
      }
      if (next !== undefined && next in ESCAPES) {
        out += ESCAPES[next];
        i += 2;
        continue;
      }
      out += c;
      i++;
      continue;
    }
    if (c === "\n") {
      [out, i] = foldLineBreak(raw, i, out);
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

/**
 * YAML flow folding inside a quoted scalar: a single line break is a space, n blank
 * lines are n newlines, and the spaces around them go.
 */
function foldLineBreak(raw: string, at: number, out: string): [string, number] {
  let i = at;
  let breaks = 0;
  while (i < raw.length && /[\n \t]/.test(raw[i]!)) {
    if (raw[i] === "\n") breaks++;
    i++;
  }
  let end = out.length;
  while (end > 0 && (out[end - 1] === " " || out[end - 1] === "\t")) end--;
  return [out.slice(0, end) + (breaks > 1 ? "\n".repeat(breaks - 1) : " "), i];
}

function singleQuoted(raw: string): string {
  let out = "";
  let i = 1;
  while (i < raw.length) {
    const c = raw[i]!;
    if (c === "'") {
      if (raw[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      break;
    }
    if (c === "\n") {
      [out, i] = foldLineBreak(raw, i, out);
      continue;
    }
    out += c;
    i++;
  }
  return out;
}
