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
