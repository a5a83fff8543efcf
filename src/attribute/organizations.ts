import { type Token, WORD } from "../extract/tokens.js";
import { KNOWN_ORGANIZATIONS, ORGANIZATION_NOUNS, ORGANIZATION_WORDS } from "./lexicon/roles.js";
import { atSentenceStart } from "./noun-phrase.js";

/**
 * The institutions a text names (`the Coastal Dockworkers Union`, `Meridian
 * Fulfillment`, `the Monetary Policy Committee`) and where, so that `the union`,
 * `the company`, `Meridian` and `it` can be given the institution's name.
 */

export interface Organization {
  /** As the text names it at its fullest, with a lower-case `the` when printed with one. */
  name: string;
  /** Lower-case words of the name. */
  words: Set<string>;
  first: string;
  /** Tokens where it is mentioned, in order. */
  tokens: number[];
  paragraphs: number[];
}

/**
 * How far back (in paragraphs) a description looks for its institution: far for a
 * head the name contains (`the task force` → `Lakemont Housing Task Force`), near
 * for a generic one (`the company`) and for `it`.
 */
const WINDOW = 4;
const NAMED_WINDOW = 30;
/** Heads that can stand for any institution: `the company said`. */
const GENERIC = new Set([
  "company",
  "firm",
  "group",
  "organization",
  "organisation",
  "business",
  "employer",
  "operator",
  "retailer",
  "carrier",
  "startup",
  "chain",
  "developer",
  "manufacturer",
]);
/** Words that do not count when matching a head to a name. */
const CONNECTIVES = new Set(["of", "and", "&", "for", "the"]);

export class Organizations {
  readonly list: Organization[] = [];
  private readonly byFirst = new Map<string, Organization>();
  private readonly byName = new Map<string, Organization>();

  /** Records a capitalised run `first..last` (plus a preceding `the`) as an institution. */
  add(
    text: string,
    tokens: readonly Token[],
    first: number,
    last: number,
    paragraph: number,
  ): Organization {
    const hasThe = tokens[first - 1]?.kind === WORD && tokens[first - 1]!.lower === "the";
    const printed = text.slice(tokens[first]!.start, tokens[last]!.end).replace(/['’]s$/, "");
    const name = hasThe ? `the ${printed}` : printed;
    const words = new Set<string>();
    for (let k = first; k <= last; k++) words.add(tokens[k]!.lower.replace(/['’]s$/, ""));
    const key = tokens[first]!.lower;
    let org = this.byName.get(name.toLowerCase());
    if (!org) {
      // `Meridian` after `Meridian Fulfillment`: the same institution.
      const known = this.byFirst.get(key);
      if (known && last === first) org = known;
    }
    if (!org) {
      org = { name, words, first: key, tokens: [], paragraphs: [] };
      this.list.push(org);
      if (!this.byFirst.has(key)) this.byFirst.set(key, org);
    } else if (name.length > org.name.length && last > first) {
      org.name = name;
      for (const w of words) org.words.add(w);
    }
    this.byName.set(name.toLowerCase(), org);
    org.tokens.push(last);
    org.paragraphs.push(paragraph);
    return org;
  }

  /** The institution a one-word name stands for (`Meridian`), if the text named it in full. */
  named(word: string): Organization | undefined {
    const org = this.byFirst.get(word);
    return org && org.words.size > 1 ? org : undefined;
  }

  /**
   * The institution `the union` or `the company` at `token` refers to: the most
   * recent one whose name has the head word (`Union`), or for a generic head the
   * most recent one of any kind.
   */
  resolveDescription(head: string, token: number, paragraph: number): Organization | undefined {
    let best: Organization | undefined;
    let bestToken = -1;
    for (const org of this.list) {
      const named = org.words.has(head);
      if (!named && !GENERIC.has(head)) continue;
      const window = named ? NAMED_WINDOW : WINDOW;
      for (let k = org.tokens.length - 1; k >= 0; k--) {
        const t = org.tokens[k]!;
        if (t >= token) continue;
        if (org.paragraphs[k]! < paragraph - window) break;
        if (t > bestToken) {
          best = org;
          bestToken = t;
        }
        break;
      }
    }
    return best;
  }

  /** The institution mentioned most recently before `token`, within a few paragraphs. */
  mostRecent(token: number, paragraph: number): Organization | undefined {
    return this.resolveDescription("", token, paragraph) ?? this.anyRecent(token, paragraph);
  }

  private anyRecent(token: number, paragraph: number): Organization | undefined {
    let best: Organization | undefined;
    let bestToken = -1;
    for (const org of this.list) {
      for (let k = org.tokens.length - 1; k >= 0; k--) {
        const t = org.tokens[k]!;
        if (t >= token) continue;
        if (org.paragraphs[k]! >= paragraph - WINDOW && t > bestToken) {
          best = org;
          bestToken = t;
        }
        break;
      }
    }
    return best;
  }

  /** Records a mention of a known institution (a description or `it` resolved to it). */
  record(org: Organization, token: number, paragraph: number): void {
    let at = org.tokens.length;
    while (at > 0 && org.tokens[at - 1]! > token) at--;
    org.tokens.splice(at, 0, token);
    org.paragraphs.splice(at, 0, paragraph);
  }
}

function isOrganizationWord(lower: string): boolean {
  return ORGANIZATION_WORDS.has(lower) || KNOWN_ORGANIZATIONS.has(lower);
}

/**
 * Finds the institutions a text names: capitalised runs (with `of`, `and`, `&`
 * inside) that contain an institution word (`Union`, `Committee`, `Partners`) or
 * are a well-known institution (`Reuters`, `NATO`); and definite descriptions at
 * the start of a sentence (`The union struck a similar note.`), recorded as
 * mentions of the institution they refer to.
 */
export function collectOrganizations(tokens: readonly Token[], text: string): Organizations {
  const orgs = new Organizations();
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== WORD) continue;
    if (!t.cap) {
      if (
        ORGANIZATION_NOUNS.has(t.lower) &&
        tokens[k - 1]?.lower === "the" &&
        atSentenceStart(tokens, k - 1)
      ) {
        const org = orgs.resolveDescription(t.lower, k, t.paragraph);
        if (org) orgs.record(org, k, t.paragraph);
      }
      continue;
    }
    if (atSentenceStart(tokens, k) && (t.lower === "the" || t.lower === "a")) continue;
    let last = k;
    let hasWord = isOrganizationWord(t.lower);
    for (let j = k + 1; j < tokens.length && j < k + 10; j++) {
      const u = tokens[j]!;
      if (u.kind !== WORD || u.sentence !== t.sentence) break;
      if (u.cap) {
        last = j;
        if (isOrganizationWord(u.lower.replace(/['’]s$/, ""))) hasWord = true;
        if (u.lower.endsWith("'s") || u.lower.endsWith("’s")) break;
        continue;
      }
      if (CONNECTIVES.has(u.lower) && tokens[j + 1]?.cap) continue;
      break;
    }
    if (hasWord && !isTime(tokens, k, last)) orgs.add(text, tokens, k, last, t.paragraph);
    else if (last === k) {
      const known = orgs.named(t.lower.replace(/['’]s$/, ""));
      if (known) orgs.record(known, k, t.paragraph);
    }
    k = last;
  }
  return orgs;
}

/** `Monday`, `March 4`: runs made only of time words are not institutions. */
function isTime(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    const lower = tokens[k]!.lower;
    if (!TIME.has(lower) && !/^\d/.test(lower)) return false;
  }
  return true;
}

const TIME = new Set([
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
]);
