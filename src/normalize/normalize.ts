import { assertString, InvalidInputError } from "../errors.js";
import { NormalizeBuilder } from "./builder.js";
import {
  type FoldStep,
  isHighSurrogate,
  isLowSurrogate,
  type NormalizeContext,
  type NormalizeFinding,
} from "./context.js";
import {
  type NormalizeOptions,
  type NormalizeStep,
  type ResolvedNormalizeOptions,
  resolveNormalizeOptions,
} from "./options.js";
import { compatibility, hasCompatibilityForm } from "./steps/compatibility.js";
import { composition } from "./steps/composition.js";
import { confusables } from "./steps/confusables.js";
import { dashes } from "./steps/dashes.js";
import { ellipses } from "./steps/ellipses.js";
import { hasInvisibles, removeInvisibles } from "./steps/invisibles.js";
import { quotes } from "./steps/quotes.js";
import { spaces } from "./steps/spaces.js";

/**
 * Steps in priority order: the first that claims a character handles it. The
 * invisibles step is not here: it runs first, as a pass of its own (see removeInvisibles).
 */
const STEPS: readonly FoldStep[] = [
  spaces,
  quotes,
  dashes,
  ellipses,
  confusables,
  compatibility,
  composition,
];

/** Class 0: ASCII that passes through unchanged (modulo case). 1: other, handled generically. 2+: STEPS[class - 2]. */
const PLAIN = 0;
const GENERIC = 1;
let classTable: Uint8Array | undefined;

/** Built on first use (it asks NFKC about every BMP character, ~tens of ms), never at import. */
function getClassTable(): Uint8Array {
  if (classTable) return classTable;
  const table = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    let cls = code < 0x80 ? PLAIN : GENERIC;
    for (let s = 0; s < STEPS.length; s++) {
      if (STEPS[s]!.claims(code)) {
        cls = s + 2;
        break;
      }
    }
    table[code] = cls;
  }
  classTable = table;
  return table;
}

/** The result of normalize(): the folded text and a map back to the original. */
export interface NormalizedText {
  /** The folded text. */
  readonly text: string;
  /** Length of the original text. */
  readonly originalLength: number;
  /** Invisible and confusable characters found, in original offsets, in order. */
  readonly findings: readonly NormalizeFinding[];
  /**
   * Maps an offset in `text` (0..text.length inclusive) to an offset in the
   * original: the start of the original characters that produced `text[offset]`,
   * or the original length for `offset === text.length`.
   */
  toOriginal(offset: number): number;
  /** Maps a half-open span of `text` to the span of the original it was produced from. */
  toOriginalSpan(start: number, end: number): { start: number; end: number };
  /** The first offset in `text` whose source starts at or after original `offset`. */
  fromOriginal(offset: number): number;
}

class Normalized implements NormalizedText {
  constructor(
    readonly text: string,
    readonly originalLength: number,
    readonly findings: readonly NormalizeFinding[],
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
  ) {}

  private check(offset: number, limit: number, name: string): void {
    if (!Number.isInteger(offset) || offset < 0 || offset > limit) {
      throw new InvalidInputError(
        `${name} must be an integer between 0 and ${limit}, got ${offset}`,
        [name],
      );
    }
  }

  toOriginal(offset: number): number {
    this.check(offset, this.text.length, "offset");
    return offset === this.text.length ? this.originalLength : this.starts[offset]!;
  }

  toOriginalSpan(start: number, end: number): { start: number; end: number } {
    this.check(start, this.text.length, "start");
    this.check(end, this.text.length, "end");
    if (end < start)
      throw new InvalidInputError(`end (${end}) is before start (${start})`, ["end"]);
    const from = this.toOriginal(start);
    if (end === start) return { start: from, end: from };
    return { start: from, end: this.ends[end - 1]! };
  }

  fromOriginal(offset: number): number {
    this.check(offset, this.originalLength, "offset");
    let lo = 0;
    let hi = this.text.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** A character no step claimed (or whose step is off): surrogate pairs, case, astral invisibles. */
function emitGeneric(ctx: NormalizeContext, i: number): number {
  const { text, out, options } = ctx;
  const code = text.charCodeAt(i);
  if (isHighSurrogate(code) && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))) {
    const pair = text.slice(i, i + 2);
    ctx.baseOut = out.length;
    ctx.baseIn = i;
    let value = options.compatibility && hasCompatibilityForm(pair) ? pair.normalize("NFKC") : pair;
    if (options.caseFold) value = value.toLowerCase();
    out.pushString(value, i, i + 2);
    return i + 2;
  }
  ctx.baseOut = out.length;
  ctx.baseIn = i;
  if (options.caseFold && code >= 0x80) {
    out.pushString(String.fromCharCode(code).toLowerCase(), i, i + 1);
  } else if (options.caseFold && code >= 0x41 && code <= 0x5a) {
    out.push(code + 32, i, i + 1);
  } else {
    out.push(code, i, i + 1);
  }
  return i + 1;
}

function enabledSteps(options: ResolvedNormalizeOptions): boolean[] {
  return STEPS.map((step) => options[step.name as Exclude<NormalizeStep, "caseFold">]);
}

/** Rewrites output ranges given in the cleaned text to ranges in the text before cleaning. */
function remapThroughRemoval(out: NormalizeBuilder, sourceOffsets: Int32Array): void {
  for (let k = 0; k < out.length; k++) {
    out.starts[k] = sourceOffsets[out.starts[k]!]!;
    out.ends[k] = sourceOffsets[out.ends[k]! - 1]! + 1;
  }
}

/**
 * Folds typography so that texts that read the same compare equal, keeping a map
 * from every offset of the result back to the original text.
 *
 * @throws InvalidInputError when `text` is not a string or an option is invalid.
 */
export function normalize(text: string, options?: NormalizeOptions): NormalizedText {
  assertString(text, "text");
  return normalizeUnchecked(text, resolveNormalizeOptions(options));
}

/** normalize() for callers that already validated their arguments (hot paths). */
export function normalizeUnchecked(
  original: string,
  options: ResolvedNormalizeOptions,
): NormalizedText {
  const table = getClassTable();
  const findings: NormalizeFinding[] = [];
  let text = original;
  let sourceOffsets: Int32Array | undefined;
  if (options.invisibles && hasInvisibles(original)) {
    const cleaned = removeInvisibles(original, findings);
    text = cleaned.text;
    sourceOffsets = cleaned.sourceOffsets;
  }
  const enabled = enabledSteps(options);
  const out = new NormalizeBuilder(text.length + 16);
  const ctx: NormalizeContext = {
    text,
    options,
    out,
    findings: [],
    baseOut: -1,
    baseIn: -1,
    wordEnd: -1,
    wordFold: false,
  };
  const caseFold = options.caseFold;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const cls = table[code]!;
    if (cls === PLAIN) {
      // Hot path: ASCII letters, digits and punctuation no step cares about.
      ctx.baseOut = out.length;
      ctx.baseIn = i;
      out.push(caseFold && code >= 0x41 && code <= 0x5a ? code + 32 : code, i, i + 1);
      i++;
    } else if (cls >= 2 && enabled[cls - 2]) {
      i = STEPS[cls - 2]!.apply(ctx, i);
    } else {
      i = emitGeneric(ctx, i);
    }
  }
  if (sourceOffsets) {
    remapThroughRemoval(out, sourceOffsets);
    // Confusable findings were recorded in cleaned offsets.
    for (const finding of ctx.findings) {
      finding.start = sourceOffsets[finding.start]!;
      finding.end = sourceOffsets[finding.end - 1]! + 1;
    }
    findings.push(...ctx.findings);
    findings.sort((a, b) => a.start - b.start);
  } else {
    findings.push(...ctx.findings);
  }
  return new Normalized(out.toString(), original.length, findings, out.starts, out.ends);
}
