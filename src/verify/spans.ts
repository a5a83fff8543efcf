import type { TextSpan } from "../extract/types.js";
import { unitEnd, unitStart } from "../match/index.js";
import type { ParsedQuote, SourceWord } from "../match/types.js";

/** Text spans of alignment pieces in the quote and in the source statement. */
export class Spans {
  constructor(
    readonly quote: ParsedQuote,
    readonly words: readonly SourceWord[],
    readonly sourceText: string,
  ) {}

  /** Quote units `[q, q + qn)`; for qn = 0 the empty span where unit q would begin. */
  quoteUnits(q: number, qn: number): TextSpan {
    const units = this.quote.units;
    if (qn === 0) {
      const at = q > 0 ? unitEnd(units[q - 1]!) : units.length > 0 ? unitStart(units[0]!) : 0;
      return { start: at, end: at, text: "" };
    }
    return this.quoteRange(unitStart(units[q]!), unitEnd(units[q + qn - 1]!));
  }

  quoteRange(start: number, end: number): TextSpan {
    return { start, end, text: this.quote.text.slice(start, end) };
  }

  /** Source words `[s, s + sn)`; for sn = 0 the empty span right after word s - 1. */
  sourceWords(s: number, sn: number): TextSpan {
    const words = this.words;
    if (sn === 0) {
      const at = s > 0 ? words[s - 1]!.end : (words[0]?.start ?? 0);
      return { start: at, end: at, text: "" };
    }
    return this.sourceRange(words[s]!.start, words[s + sn - 1]!.end);
  }

  sourceRange(start: number, end: number): TextSpan {
    return { start, end, text: this.sourceText.slice(start, end) };
  }
}
