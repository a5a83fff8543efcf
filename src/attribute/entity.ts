import type { Gender } from "./lexicon/gender.js";

/** A person the text names, and one place where it mentions them. */

export interface Entity {
  id: number;
  /** The longest name the text gives ("John Kirby"). */
  name: string;
  words: string[];
  gender?: Gender;
  /** The gender is only a first-name hint: a pronoun that refers to the person overrules it. */
  genderFromName?: boolean;
  /**
   * The text shows this is a person (a role, title, age, first name, gender word, or
   * a cue it speaks with), rather than only a pair of capitalised words.
   */
  certain: boolean;
  /**
   * A single capitalised word seen only as the subject of a cue (`Kirby said`): a
   * person or an institution. Pronouns take it only when no certain person fits.
   */
  speaker?: boolean;
  /** Roles seen with the name, longest first. */
  roles: string[];
  /** Singular lower-case words of those roles, titles expanded (`Sen.` → `senator`). */
  roleWords: Set<string>;
  title?: string;
  age?: number;
  /** Nations the text connects with the person (`the Swedish midfielder`, `from Argentina's River Plate`). */
  nations?: Set<string>;
  /**
   * Named only in a byline (`By Owen Marsh`): the article's author, whom interview
   * labels may name but third-person pronouns in the body never refer to.
   */
  byline?: boolean;
  /** Tokens where the text mentions this person, in order. */
  tokens: number[];
}

export interface EntityMention {
  token: number;
  paragraph: number;
  entity: Entity;
  /**
   * Subject of its sentence or speaker of a quotation: preferred by pronouns (which
   * also check, when they resolve, that the entity is a person).
   */
  salient: boolean;
}

export type NameMatch = "explicit" | "surname" | "first-name";
