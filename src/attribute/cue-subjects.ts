import { type Token, WORD } from "../extract/tokens.js";
import { cueEnd } from "./cues.js";
import { BETWEEN_SUBJECT_AND_CUE } from "./lexicon/function-words.js";
import { readObject } from "./phrase-forward.js";
import { readSubject } from "./subject.js";

/** Where the text makes a name speak: what shows a capitalised name is a person's. */

export function isFollowedByCue(tokens: readonly Token[], k: number): boolean {
  let j = k + 1;
  while (
    j < tokens.length &&
    j < k + 4 &&
    tokens[j]!.kind === WORD &&
    BETWEEN_SUBJECT_AND_CUE.has(tokens[j]!.lower)
  )
    j++;
  return cueEnd(tokens, j, "after") >= 0 || cueEnd(tokens, j, "before") >= 0;
}

/**
 * The last token of every multi-word name that is the subject of a cue
 * (`Mateo Quintero, who started as a porter…, said`) or follows an inverted one
 * (`said Mateo Quintero`): speaking makes a name a person's.
 */
export function cueSubjects(tokens: readonly Token[]): Set<number> {
  const heads = new Set<number>();
  for (let c = 1; c < tokens.length; c++) {
    const t = tokens[c]!;
    if (t.kind !== WORD) continue;
    const end = cueEnd(tokens, c, "after");
    if (end < 0) continue;
    const subject = readSubject(tokens, c - 1, Math.max(0, c - 40));
    if (subject && subject.last > subject.first) heads.add(subject.head ?? subject.last);
    const object = readObject(tokens, end + 1, Math.min(tokens.length - 1, end + 12));
    if (object && object.last > object.first) heads.add(object.head ?? object.last);
  }
  return heads;
}
