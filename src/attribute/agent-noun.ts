import { MODIFIERS } from "./lexicon/roles.js";

/** Endings of nouns for people who do something: glaciolog-ist, librar-ian, organis-er. */
const AGENT_SUFFIXES = ["ist", "ian", "er", "or", "ant", "ent", "eur"];

/** A noun for someone who does something (`glaciologist`, `commenter`), lower case, singular. */
export function isAgentNoun(w: string): boolean {
  return (
    w.length >= 6 &&
    !/[\d]/.test(w) &&
    !MODIFIERS.has(w) &&
    AGENT_SUFFIXES.some((suffix) => w.endsWith(suffix))
  );
}
