import type { NormalizeFinding } from "../context.js";

/** Removed and reported: they can hide inside a word without changing how it looks. */
export function isInvisible(code: number): boolean {
  return (
    code === 0x00ad || // soft hyphen
    code === 0x034f || // combining grapheme joiner
    code === 0x061c || // Arabic letter mark
    code === 0x115f ||
    code === 0x1160 || // Hangul fillers
    code === 0x17b4 ||
    code === 0x17b5 ||
    code === 0x180e || // Mongolian vowel separator
    (code >= 0x200b && code <= 0x200f) || // ZWSP, ZWNJ, ZWJ, LRM, RLM
    (code >= 0x202a && code <= 0x202e) || // bidi embeddings and overrides
    (code >= 0x2060 && code <= 0x2064) || // word joiner, invisible operators
    (code >= 0x2066 && code <= 0x206f) || // bidi isolates, deprecated format characters
    code === 0x3164 || // Hangul filler
    code === 0xfeff || // BOM / zero-width no-break space
    code === 0xffa0 ||
    (code >= 0xfff9 && code <= 0xfffb) // interlinear annotation
  );
}

/** Variation selectors only choose a glyph style (text or emoji): removed, not reported. */
export function isVariationSelector(code: number): boolean {
  return code >= 0xfe00 && code <= 0xfe0f;
}

/** Supplementary-plane invisibles: tag characters (used to smuggle hidden text) and variation selectors. */
function astralInvisible(codePoint: number): "report" | "silent" | false {
  if (codePoint >= 0xe0000 && codePoint <= 0xe007f) return "report";
  if (codePoint >= 0xe0100 && codePoint <= 0xe01ef) return "silent";
  return false;
}

/** Length (1 or 2) of the invisible character at `i`, or 0 when there is none. */
function invisibleAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (isInvisible(code) || isVariationSelector(code)) return 1;
  if (code === 0xdb40 && i + 1 < text.length) {
    // Tags and variation selectors supplement live at U+E0000–U+E01EF (high surrogate 0xDB40).
    return astralInvisible(text.codePointAt(i)!) ? 2 : 0;
  }
  return 0;
}

/** Whether `text` has anything the invisibles step would remove (a cheap first look). */
export function hasInvisibles(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (invisibleAt(text, i) > 0) return true;
  }
  return false;
}

/**
 * The invisibles step runs before all others so that the characters it removes are
 * transparent to them (`a` + ZWJ + U+0301 still composes; `.` ZWSP `..` is still an
 * ellipsis). Returns the text without them, and for every unit of it, its offset in
 * `text`. Findings are added for all but a leading byte-order mark and variation selectors.
 */
export function removeInvisibles(
  text: string,
  findings: NormalizeFinding[],
): { text: string; sourceOffsets: Int32Array } {
  const sourceOffsets = new Int32Array(text.length);
  let kept = "";
  let count = 0;
  let runStart = 0;
  for (let i = 0; i < text.length; ) {
    const length = invisibleAt(text, i);
    if (length === 0) {
      sourceOffsets[count++] = i;
      i++;
      continue;
    }
    kept += text.slice(runStart, i);
    const code = text.charCodeAt(i);
    const silent =
      isVariationSelector(code) ||
      (code === 0xfeff && i === 0) ||
      (length === 2 && astralInvisible(text.codePointAt(i)!) === "silent");
    if (!silent) {
      const char = text.slice(i, i + length);
      findings.push({
        kind: "invisible",
        start: i,
        end: i + length,
        char,
        codePoint: char.codePointAt(0)!,
        replacement: "",
      });
    }
    i += length;
    runStart = i;
  }
  kept += text.slice(runStart);
  return { text: kept, sourceOffsets: sourceOffsets.subarray(0, count) };
}
