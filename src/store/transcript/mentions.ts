import { trailingRunStart } from "../../text/trim.js";
import {
  isTitleWord,
  NAME_BREAKS,
  NAME_PARTICLES,
  type PersonName,
  parsePersonName,
} from "../person-name.js";

/** A person named in a transcript's title or text: `Press Secretary Karine Jean-Pierre`. */
export interface Mention {
  /** The name as written (`Karine Jean-Pierre`), role words excluded. */
  name: string;
  /** The role words before it as written (`Press Secretary`), when any. */
  role?: string;
  parsed: PersonName;
  /** Found in the document's title (which names the participants) rather than its text. */
  inTitle: boolean;
  /** Offset of the name in the text it was found in. */
  at: number;
  /** Offset of the role words (== `at` without a role). */
  start: number;
}

/** Capitalized words that start sentences or greetings, never given names. */
const NOT_GIVEN = new Set(
  (
    "a about after again all also an and another any are as at because before both but by " +
    "congratulations dear each every for from good great hello her here hey hi his how i if in it its " +
    "just last let like look many more most my next no not now oh okay on once one only or our " +
    "please since so some than thank thanks that the their then there these they this those thus " +
    "to today together tomorrow tonight under until we welcome well what when where whether which " +
    "while who why will with without yes yesterday you your monday tuesday wednesday thursday " +
    "friday saturday sunday"
  ).split(" "),
);

/** `I'm`, `It's`, `We're`: a contraction, not a name (names have a capital after the apostrophe). */
const CONTRACTION = /^\p{Lu}\p{Ll}*['’]\p{Ll}{1,2}$/u;

/**
 * `Remarks by President Biden Announcing …`: a title-case verb after a name with an office
 * (or a full name) is the occasion, not part of the name. A lone `Manning` stays a name.
 */
function isGerundAfterName(word: string, run: readonly string[]): boolean {
  if (word.length < 6 || !word.endsWith("ing")) return false;
  return run.length >= 2 || run.some((w) => isTitleWord(w));
}

/** `NSC`, `APNSA`, `OMB`: an acronym inside a title (`NSC Coordinator John Kirby`). */
function isAcronym(word: string): boolean {
  return /^[A-Z]{2,6}$/.test(word);
}

function isCapitalized(word: string): boolean {
  const first = word.charCodeAt(0);
  if (first >= 0x61 && first <= 0x7a) return false;
  if (first < 0x80 && !(first >= 0x41 && first <= 0x5a)) return false;
  return /^\p{Lu}/u.test(word) && /\p{Ll}/u.test(word) && !CONTRACTION.test(word);
}

function isInitial(word: string): boolean {
  return /^\p{Lu}\.$/u.test(word);
}

/**
 * Finds runs of capitalized words (`Secretary of State Antony Blinken`, `Joe Biden`)
 * and reads each as a person name. All-capital words (speaker labels) are not part of
 * runs. A run breaks at punctuation other than a period of an initial, and at any
 * lower-case word except a surname particle or an `of`/`for` right after an office
 * word (`Secretary of`, `Coordinator for`).
 */
export function findMentions(text: string, inTitle: boolean, offset = 0): Mention[] {
  const mentions: Mention[] = [];
  let run: string[] = [];
  let runAt: number[] = [];
  const flush = () => {
    while (run.length > 0 && !isCapitalized(run[run.length - 1]!)) {
      run.pop();
      runAt.pop();
    }
    while (run.length > 0 && NOT_GIVEN.has(run[0]!.toLowerCase())) {
      run.shift();
      runAt.shift();
    }
    if (run.length > 0) {
      const mention = toMention(run, runAt, inTitle, offset);
      if (mention) mentions.push(mention);
    }
    run = [];
    runAt = [];
  };
  const words = /[^\s\u00a0\u202f]+/g;
  for (let match = words.exec(text); match; match = words.exec(text)) {
    const raw = match[0];
    const lead = /^[("“‘'[]+/.exec(raw)?.[0].length ?? 0;
    let word = raw.slice(lead);
    if (lead > 0) flush();
    let breakAfter = false;
    const possessive = /[’']s?$/.exec(word);
    // Punctuation after a word ends the name (`Harris.”`), but an initial keeps its period.
    const trail = isInitial(word) ? word.length : trailingRunStart(word, '.,;:!?"”’)]');
    if (trail < word.length) {
      word = word.slice(0, trail);
      breakAfter = true;
    }
    if (possessive && word.endsWith(possessive[0])) {
      word = word.slice(0, word.length - possessive[0].length);
      breakAfter = true;
    }
    if (word.length === 0) {
      flush();
      continue;
    }
    const lower = word.toLowerCase();
    const connector =
      (lower === "of" || lower === "for") && run.length > 0 && isTitleWord(run[run.length - 1]!);
    if (connector || (run.length > 0 && NAME_PARTICLES.has(word))) {
      run.push(word);
      runAt.push(match.index + lead);
    } else if (
      (isCapitalized(word) || isInitial(word) || isAcronym(word)) &&
      !NAME_BREAKS.has(lower) &&
      !isGerundAfterName(word, run)
    ) {
      run.push(word);
      runAt.push(match.index + lead);
    } else {
      flush();
    }
    if (breakAfter) flush();
  }
  flush();
  return mentions;
}

function toMention(
  words: string[],
  at: number[],
  inTitle: boolean,
  offset: number,
): Mention | undefined {
  const parsed = parsePersonName(words.join(" "));
  if (parsed.anonymous || !parsed.surname) return undefined;
  // Split the written words where the name starts: after the last role word.
  const nameLength =
    1 + parsed.middle.length + (parsed.given ? 1 : 0) + parsed.surname.split(" ").length - 1;
  let start = words.length;
  let counted = 0;
  while (start > 0 && counted < nameLength) {
    start--;
    if (!isInitial(words[start]!)) counted++;
  }
  while (start > 0 && isInitial(words[start - 1]!)) start--;
  const name = words.slice(start).join(" ");
  const role = words.slice(0, start).join(" ");
  return {
    name,
    ...(role ? { role } : {}),
    parsed,
    inTitle,
    at: offset + at[start]!,
    start: offset + at[0]!,
  };
}

/**
 * The people a document names, found lazily: its title is read whole, its text only
 * around the words a label asks about (a surname, an office), so that importing a
 * 20,000-word briefing does not read every capitalized word in it.
 */
export class MentionIndex {
  readonly title: readonly Mention[];
  private readonly lower: string;
  private readonly cache = new Map<string, Mention[]>();

  /** @param body the document text; blank lines separate paragraphs (names never span them). */
  constructor(
    title: string,
    private readonly body: string,
  ) {
    this.title = findMentions(title, true);
    this.lower = body.toLowerCase();
  }

  /** Mentions in the title and text whose words include `word` (lower case, whole word). */
  around(word: string): readonly Mention[] {
    const key = word.toLowerCase();
    let found = this.cache.get(key);
    if (found) return found;
    const seen = new Set<number>();
    found = this.title.filter((m) => hasWord(m, key));
    const text = this.lower;
    for (let at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + key.length)) {
      if (isWordChar(text.charCodeAt(at - 1)) || isWordChar(text.charCodeAt(at + key.length)))
        continue;
      // A name is written with a capital and then lower case: not `president`, not a label `MR. KIRBY:`.
      const first = this.body.charCodeAt(at);
      const second = this.body.charCodeAt(at + 1);
      if (!(first >= 0x41 && first <= 0x5a) || (second >= 0x41 && second <= 0x5a)) continue;
      let from = Math.max(0, at - 120);
      const paragraph = text.lastIndexOf("\n\n", at);
      if (paragraph >= from) from = paragraph + 2;
      let to = Math.min(text.length, at + key.length + 80);
      const next = text.indexOf("\n\n", at);
      if (next >= 0 && next < to) to = next;
      for (const m of findMentions(this.body.slice(from, to), false, from)) {
        if (!seen.has(m.at) && hasWord(m, key) && m.start <= at) {
          seen.add(m.at);
          found.push(m);
        }
      }
    }
    if (key === "president") found.push(...this.presidentsOfTheUnitedStates(seen));
    this.cache.set(key, found);
    return found;
  }

  /** `… the President of the United States, Joe Biden`: an introduction names the office holder. */
  private presidentsOfTheUnitedStates(seen: Set<number>): Mention[] {
    const found: Mention[] = [];
    const phrase = "president of the united states";
    for (let at = this.lower.indexOf(phrase); at >= 0; at = this.lower.indexOf(phrase, at + 1)) {
      let from = at + phrase.length;
      while (from < this.body.length && /[\s,:—–-]/.test(this.body[from]!)) from++;
      const next = findMentions(this.body.slice(from, from + 60), false, from)[0];
      if (next && next.start === from && next.parsed.given && !next.role && !seen.has(next.at)) {
        seen.add(next.at);
        found.push({ ...next, role: "President", parsed: { ...next.parsed, role: ["president"] } });
      }
    }
    return found;
  }
}

/** `I'm Joe Biden` (not `I'm Jill Biden's husband`). */
const INTRODUCTION =
  /\b(?:I['’]m|I am|[Mm]y name is)\s+(\p{Lu}\p{Ll}+(?:\s\p{Lu}\.)?\s\p{Lu}[\p{L}-]*(?:['’]\p{Lu}[\p{L}-]*)?)(?!['’]|\p{L})/gu;

/** Names a speaker gives themselves: `I'm Joe Biden`, `My name is Karine Jean-Pierre`. */
export function selfIntroductions(text: string): Mention[] {
  const found: Mention[] = [];
  for (const match of text.matchAll(INTRODUCTION)) {
    const m = findMentions(match[1]!, false, match.index + match[0].length - match[1]!.length)[0];
    if (m?.parsed.given && !m.role) found.push(m);
  }
  return found;
}

function hasWord(m: Mention, word: string): boolean {
  return (
    m.parsed.surname === word ||
    m.parsed.surname!.split(" ").includes(word) ||
    m.parsed.role.includes(word) ||
    m.parsed.given === word
  );
}

function isWordChar(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || code > 0x7f;
}
