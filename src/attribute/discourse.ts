import { type Gender, genderOfPronoun } from "./lexicon/gender.js";
import { TITLE_ROLES } from "./lexicon/roles.js";
import { type Mention, singular } from "./mention.js";

/**
 * The people a text has introduced so far, and where it mentioned them: what
 * surname back-references (`Austin` → `Lloyd Austin`), pronouns (`he`) and
 * descriptions (`the spokesperson`) resolve against. One instance per text.
 */

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
  /** Tokens where the text mentions this person, in order. */
  tokens: number[];
}

export interface EntityMention {
  token: number;
  paragraph: number;
  entity: Entity;
  /** Subject of its sentence or speaker of a quotation: preferred by pronouns. */
  salient: boolean;
}

export type NameMatch = "explicit" | "surname" | "first-name";

/** How far back (in paragraphs) a pronoun or description looks for its referent. */
const PRONOUN_WINDOW = 4;
const NOMINAL_WINDOW = 40;

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

export function canonicalRole(lower: string): string {
  const s = TITLE_ROLES.get(lower) ?? singular(lower);
  return ROLE_SYNONYMS[s] ?? s;
}

function key(words: readonly string[]): string {
  return words.join(" ").toLowerCase();
}

export class Discourse {
  readonly entities: Entity[] = [];
  /** Person mentions by paragraph, each list in text order. */
  private readonly byParagraph: EntityMention[][] = [];
  private readonly bySuffix = new Map<string, Entity[]>();
  private readonly byFirst = new Map<string, Entity[]>();

  /** Finds or creates the person a name mention refers to, and records the mention. */
  addName(
    mention: Mention,
    token: number,
    paragraph: number,
    salient: boolean,
    certain = true,
    speaker = false,
  ): { entity: Entity; match: NameMatch } {
    const found = this.lookup(mention.nameWords!, token);
    let entity: Entity;
    let match: NameMatch;
    if (found) {
      entity = found.entity;
      match = found.match;
    } else {
      // `Kirby … John Kirby`: a surname met first takes the full name when it comes.
      const words = mention.nameWords!;
      const last = words[words.length - 1]!.toLowerCase();
      const single =
        words.length > 1 ? this.bySuffix.get(last)?.find((e) => e.words.length === 1) : undefined;
      entity = single ?? this.create(words);
      match = "explicit";
    }
    this.learn(entity, mention);
    if (certain) entity.certain = true;
    if (speaker) entity.speaker = true;
    this.record({ token, paragraph, entity, salient: salient && entity.certain });
    return { entity, match };
  }

  /** The person a bare name refers to (found or created), recording the mention. */
  personNamed(words: readonly string[], token: number, paragraph: number): Entity {
    const mention = {
      kind: "name",
      text: words.join(" "),
      start: 0,
      end: 0,
      name: words.join(" "),
      nameWords: [...words],
      head: words[words.length - 1]!.toLowerCase(),
      definite: false,
      plural: false,
    } as const;
    return this.addName({ ...mention, nameWords: [...words] }, token, paragraph, false).entity;
  }

  /** The person a name refers to, preferring the one mentioned most recently before `token`. */
  lookup(
    words: readonly string[],
    token: number,
  ): { entity: Entity; match: NameMatch } | undefined {
    const full = key(words);
    const candidates = this.bySuffix.get(full);
    if (candidates && candidates.length > 0) {
      const entity = this.mostRecent(candidates, token);
      const match: NameMatch = entity.words.length > words.length ? "surname" : "explicit";
      return { entity, match };
    }
    if (words.length === 1) {
      const byFirst = this.byFirst.get(full);
      if (byFirst && byFirst.length > 0)
        return { entity: this.mostRecent(byFirst, token), match: "first-name" };
    }
    return undefined;
  }

  /**
   * Of several people a name part fits (`Tehrani`: Soraya or her mother Farah), the
   * one mentioned most so far, then the most recent: relatives and namesakes are
   * introduced with full names, the main figure is the one referred to by surname.
   */
  private mostRecent(candidates: readonly Entity[], token: number): Entity {
    let best = candidates[0]!;
    let bestCount = -1;
    let bestToken = -1;
    for (const entity of candidates) {
      const count = countBefore(entity.tokens, token);
      const last = count > 0 ? entity.tokens[count - 1]! : -1;
      if (count > bestCount || (count === bestCount && last > bestToken)) {
        best = entity;
        bestCount = count;
        bestToken = last;
      }
    }
    return best;
  }

  private create(words: readonly string[]): Entity {
    const entity: Entity = {
      id: this.entities.length,
      name: words.join(" "),
      words: [...words],
      roles: [],
      roleWords: new Set(),
      tokens: [],
      certain: false,
    };
    this.entities.push(entity);
    this.index(entity);
    return entity;
  }

  private index(entity: Entity): void {
    const words = entity.words;
    // Every tail of the name is a way to refer back: `López Obrador`, `Obrador`, `von der Leyen`.
    for (let k = 0; k < words.length; k++) {
      const tail = key(words.slice(k));
      const list = this.bySuffix.get(tail) ?? [];
      if (!list.includes(entity)) list.push(entity);
      this.bySuffix.set(tail, list);
    }
    if (words.length > 1) {
      const first = words[0]!.toLowerCase();
      const list = this.byFirst.get(first) ?? [];
      if (!list.includes(entity)) list.push(entity);
      this.byFirst.set(first, list);
    }
  }

  /** Takes the role, title, gender and a longer name from a new mention. */
  private learn(entity: Entity, mention: Mention): void {
    const words = mention.nameWords ?? [];
    if (words.length > entity.words.length && key(words).endsWith(key(entity.words))) {
      entity.words = [...words];
      entity.name = words.join(" ");
      this.index(entity);
    }
    if (mention.role && !entity.roles.includes(mention.role)) {
      entity.roles.push(mention.role);
      entity.roles.sort((a, b) => b.length - a.length);
      for (const w of mention.role.toLowerCase().split(/[\s,]+/))
        entity.roleWords.add(canonicalRole(w));
    }
    if (mention.title) {
      entity.title ??= mention.title;
      for (const w of mention.title.toLowerCase().split(/\s+/))
        entity.roleWords.add(canonicalRole(w));
    }
    if (mention.gender && (!entity.gender || (entity.genderFromName && !mention.genderFromName))) {
      entity.gender = mention.gender;
      entity.genderFromName = mention.genderFromName;
    }
    entity.age ??= mention.age;
  }

  record(mention: EntityMention): void {
    let list = this.byParagraph[mention.paragraph];
    if (!list) {
      list = [];
      this.byParagraph[mention.paragraph] = list;
    }
    insertSorted(list, mention, (m) => m.token);
    insertSorted(mention.entity.tokens, mention.token, (t) => t);
  }

  /** Mentions before `token`, most recent first, no further back than paragraph `stop`. */
  *mentionsBefore(token: number, paragraph: number, stop: number): Generator<EntityMention> {
    for (let p = paragraph; p >= 0 && p >= stop; p--) {
      const list = this.byParagraph[p];
      if (!list) continue;
      for (let k = list.length - 1; k >= 0; k--) if (list[k]!.token < token) yield list[k]!;
    }
  }

  /** Mentions in paragraphs before `paragraph`, in text order. */
  *mentionsUntil(paragraph: number): Generator<EntityMention> {
    for (let p = 0; p < paragraph && p < this.byParagraph.length; p++)
      yield* this.byParagraph[p] ?? [];
  }

  /**
   * The person a `he` or `she` at `token` most likely refers to: the most recent
   * salient (subject or speaker) person of compatible gender within a few
   * paragraphs, else the most recent compatible person.
   */
  resolvePronoun(
    pronoun: string,
    token: number,
    paragraph: number,
    sentenceOf: (token: number) => number,
  ): Entity | undefined {
    const gender = genderOfPronoun(pronoun);
    if (!gender) return undefined;
    // First trust every gender hint; if nobody fits, let the pronoun overrule first-name hints.
    return (
      this.findReferent(gender, token, paragraph, sentenceOf, false, false) ??
      this.findReferent(gender, token, paragraph, sentenceOf, true, false) ??
      this.findReferent(gender, token, paragraph, sentenceOf, true, true)
    );
  }

  /**
   * Sentence by sentence backwards from the pronoun; in each sentence the salient
   * person (subject or speaker) first, else the leftmost compatible one.
   */
  private findReferent(
    gender: Gender,
    token: number,
    paragraph: number,
    sentenceOf: (token: number) => number,
    overrule: boolean,
    speakers: boolean,
  ): Entity | undefined {
    let sentence = -1;
    let salient: Entity | undefined;
    let leftmost: Entity | undefined;
    for (const m of this.mentionsBefore(token, paragraph, paragraph - PRONOUN_WINDOW)) {
      const s = sentenceOf(m.token);
      if (s !== sentence) {
        if (salient ?? leftmost) return salient ?? leftmost;
        sentence = s;
      }
      const e = m.entity;
      if (!(e.certain || (speakers && e.speaker))) continue;
      if (e.gender && e.gender !== gender && !(overrule && e.genderFromName)) continue;
      if (m.salient) salient = e;
      leftmost = e;
    }
    return salient ?? leftmost;
  }

  /** Sets an entity's gender from a pronoun resolved to it. */
  teachGender(entity: Entity, pronoun: string): void {
    const gender = genderOfPronoun(pronoun);
    if (gender && (!entity.gender || entity.genderFromName)) {
      entity.gender = gender;
      entity.genderFromName = false;
    }
  }

  /**
   * A narrative `he`/`she`/`his` right after a sentence about exactly one person
   * tells that person's gender (`Soraya Tehrani is standing over a pan. She does
   * not look up.`).
   */
  learnFromPronoun(
    pronoun: string,
    token: number,
    paragraph: number,
    sentenceOf: (token: number) => number,
  ): void {
    const gender = genderOfPronoun(pronoun);
    if (!gender) return;
    const sentence = sentenceOf(token);
    let only: Entity | undefined;
    for (const m of this.mentionsBefore(token, paragraph, paragraph - 1)) {
      if (sentenceOf(m.token) < sentence - 1) break;
      if (only && only !== m.entity) return;
      only = m.entity;
    }
    if (!only) return;
    // A pronoun right after the only name around shows the name is a person's; it
    // fills a missing gender but never overrules a first-name hint (the pronoun may
    // be about someone the text has not named yet).
    only.certain = true;
    if (!only.gender) this.teachGender(only, pronoun);
  }

  /** The person mentioned most so far (most recently on a tie), of a compatible gender. */
  topic(token: number, gender?: Gender): Entity | undefined {
    let best: Entity | undefined;
    let bestCount = 0;
    let bestLast = -1;
    for (const e of this.entities) {
      if (!e.certain || (gender && e.gender && e.gender !== gender)) continue;
      const last = lastBefore(e.tokens, token);
      if (last < 0) continue;
      const count = countBefore(e.tokens, token);
      if (count > bestCount || (count === bestCount && last > bestLast)) {
        best = e;
        bestCount = count;
        bestLast = last;
      }
    }
    return best;
  }

  /**
   * The person a description (`the spokesperson`, `the senator`, `the 45-year-old`)
   * refers to: the most recent person whose role or title has its head noun, or the
   * person of that age.
   */
  resolveDescription(
    head: string,
    age: number | undefined,
    token: number,
    paragraph: number,
  ): Entity | undefined {
    const role = canonicalRole(head);
    for (const m of this.mentionsBefore(token, paragraph, paragraph - NOMINAL_WINDOW)) {
      if (age !== undefined ? m.entity.age === age : m.entity.roleWords.has(role)) return m.entity;
    }
    return undefined;
  }

  /**
   * For a headline, which names people before the article introduces them: the
   * person whose role anywhere in the text has the head noun (`The glaciologist who
   * says…` → the person introduced as `a glaciologist at the Nordhavn Polar Institute`).
   */
  resolveDescriptionAhead(head: string): Entity | undefined {
    const role = canonicalRole(head);
    return this.entities.find((e) => e.certain && e.roleWords.has(role));
  }

  /** The most recent person mentioned before `token`, optionally of a gender. */
  mostRecentPerson(token: number, paragraph: number, gender?: Gender): Entity | undefined {
    for (const m of this.mentionsBefore(token, paragraph, paragraph - PRONOUN_WINDOW)) {
      if (gender && m.entity.gender && m.entity.gender !== gender) continue;
      return m.entity;
    }
    return undefined;
  }
}

/** Inserts into a sorted list; appending (the usual case) is O(1). */
function insertSorted<T>(list: T[], item: T, keyOf: (item: T) => number): void {
  const value = keyOf(item);
  let at = list.length;
  while (at > 0 && keyOf(list[at - 1]!) > value) at--;
  if (at === list.length) list.push(item);
  else list.splice(at, 0, item);
}

/** How many values of a sorted list are below `limit`. */
function countBefore(sorted: readonly number[], limit: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The last value below `limit` in a sorted list, or -1. */
function lastBefore(sorted: readonly number[], limit: number): number {
  const n = countBefore(sorted, limit);
  return n > 0 ? sorted[n - 1]! : -1;
}
