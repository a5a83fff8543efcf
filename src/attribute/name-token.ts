import { type Token, WORD } from "../extract/tokens.js";
import {
  DOCUMENT_NOUNS,
  KNOWN_ORGANIZATIONS,
  MODIFIERS,
  NATIONALITIES,
  ORGANIZATION_NOUNS,
  ORGANIZATION_WORDS,
  ROLE_NOUNS,
  TITLE_ROLES,
  TITLES,
} from "./lexicon/roles.js";

/** Capitalised words that are never part of a person's name: roles, institutions, places, times. */
const NOT_NAMES: ReadonlySet<string> = new Set([
  ...TITLES,
  ...TITLE_ROLES.keys(),
  ...ROLE_NOUNS,
  ...ORGANIZATION_WORDS,
  ...KNOWN_ORGANIZATIONS,
  ...MODIFIERS,
  ...DOCUMENT_NOUNS,
  ...ORGANIZATION_NOUNS,
  ...NATIONALITIES,
]);

/** A capitalised word that can be part of a person's name (not a role, institution or acronym). */
export function isNameToken(text: string, t: Token): boolean {
  if (t.kind !== WORD || !t.cap) return false;
  const lower = t.lower;
  if (NOT_NAMES.has(lower)) return false;
  // `Super-agent Luca Bellini`, `Co-star Tamsin Beckett`: a role joined by a hyphen.
  const hyphen = lower.lastIndexOf("-");
  if (hyphen > 0 && ROLE_NOUNS.has(lower.slice(hyphen + 1))) return false;
  if (lower.endsWith("'s") || lower.endsWith("’s"))
    return lower.length > 2 && isPossessiveName(text, t);
  // Acronyms (`NSC`, `FBI`) name institutions; initials (`F.`) are part of names.
  return !isAcronym(text, t);
}

function isPossessiveName(text: string, t: Token): boolean {
  return !isAcronym(text, { ...t, end: t.end - 2 });
}

function isAcronym(text: string, t: Token): boolean {
  if (t.end - t.start < 2) return false;
  for (let i = t.start; i < t.end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) return false;
  }
  return text.charCodeAt(t.end - 1) !== 0x2e;
}
