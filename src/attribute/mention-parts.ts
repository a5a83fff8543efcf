import { type Token, WORD } from "../extract/tokens.js";
import { DETERMINERS } from "./lexicon/function-words.js";
import { type Gender, genderOfWord } from "./lexicon/gender.js";
import { KNOWN_ORGANIZATIONS, ORGANIZATION_WORDS, TITLE_ROLES, TITLES } from "./lexicon/roles.js";
import type { Mention } from "./mention.js";
import { isNameToken } from "./name-token.js";

/**
 * The parts of a speaker expression around a name: the words before it split into
 * a role and a title (`Pentagon spokesperson` / `Lt. Col.`), and an apposition
 * after it (`, 58, a former schoolteacher,`) giving a role, an age and a gender.
 */

export function genderFromWords(
  tokens: readonly Token[],
  first: number,
  last: number,
): Gender | undefined {
  // `Ms Duarte's husband`: the words before a possessor's 's are the possessor's.
  let from = first;
  for (let k = last - 1; k >= first; k--)
    if (tokens[k]!.lower.endsWith("'s") || tokens[k]!.lower.endsWith("’s")) {
      from = k + 1;
      break;
    }
  for (let k = from; k <= last; k++) {
    const g = genderOfWord(tokens[k]!.lower);
    if (g) return g;
  }
  return undefined;
}

/** Words before the name: trailing honorifics and ranks are the title, the rest the role. */
export function splitRoleAndTitle(
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
  mention: Mention,
): void {
  if (last < first) return;
  let titleStart = last + 1;
  for (let k = last; k >= first; k--) {
    const t = tokens[k]!;
    // A title is capitalised before a name: `Fire chief Ian Ross` has a role, `Chief
    // Inspector Ian Ross` a rank.
    if ((TITLES.has(t.lower) && t.cap) || (TITLE_ROLES.has(t.lower) && k === last)) titleStart = k;
    // `Assistant Chief Constable`, `Deputy Chief Inspector`: a grade of the rank after it.
    else if (t.cap && RANK_GRADES.has(t.lower) && titleStart === k + 1) titleStart = k;
    else break;
  }
  // `Sen.`, `Gov.` name an office: a role, not only a title.
  if (titleStart <= last && titleStart === first) {
    const only = tokens[titleStart]!.lower;
    if (TITLE_ROLES.has(only) && !TITLES.has(only)) {
      mention.role = text.slice(tokens[first]!.start, tokens[last]!.end);
      return;
    }
  }
  if (titleStart <= last) mention.title = text.slice(tokens[titleStart]!.start, tokens[last]!.end);
  let roleEnd = titleStart - 1;
  while (roleEnd >= first && isConnector(tokens[roleEnd]!)) roleEnd--;
  if (roleEnd >= first) {
    const role = text.slice(tokens[first]!.start, tokens[roleEnd]!.end);
    // `Scotland's Callum Reid`, `Police Scotland's …`: a possessor alone is an affiliation.
    const possessorOnly =
      tokens[roleEnd]!.lower.endsWith("s") && isPossessorRun(tokens, first, roleEnd);
    mention.role = possessorOnly ? role.replace(/['’]s$/, "") : role;
  }
}

export function addApposition(
  text: string,
  tokens: readonly Token[],
  apposition: { first: number; last: number },
  mention: Mention,
): void {
  let first = apposition.first;
  const lead = tokens[first]!.lower;
  // `Ola Berg, who is 37,`, `Dunne, who turned 34 last week,`: an age in a relative clause.
  if (lead === "who" && AGE_VERBS.has(tokens[first + 1]?.lower ?? "")) {
    const n = tokens[first + 2]?.lower ?? "";
    if (/^\d{1,3}$/.test(n)) mention.age ??= Number(n);
    return;
  }
  if (lead === "who" || lead === "whose" || lead === "which") return;
  // `Vautrin, now 78 and retired to Brittany,`: an adverb, then perhaps an age.
  if (
    lead === "now" ||
    lead === "then" ||
    lead === "once" ||
    lead === "formerly" ||
    lead === "still"
  )
    // `Adeyemi, then a fourth-year doctoral student,`: the role after the adverb.
    first++;
  if (/^\d{1,3}$/.test(tokens[first]?.lower ?? "")) {
    mention.age = Number(tokens[first]!.lower);
    first++;
    if (tokens[first]?.lower === ",") first++;
    if (tokens[first]?.lower === "and") return;
  }
  if (first > apposition.last) return;
  // `Chief Superintendent Nadia Brooks, of West Yorkshire Police,`
  if (isConnector(tokens[first]!) && first < apposition.last && mention.kind === "name") {
    addAffiliation(mention, text.slice(tokens[first + 1]!.start, tokens[apposition.last]!.end));
    return;
  }
  if (DETERMINERS.has(tokens[first]!.lower) && first < apposition.last) first++;
  if (mention.kind !== "name" || mention.role) return;
  mention.role = text.slice(tokens[first]!.start, tokens[apposition.last]!.end);
  const gender = genderFromWords(tokens, first, apposition.last);
  if (gender && (!mention.gender || mention.genderFromName)) {
    mention.gender = gender;
    mention.genderFromName = false;
  }
}

/**
 * The institution or place a name is attached to (`of Castlebridge Police`, `at the
 * Fenwick Trust`, `Harold Bigge of Wyoming`): where the name ends before the
 * connector, when the words after it are capitalised and name an institution, or a
 * short place after a full name.
 */
export function affiliationAt(
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
): { nameEnd: number } | undefined {
  for (let k = first + 1; k < last; k++) {
    const t = tokens[k]!;
    if (!isConnector(t) || t.cap || !isNameToken(text, tokens[k - 1]!)) continue;
    let institution = false;
    for (let j = k + 1; j <= last; j++) {
      const u = tokens[j]!;
      if (u.kind !== WORD) return undefined;
      const lower = u.lower.replace(/['’]s$/, "");
      if (u.cap) {
        if (ORGANIZATION_WORDS.has(lower) || KNOWN_ORGANIZATIONS.has(lower)) institution = true;
      } else if (lower !== "the" && lower !== "and" && lower !== "&" && lower !== "of") {
        return undefined;
      }
    }
    // `Senator Harold Bigge of Wyoming`: a full name from a place.
    const place = last - k <= 4 && k - 2 >= first && isNameToken(text, tokens[k - 2]!);
    return institution || place ? { nameEnd: k - 1 } : undefined;
  }
  return undefined;
}

/**
 * Adds the institution a person speaks for to their role: after the role if there
 * is one, else after a rank (`Detective Constable, Castlebridge Police`), else alone.
 */
export function addAffiliation(mention: Mention, institution: string): void {
  const lead = mention.role ?? (mention.title && !isHonorific(mention.title) ? mention.title : "");
  mention.role = lead ? `${lead}, ${institution}` : institution;
}

/** Social honorifics, which are not ranks: `Mr.`, `Dr.`, `Dame`. */
function isHonorific(title: string): boolean {
  return HONORIFICS.has(title.toLowerCase().split(/\s+/)[0]!);
}

const HONORIFICS = new Set(
  "mr mr. mrs mrs. ms ms. mx mx. miss dr dr. prof prof. sir dame lord lady rev rev. reverend fr fr. rabbi imam sheikh".split(
    " ",
  ),
);

/** Capitalised words ending in a possessive: `Police Scotland's`. */
function isPossessorRun(tokens: readonly Token[], first: number, last: number): boolean {
  const end = tokens[last]!.lower;
  if (!end.endsWith("'s") && !end.endsWith("’s")) return false;
  for (let k = first; k <= last; k++) if (!tokens[k]!.cap) return false;
  return true;
}

const RANK_GRADES = new Set(["assistant", "deputy", "acting", "vice", "senior", "temporary"]);

const AGE_VERBS = new Set(["is", "was", "turned", "turns"]);

/** `of`, `for`, `at`, `to`: a word joining a name to its affiliation. */
export function isConnector(t: Token): boolean {
  return (
    t.kind === WORD &&
    (t.lower === "of" || t.lower === "for" || t.lower === "at" || t.lower === "to")
  );
}
