export { AlignScratch, align } from "./align.js";
export { relate, StemCache, type WordRelation } from "./compare.js";
export { parseQuote, unitEnd, unitStart } from "./parse-quote.js";
export { sourceWords } from "./source-words.js";
export type * from "./types.js";
export { matchWords } from "./words.js";
