import { type Token, WORD } from "../extract/tokens.js";
import { insertSorted } from "./sorted.js";

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
export const CONNECTIVES = new Set(["of", "and", "&", "for", "the"]);

/** A mention of an institution: where descriptions and `it` look back through. */
interface OrganizationMention {
  token: number;
  paragraph: number;
  org: Organization;
}

/** Most institution mentions a description reads back through (linear time on any text). */
const MAX_MENTIONS = 400;

export class Organizations {
  readonly list: Organization[] = [];
  private readonly byFirst = new Map<string, Organization>();
  private readonly byName = new Map<string, Organization>();
  /** Mentions by paragraph, each list sorted by token. */
  private readonly byParagraph: OrganizationMention[][] = [];

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
    this.index(org, last, paragraph);
    return org;
  }

  /** The institution printed with exactly these words, if the text names one. */
  find(printed: string): Organization | undefined {
    return (
      this.byName.get(printed.toLowerCase()) ?? this.byName.get(`the ${printed.toLowerCase()}`)
    );
  }

  /**
   * The institution a name stands for: printed with these words, or a longer name
   * they begin (`Harlow Outdoor` for `Harlow Outdoor Inc.`, `Meridian` for `Meridian
   * Fulfillment`).
   */
  matching(words: readonly string[]): { org: Organization; exact: boolean } | undefined {
    const exact = this.find(words.join(" "));
    if (exact) return { org: exact, exact: true };
    const org = this.byFirst.get(words[0]!.toLowerCase().replace(/['’]s$/, ""));
    if (!org || org.words.size <= words.length) return undefined;
    for (const w of words)
      if (!org.words.has(w.toLowerCase().replace(/['’]s$/, ""))) return undefined;
    return { org, exact: false };
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
    const generic = GENERIC.has(head);
    for (const m of this.mentionsBefore(token, paragraph, NAMED_WINDOW)) {
      if (m.org.words.has(head)) return m.org;
      if (generic && m.paragraph >= paragraph - WINDOW) return m.org;
    }
    return undefined;
  }

  /** The institution mentioned most recently before `token`, within a few paragraphs. */
  mostRecent(token: number, paragraph: number): Organization | undefined {
    for (const m of this.mentionsBefore(token, paragraph, WINDOW)) return m.org;
    return undefined;
  }

  /** Records a mention of a known institution (a description or `it` resolved to it). */
  record(org: Organization, token: number, paragraph: number): void {
    let at = org.tokens.length;
    while (at > 0 && org.tokens[at - 1]! > token) at--;
    org.tokens.splice(at, 0, token);
    org.paragraphs.splice(at, 0, paragraph);
    this.index(org, token, paragraph);
  }

  private index(org: Organization, token: number, paragraph: number): void {
    let list = this.byParagraph[paragraph];
    if (!list) {
      list = [];
      this.byParagraph[paragraph] = list;
    }
    insertSorted(list, { token, paragraph, org }, (m) => m.token);
  }

  /** Mentions before `token`, most recent first, at most `window` paragraphs back. */
  private *mentionsBefore(
    token: number,
    paragraph: number,
    window: number,
  ): Generator<OrganizationMention> {
    let read = 0;
    for (let p = paragraph; p >= 0 && p >= paragraph - window; p--) {
      const list = this.byParagraph[p];
      if (!list) continue;
      for (let k = lastIndexBefore(list, token); k >= 0; k--) {
        if (++read > MAX_MENTIONS) return;
        yield list[k]!;
      }
    }
  }
}

/** Index of the last mention before `token` in a list sorted by token, or -1. */
function lastIndexBefore(list: readonly { token: number }[], token: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.token < token) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
