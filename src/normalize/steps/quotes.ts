import { clearBase, type FoldStep, type NormalizeContext } from "../context.js";

const DOUBLE = new Set([
  0x201c, // “
  0x201d, // ”
  0x201e, // „
  0x201f, // ‟
  0x00ab, // «
  0x00bb, // »
  0x2033, // ″ (double prime, often typed for a closing quote)
  0x02ba, // ʺ
  0x301d, // 〝
  0x301e, // 〞
  0x301f, // 〟
  0xff02, // ＂
]);

const SINGLE = new Set([
  0x2018, // ‘
  0x2019, // ’
  0x201a, // ‚
  0x201b, // ‛
  0x2039, // ‹
  0x203a, // ›
  0x2032, // ′
  0x02b9, // ʹ
  0x02bc, // ʼ (modifier letter apostrophe)
  0xff07, // ＇
]);

const APOSTROPHE = 0x27;
const BACKTICK = 0x60;
const DOUBLE_QUOTE = 0x22;

function isSingleMark(code: number): boolean {
  return code === APOSTROPHE || code === BACKTICK || SINGLE.has(code);
}

/**
 * Quote marks and apostrophes to `"` and `'`. Two single marks in a row (`''`, ` `` `, `‘‘`)
 * are a double quote, as some wires and typewritten copy print it.
 */
export const quotes: FoldStep = {
  name: "quotes",
  claims: (code) =>
    code === APOSTROPHE || code === BACKTICK || DOUBLE.has(code) || SINGLE.has(code),
  apply(ctx: NormalizeContext, i: number): number {
    const { text, out } = ctx;
    const code = text.charCodeAt(i);
    clearBase(ctx);
    if (DOUBLE.has(code)) {
      out.push(DOUBLE_QUOTE, i, i + 1);
      return i + 1;
    }
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : -1;
    if (isSingleMark(next)) {
      out.push(DOUBLE_QUOTE, i, i + 2);
      return i + 2;
    }
    out.push(APOSTROPHE, i, i + 1);
    return i + 1;
  },
};
