/**
 * How quotecheck reads a person's name, a speaker label or a byline phrase
 * (`MR. KIRBY`, `Joseph R. Biden Jr.`, `Secretary of State Antony Blinken`) into its
 * parts. Shared by the transcript importer (resolving labels to full names) and by
 * `compareSpeakers` (deciding whether two names can be the same person).
 */

import { similarity } from "../text/distance.js";

/** Courtesy titles: they name no office. `MR. KIRBY` is anyone called Kirby. */
const HONORIFICS = new Set(["mr", "mrs", "ms", "mx", "miss", "dr", "sir", "dame", "madam"]);

/**
 * Words of offices and ranks that precede a name (`Press Secretary`, `Prime Minister`,
 * `Lieutenant Colonel`). A name is what follows them; they become the role.
 */
const TITLE_WORDS = new Set([
  "acting",
  "adm",
  "admiral",
  "administrator",
  "adviser",
  "advisor",
  "agent",
  "ambassador",
  "amir",
  "apnsa",
  "archbishop",
  "assistant",
  "associate",
  "attorney",
  "bishop",
  "brother",
  "cabinet",
  "capt",
  "captain",
  "cardinal",
  "chair",
  "chairman",
  "chairwoman",
  "chancellor",
  "chaplain",
  "chief",
  "coach",
  "col",
  "colonel",
  "commandant",
  "commander",
  "commissioner",
  "comptroller",
  "congressman",
  "congresswoman",
  "coordinator",
  "counsel",
  "counselor",
  "crown",
  "delegate",
  "deputy",
  "doctor",
  "director",
  "director-general",
  "emir",
  "envoy",
  "father",
  "first",
  "former",
  "gen",
  "general",
  "gentleman",
  "gov",
  "governor",
  "imam",
  "judge",
  "justice",
  "king",
  "lady",
  "leader",
  "lieutenant",
  "lt",
  "maj",
  "major",
  "majority",
  "mayor",
  "minister",
  "minority",
  "monsignor",
  "officer",
  "pastor",
  "petty",
  "pope",
  "premier",
  "president",
  "president-elect",
  "press",
  "prime",
  "prince",
  "princess",
  "principal",
  "queen",
  "rabbi",
  "ranking",
  "rear",
  "rep",
  "representative",
  "rev",
  "reverend",
  "second",
  "secretary",
  "secretary-general",
  "sen",
  "senator",
  "senior",
  "sergeant",
  "sgt",
  "sheikh",
  "sister",
  "speaker",
  "spokesman",
  "spokesperson",
  "spokeswoman",
  "state",
  "surgeon",
  "taoiseach",
  "treasurer",
  "under",
  "vice",
  "whip",
]);

/**
 * Nouns that make a label a role with no name (`SENIOR ADMINISTRATION OFFICIAL`,
 * `MODERATOR`, `AUDIENCE MEMBER`): such a speaker cannot be compared with a name.
 */
const ANONYMOUS_NOUNS = new Set([
  "aide",
  "aides",
  "announcer",
  "attendee",
  "audience",
  "child",
  "children",
  "crew",
  "customer",
  "host",
  "interpreter",
  "man",
  "member",
  "members",
  "moderator",
  "narrator",
  "official",
  "officials",
  "operator",
  "panelist",
  "participant",
  "participants",
  "photographer",
  "photojournalist",

  "players",
  "protester",
  "protestor",
  "questioner",
  "staff",
  "student",
  "students",
  "translator",
  "unknown",
  "voice",
  "voices",
  "woman",
  "spokesperson",
]);

/**
 * Words that end a name even when a title capitalizes them (`Remarks by President Biden
 * After Marine One Arrival`, `Karine Jean-Pierre En Route Reno`).
 */
export const NAME_BREAKS = new Set(
  (
    "aboard about above across after against ahead along amid among and around as at before behind " +
    "below between by celebrating commemorating delivering discussing during en following from " +
    "highlighting honoring in into launching marking near on onto over past regarding route since " +
    "than through to toward towards until upon via while with within without"
  ).split(" "),
);

/** Surname particles written in lower case inside a name (`von der Leyen`, `de Blasio`). */
export const NAME_PARTICLES = new Set([
  "al",
  "bin",
  "da",
  "de",
  "del",
  "della",
  "der",
  "di",
  "dos",
  "du",
  "ibn",
  "la",
  "le",
  "van",
  "von",
]);

const SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv", "phd", "md", "esq"]);

/** The speaker of reporters' questions in imported transcripts. */
export const REPORTER = "Reporter";

export interface PersonName {
  /** Lower-cased, accent-free words of the role (`press secretary`), honorifics excluded. */
  role: string[];
  /** Lower-cased honorific (`mr`, `ms`, `dr`), when there was one. */
  honorific?: string;
  /** Lower-cased given name (`joseph`; a single letter for an initial), when written. */
  given?: string;
  /** Other names between the given name and the surname (`lujan` in Michelle Lujan Grisham); initials dropped. */
  middle: string[];
  /** Lower-cased surname, particles included (`von der leyen`, `jean-pierre`). */
  surname?: string;
  /** No name at all: a role such as `SENIOR ADMINISTRATION OFFICIAL` or `THE PRESIDENT`. */
  anonymous: boolean;
}

/** Lower case, accents and dots removed, curly apostrophes straightened. */
export function foldNameWord(word: string): string {
  if (/^[A-Za-z-]*$/.test(word)) return word.toLowerCase();
  return word
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\./g, "")
    .replace(/'s$/, "");
}

/** Splits on spaces and commas; keeps hyphens and apostrophes inside words. */
function nameWords(text: string): string[] {
  return text
    .replace(/[\s\u00a0\u202f,;:()]+/g, " ")
    .trim()
    .split(" ")
    .map(foldNameWord)
    .filter((w) => w.length > 0);
}

/** An office word, also in the plural (`Doctors Fauci and Walensky`) or, in an upper-case label, misspelled (`COMMISIONER`). */
export function isTitleWord(word: string): boolean {
  const w = foldNameWord(word);
  if (TITLE_WORDS.has(w) || (w.endsWith("s") && TITLE_WORDS.has(w.slice(0, -1)))) return true;
  return false;
}

export function isHonorific(word: string): boolean {
  return HONORIFICS.has(foldNameWord(word));
}

function isOffice(word: string, label: boolean): boolean {
  if (TITLE_WORDS.has(word) || (word.endsWith("s") && TITLE_WORDS.has(word.slice(0, -1))))
    return true;
  // Labels are typed by hand: `COMMISIONER MCGONIGLE`, `ADMINSTRATOR CRISWELL`.
  if (label && word.length >= 7) {
    for (const title of TITLE_WORDS) {
      if (
        Math.abs(title.length - word.length) <= 2 &&
        title[0] === word[0] &&
        similarity(title, word) >= 0.8
      ) {
        return true;
      }
    }
  }
  return false;
}

function isRoleWord(word: string, label = false): boolean {
  return (
    isOffice(word, label) ||
    HONORIFICS.has(word) ||
    word === "the" ||
    word === "of" ||
    word === "for"
  );
}

/**
 * Reads a name, label or byline phrase. The name is the trailing run of words that
 * are not office words, honorifics or connectors; everything before it is the role
 * (`Secretary of Homeland Security` | `Alejandro Mayorkas`). A run longer than three
 * words after an `of`/`for` title still holds role words (`Strategic Communications John
 * Kirby`): then only the last two words are the name. Suffixes (`Jr.`, `III`) and middle
 * initials are dropped; surname particles (`von der`) stay with the surname.
 */
export function parsePersonName(text: string): PersonName {
  const words = nameWords(text);
  // An upper-case label (`ADMINSTRATOR CRISWELL`) may misspell its office; names in text do not.
  const label = !/\p{Ll}/u.test(text);
  while (words.length > 1 && SUFFIXES.has(words[words.length - 1]!)) words.pop();
  let runStart = words.length;
  while (runStart > 0 && !isRoleWord(words[runStart - 1]!, label)) runStart--;
  let run = words.slice(runStart);
  const before = words.slice(0, runStart);
  const significant = run.filter((w) => !NAME_PARTICLES.has(w) && w.length > 1);
  if (
    significant.length > 3 ||
    (significant.length > 2 && before.some((w) => w === "of" || w === "for"))
  ) {
    // Keep the surname (with its particles) and the one word before it.
    let cut = run.length - 1;
    while (cut > 0 && NAME_PARTICLES.has(run[cut - 1]!)) cut--;
    cut = Math.max(0, cut - 1);
    before.push(...run.slice(0, cut));
    run = run.slice(cut);
  }
  let honorific: string | undefined;
  const role: string[] = [];
  for (const w of before) {
    if (HONORIFICS.has(w)) honorific ??= w;
    else if (w !== "the" || role.length > 0) role.push(w);
  }
  const anonymous =
    run.length === 0 || (honorific === undefined && words.some((w) => ANONYMOUS_NOUNS.has(w)));
  if (anonymous) {
    return {
      role: [...role, ...run],
      ...(honorific ? { honorific } : {}),
      middle: [],
      anonymous: true,
    };
  }
  let surnameStart = run.length - 1;
  while (surnameStart > 0 && NAME_PARTICLES.has(run[surnameStart - 1]!)) surnameStart--;
  const surname = run.slice(surnameStart).join(" ");
  const names = run.slice(0, surnameStart);
  const given = names[0];
  const middle = names.slice(1).filter((w) => w.length > 1);
  return {
    role,
    ...(honorific ? { honorific } : {}),
    ...(given ? { given } : {}),
    middle,
    surname,
    anonymous: false,
  };
}
