import { addFinding, emitFolded, type FoldStep, type NormalizeContext } from "../context.js";

/**
 * Cyrillic, Greek and other letters that render like a Latin letter. Folded only
 * inside Latin text (see `shouldFold`), so genuine Russian or Greek words stay as written.
 */
const LOOKALIKES: ReadonlyMap<number, string> = new Map(
  Object.entries({
    // Cyrillic lower case
    "\u0430": "a",
    "\u0435": "e",
    "\u043e": "o",
    "\u0440": "p",
    "\u0441": "c",
    "\u0443": "y",
    "\u0445": "x",
    "\u0456": "i",
    "\u0458": "j",
    "\u0455": "s",
    "\u0501": "d",
    "\u04bb": "h",
    "\u051b": "q",
    "\u051d": "w",
    "\u04cf": "l",
    "\u0475": "v",
    "\u044c": "b",
    // Cyrillic upper case
    "\u0410": "A",
    "\u0412": "B",
    "\u0415": "E",
    "\u041a": "K",
    "\u041c": "M",
    "\u041d": "H",
    "\u041e": "O",
    "\u0420": "P",
    "\u0421": "C",
    "\u0422": "T",
    "\u0425": "X",
    "\u0406": "I",
    "\u0408": "J",
    "\u0405": "S",
    "\u04ae": "Y",
    "\u051a": "Q",
    "\u051c": "W",
    "\u04c0": "I",
    // Greek lower case
    "\u03bf": "o",
    "\u03b1": "a",
    "\u03bd": "v",
    "\u03b9": "i",
    "\u03ba": "k",
    "\u03c1": "p",
    "\u03c5": "u",
    "\u03f2": "c",
    "\u03f3": "j",
    // Greek upper case
    "\u0391": "A",
    "\u0392": "B",
    "\u0395": "E",
    "\u0396": "Z",
    "\u0397": "H",
    "\u0399": "I",
    "\u039a": "K",
    "\u039c": "M",
    "\u039d": "N",
    "\u039f": "O",
    "\u03a1": "P",
    "\u03a4": "T",
    "\u03a5": "Y",
    "\u03a7": "X",
    "\u03f9": "C",
    // Armenian and Latin-extended look-alikes
    "\u0585": "o",
    "\u0578": "n",
    "\u057d": "u",
    "\u0131": "i",
    "\u0269": "i",
    "\u0261": "g",
  }).map(([char, latin]) => [char.charCodeAt(0), latin]),
);

export function lookalikeOf(code: number): string | undefined {
  return LOOKALIKES.get(code);
}

const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;
/** How far the word scan looks, so a 10 MB run of letters stays linear. */
const SCAN_LIMIT = 64;

function isLatinLetter(code: number): boolean {
  return (
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) ||
    (code >= 0x1e00 && code <= 0x1eff)
  );
}

/**
 * Whether the character at `j` is a Latin letter (true), another letter (false) or
 * not a letter at all (undefined). Compatibility forms count as what they fold to,
 * and surrogate pairs are read whole, so the answer is the same before and after normalizing.
 */
function letterScriptAt(text: string, j: number): boolean | undefined {
  const code = text.charCodeAt(j);
  if (code < 0x80) return isLatinLetter(code) ? true : undefined;
  let char = text[j]!;
  if (code >= 0xd800 && code <= 0xdbff) char = String.fromCodePoint(text.codePointAt(j)!);
  else if (code >= 0xdc00 && code <= 0xdfff && j > 0)
    char = String.fromCodePoint(text.codePointAt(j - 1)!);
  const folded = char.normalize("NFKC");
  if (!LETTER.test(folded)) return undefined;
  return isLatinLetter(folded.charCodeAt(0));
}

function isWordCharAt(text: string, j: number): boolean {
  const code = text.charCodeAt(j);
  if (LOOKALIKES.has(code)) return true;
  if (code >= 0x80 && MARK.test(text[j]!)) return true;
  return letterScriptAt(text, j) !== undefined;
}

/** The script of the nearest letter before (`step` -1) or after (+1) `from` that is not itself a look-alike. */
function neighbourIsLatin(text: string, from: number, step: 1 | -1): boolean | undefined {
  for (let j = from, n = 0; j >= 0 && j < text.length && n < SCAN_LIMIT; j += step, n++) {
    if (LOOKALIKES.has(text.charCodeAt(j))) continue;
    const script = letterScriptAt(text, j);
    if (script !== undefined) return script;
  }
  return undefined;
}

/**
 * A word is folded when it mixes Latin letters with look-alikes (`nоt` with a
 * Cyrillic о), or consists only of look-alikes and sits next to Latin words (a
 * Cyrillic `а` used as the article). A real Cyrillic or Greek word is left alone.
 */
function shouldFold(text: string, start: number, end: number): boolean {
  let latin = false;
  let foreign = false;
  for (let j = start; j < end; j++) {
    if (LOOKALIKES.has(text.charCodeAt(j))) continue;
    const script = letterScriptAt(text, j);
    if (script === true) latin = true;
    else if (script === false) foreign = true;
  }
  if (latin) return true;
  if (foreign) return false;
  const before = neighbourIsLatin(text, start - 1, -1);
  const after = neighbourIsLatin(text, end, 1);
  return before !== false && after !== false;
}

export const confusables: FoldStep = {
  name: "confusables",
  claims: (code) => LOOKALIKES.has(code),
  apply(ctx: NormalizeContext, i: number): number {
    const { text } = ctx;
    if (i >= ctx.wordEnd) {
      let start = i;
      while (start > 0 && i - start < SCAN_LIMIT && isWordCharAt(text, start - 1)) start--;
      let end = i + 1;
      while (end < text.length && end - i < SCAN_LIMIT && isWordCharAt(text, end)) end++;
      ctx.wordEnd = end;
      ctx.wordFold = shouldFold(text, start, end);
    }
    const code = text.charCodeAt(i);
    if (ctx.wordFold) {
      const latin = LOOKALIKES.get(code)!;
      addFinding(ctx, "confusable", i, i + 1, latin);
      ctx.baseOut = ctx.out.length;
      ctx.baseIn = i;
      emitFolded(ctx, latin, i, i + 1);
    } else {
      ctx.baseOut = ctx.out.length;
      ctx.baseIn = i;
      emitFolded(ctx, String.fromCharCode(code), i, i + 1);
    }
    return i + 1;
  },
};
