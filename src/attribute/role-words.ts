import { ROLE_NOUNS, TITLE_ROLES } from "./lexicon/roles.js";

/**
 * Role words in one canonical form, so that a description finds the role it
 * refers back to: `the spokeswoman` → `spokesperson`, `Sen.` → `senator`,
 * `officials` → `official`.
 */

const ROLE_SYNONYMS: Readonly<Record<string, string>> = {
  spokesman: "spokesperson",
  spokeswoman: "spokesperson",
  congressman: "representative",
  congresswoman: "representative",
  lawmaker: "representative",
  chairman: "chair",
  chairwoman: "chair",
  chairperson: "chair",
  advisor: "adviser",
  councilman: "councillor",
  councilwoman: "councillor",
  councilor: "councillor",
  councilmember: "councillor",
};

/** The singular of a lower-case noun (`officials` → `official`, `spokesmen` → `spokesman`). */
export function singular(lower: string): string {
  if (ROLE_NOUNS.has(lower) && !lower.endsWith("s")) return lower;
  if (lower.endsWith("ies")) return `${lower.slice(0, -3)}y`;
  if (lower.endsWith("men")) return `${lower.slice(0, -3)}man`;
  if (lower.endsWith("s") && !lower.endsWith("ss") && lower.length > 3) return lower.slice(0, -1);
  return lower;
}

export function canonicalRole(lower: string): string {
  const s = TITLE_ROLES.get(lower) ?? singular(lower);
  return ROLE_SYNONYMS[s] ?? s;
}

/**
 * Descriptions that refer back to a role under another name: `the author` for a
 * novelist, `the boss` for a manager or a chief executive, `the CEO` for a chief
 * executive. Canonical role words.
 */
const ROLE_FAMILIES: Readonly<Record<string, readonly string[]>> = {
  author: ["author", "novelist", "writer", "poet", "memoirist"],
  writer: ["writer", "author", "novelist", "columnist", "journalist"],
  novelist: ["novelist", "author", "writer"],
  boss: ["boss", "manager", "executive", "chief", "head", "director", "owner"],
  ceo: ["ceo", "executive", "chief"],
  chief: ["chief", "executive", "head"],
  executive: ["executive", "ceo"],
  manager: ["manager", "boss", "coach"],
  coach: ["coach", "manager"],
  minister: ["minister", "secretary"],
  lawyer: ["lawyer", "attorney", "barrister", "solicitor", "counsel"],
  attorney: ["attorney", "lawyer", "counsel", "prosecutor"],
  barrister: ["barrister", "lawyer", "counsel"],
  solicitor: ["solicitor", "lawyer"],
  officer: ["officer", "detective", "constable", "sergeant", "inspector"],
  scientist: ["scientist", "researcher", "professor"],
  researcher: ["researcher", "scientist"],
};

/** The canonical role words a description's head may refer back to. */
export function roleFamily(head: string): readonly string[] {
  const role = canonicalRole(head);
  return ROLE_FAMILIES[role] ?? [role];
}
