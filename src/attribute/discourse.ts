import type { Entity, EntityMention, NameMatch } from "./entity.js";
import { genderOfPronoun } from "./lexicon/gender.js";
import type { Mention } from "./mention.js";
import { canonicalRole } from "./role-words.js";
import { countBefore, insertSorted } from "./sorted.js";

/**
 * The people a text has introduced so far, and where it mentioned them: what
 * surname back-references (`Austin` → `Lloyd Austin`), pronouns (`he`) and
 * descriptions (`the spokesperson`) resolve against. One instance per text.
 */

function key(words: readonly string[]): string {
  return words.join(" ").toLowerCase();
}

export class Discourse {
  readonly entities: Entity[] = [];
  /** Person mentions by paragraph, each list in text order. */
  private readonly byParagraph: EntityMention[][] = [];
  private readonly bySuffix = new Map<string, Entity[]>();
  private readonly byFirst = new Map<string, Entity[]>();
  /** Canonical role words of every person named so far. */
  private readonly roleWords = new Set<string>();

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
    this.record({ token, paragraph, entity, salient });
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
    if (mention.role) this.addRole(entity, mention.role);
    if (mention.title) {
      entity.title ??= mention.title;
      for (const w of mention.title.toLowerCase().split(/\s+/)) {
        entity.roleWords.add(canonicalRole(w));
        this.roleWords.add(canonicalRole(w));
      }
    }
    // `Harris` for `Kamala Harris`: a surname says nothing of gender, though it is
    // also somebody's first name.
    const surnameOnly = mention.genderFromName === true && words.length < entity.words.length;
    if (
      mention.gender &&
      !surnameOnly &&
      (!entity.gender || (entity.genderFromName && !mention.genderFromName))
    ) {
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
      // The list is sorted by token: start at the last mention before `token`, so a
      // paragraph of thousands of mentions is not walked from its end every time.
      for (let k = lastIndexBefore(list, token); k >= 0; k--) yield list[k]!;
    }
  }

  /** Mentions in paragraphs before `paragraph`, in text order. */
  *mentionsUntil(paragraph: number): Generator<EntityMention> {
    for (let p = 0; p < paragraph && p < this.byParagraph.length; p++)
      yield* this.byParagraph[p] ?? [];
  }

  /** Records a role the text gives a person (`spokesperson`, `partner at Tallgrass`). */
  addRole(entity: Entity, role: string): void {
    if (entity.roles.includes(role)) return;
    entity.roles.push(role);
    entity.roles.sort((a, b) => b.length - a.length);
    for (const w of role.toLowerCase().split(/[\s,]+/)) {
      entity.roleWords.add(canonicalRole(w));
      this.roleWords.add(canonicalRole(w));
    }
  }

  /** Whether someone the text names holds this (canonical) role: `governor` after `Gov. Lucia Marchetti`. */
  isNamedRole(role: string): boolean {
    return this.roleWords.has(role);
  }

  /** Sets an entity's gender from a pronoun resolved to it. */
  teachGender(entity: Entity, pronoun: string): void {
    const gender = genderOfPronoun(pronoun);
    if (gender && (!entity.gender || entity.genderFromName)) {
      entity.gender = gender;
      entity.genderFromName = false;
    }
  }
}

/** Index of the last mention before `token` in a list sorted by token, or -1. */
function lastIndexBefore(list: readonly EntityMention[], token: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.token < token) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

export type { Entity, EntityMention, NameMatch } from "./entity.js";
