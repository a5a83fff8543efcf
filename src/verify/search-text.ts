import type { ParsedQuote } from "../match/types.js";

/** What to send to the store: the quote's own words, without bracketed editorial words. */
export function searchText(quote: ParsedQuote): string {
  const parts: string[] = [];
  quote.units.forEach((unit, u) => {
    if (unit.type === "word") parts.push(quote.text.slice(unit.word.start, unit.word.end));
    if (quote.ellipsisAfter.has(u)) parts.push("…");
  });
  return parts.join(" ");
}
