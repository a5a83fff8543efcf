import { BREAK, PUNCT, QUOTE, type Token, WORD } from "../extract/tokens.js";
import { nationOf } from "./lexicon/nationalities.js";

/**
 * The nations a text connects with a person where it names them: in the words
 * before the name (`Swedish midfielder Anders Lindqvist`, `Scotland's Callum
 * Reid`) and in an apposition or relative clause after it (`Eirik Solbakken, the
 * Norwegian striker,`, `Teodor Kasprzak, who joined from Poland's Lech Poznań,`).
 */

/** Longest apposition or relative clause read after the name, in tokens. */
const MAX_AFTER = 20;

export function nationsAround(
  tokens: readonly Token[],
  first: number,
  name: number,
  last: number,
): Set<string> | undefined {
  const nations = new Set<string>();
  const add = (t: Token) => {
    if (t.kind !== WORD) return;
    const nation = nationOf(t.lower);
    if (nation) nations.add(nation);
  };
  for (let k = first; k < name; k++) add(tokens[k]!);
  if (tokens[last + 1]?.kind === PUNCT && tokens[last + 1]!.lower === ",") {
    for (let k = last + 2; k < tokens.length && k <= last + 1 + MAX_AFTER; k++) {
      const t = tokens[k]!;
      if (t.kind === BREAK || t.kind === QUOTE) break;
      if (t.kind === PUNCT && t.lower !== "'" && t.lower !== "-") break;
      add(t);
    }
  }
  return nations.size > 0 ? nations : undefined;
}
