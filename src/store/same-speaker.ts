import { similarity } from "../text/distance.js";
import { foldNameWord, type PersonName, parsePersonName, REPORTER } from "./person-name.js";

/**
 * How two speaker names relate:
 * - `same`: the same person written the same way or as a variant (`Joe Biden`,
 *   `Joseph R. Biden Jr.`; `MR. KIRBY` = `Mr. Kirby`);
 * - `compatible`: nothing contradicts it, but one name says less (`President Biden` or
 *   `Biden` vs `Joe Biden`; `MR. KIRBY` vs `John Kirby`);
 * - `different`: the names contradict (`Jill Biden` vs `Joe Biden`, `Mr. Hayes` vs
 *   `Ms. Hayes`, any name vs `Reporter`);
 * - `unknown`: one side names nobody (`SENIOR ADMINISTRATION OFFICIAL`, `MODERATOR`, an
 *   unresolved `THE PRESIDENT`), so nothing can be said.
 */
export type SpeakerMatch = "same" | "compatible" | "different" | "unknown";

/** Common given-name variants; a variant and its full form are the same name. */
const NICKNAMES: readonly (readonly string[])[] = [
  ["joseph", "joe", "joey"],
  ["james", "jim", "jimmy", "jamie"],
  ["william", "bill", "billy", "will", "willie"],
  ["robert", "bob", "bobby", "rob", "robbie", "bert"],
  ["richard", "rick", "dick", "rich", "ricky"],
  ["michael", "mike", "mick", "mickey"],
  ["thomas", "tom", "tommy"],
  ["charles", "charlie", "chuck"],
  ["edward", "ed", "eddie", "ted", "ned"],
  ["theodore", "ted", "teddy", "theo"],
  ["elizabeth", "liz", "beth", "betsy", "eliza", "lisa", "betty"],
  ["katherine", "kate", "kathy", "katie", "kat"],
  ["catherine", "cathy", "kate", "katie"],
  ["margaret", "maggie", "meg", "peggy"],
  ["douglas", "doug"],
  ["daniel", "dan", "danny"],
  ["david", "dave"],
  ["peter", "pete"],
  ["anthony", "tony"],
  ["antony", "tony"],
  ["andrew", "andy", "drew"],
  ["christopher", "chris"],
  ["nicholas", "nick"],
  ["samuel", "sam"],
  ["alexander", "alex"],
  ["benjamin", "ben"],
  ["jennifer", "jen", "jenny"],
  ["patricia", "pat", "patty", "trish"],
  ["patrick", "pat"],
  ["susan", "sue", "susie"],
  ["deborah", "deb", "debbie", "debra"],
  ["gerald", "jerry", "gerry"],
  ["gregory", "greg"],
  ["jeffrey", "jeff"],
  ["jonathan", "jon"],
  ["kenneth", "ken", "kenny"],
  ["lawrence", "larry"],
  ["matthew", "matt"],
  ["ronald", "ron"],
  ["stephen", "steve"],
  ["steven", "steve"],
  ["timothy", "tim"],
  ["zachary", "zach"],
  ["frederick", "fred"],
  ["francis", "frank"],
  ["franklin", "frank"],
  ["henry", "hank"],
  ["john", "jack", "johnny"],
  ["rebecca", "becky"],
  ["victoria", "vicky"],
  ["abigail", "abby"],
  ["valerie", "val"],
];

const NICKNAME_GROUPS: ReadonlyMap<string, readonly number[]> = (() => {
  const map = new Map<string, number[]>();
  NICKNAMES.forEach((group, index) => {
    for (const name of group) map.set(name, [...(map.get(name) ?? []), index]);
  });
  return map;
})();

/** Whether two lower-cased given names are the same name (`joe` / `joseph`, `chris` / `christopher`). */
export function sameGivenName(a: string, b: string): boolean {
  if (a === b) return true;
  const ga = NICKNAME_GROUPS.get(a);
  const gb = NICKNAME_GROUPS.get(b);
  if (ga && gb && ga.some((g) => gb.includes(g))) return true;
  // `Chris` / `Christopher`, `Alex` / `Alexandra`: a clipped form of at least three letters.
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 3 && long.startsWith(short);
}

/** A surname compared without spaces, apostrophes, hyphens or a joined Arabic article (`el-Sisi`). */
function squash(surname: string): string {
  return surname.replace(/^(?:al|el|ad|an|ar|as|ash|at|az)-/i, "").replace(/[\s'-]/g, "");
}

function surnamesAgree(a: string, b: string): "exact" | "close" | false {
  const sa = squash(a);
  const sb = squash(b);
  if (sa === sb) return "exact";
  // Transliterations and typos of long names (`Zelenskyy` / `Zelensky`).
  if (Math.min(sa.length, sb.length) >= 6 && similarity(sa, sb) >= 0.8) return "close";
  return false;
}

/** `Karine Jean Pierre` for `Karine Jean-Pierre`: a double surname written without its hyphen. */
function hyphenlessSurname(a: PersonName, b: PersonName): "exact" | false {
  const joined = (p: PersonName) =>
    p.middle.length > 0 ? squash(`${p.middle[p.middle.length - 1]}${p.surname}`) : undefined;
  return joined(a) === squash(b.surname!) || joined(b) === squash(a.surname!) ? "exact" : false;
}

const FEMININE = new Set(["ms", "mrs", "miss", "madam", "dame"]);

function honorificsConflict(a: PersonName, b: PersonName): boolean {
  if (!a.honorific || !b.honorific) return false;
  return (
    (a.honorific === "mr" && FEMININE.has(b.honorific)) ||
    (b.honorific === "mr" && FEMININE.has(a.honorific))
  );
}

function isReporter(folded: string): boolean {
  return folded === "reporter" || folded === "reporters";
}

function foldWhole(name: string): string {
  return name
    .split(/[\s\u00a0]+/)
    .map(foldNameWord)
    .filter(Boolean)
    .join(" ");
}

/**
 * Whether two speaker names can denote the same person (case-, accent- and
 * punctuation-insensitive); see `SpeakerMatch`. The verification stage calls a quote
 * misattributed only on `different`.
 */
export function compareSpeakers(a: string, b: string): SpeakerMatch {
  const fa = foldWhole(a);
  const fb = foldWhole(b);
  if (fa === fb) return "same";
  const pa = parsePersonName(a);
  const pb = parsePersonName(b);
  if (isReporter(fa) || isReporter(fb)) {
    if (isReporter(fa) && isReporter(fb)) return "same";
    return pa.anonymous || pb.anonymous ? "unknown" : "different";
  }
  if (pa.anonymous || pb.anonymous || !pa.surname || !pb.surname) return "unknown";
  // `Kishida Fumio` / `Fumio Kishida`: the family name written first on one side.
  if (
    pa.given &&
    pb.given &&
    squash(pa.given) === squash(pb.surname) &&
    squash(pa.surname) === squash(pb.given)
  )
    return "same";
  const surnames = surnamesAgree(pa.surname, pb.surname) || hyphenlessSurname(pa, pb);
  if (!surnames) {
    // `GOVERNOR LUJAN` for `Michelle Lujan Grisham`: a surname written as the other's middle name.
    const asMiddle = pa.middle.includes(pb.surname) || pb.middle.includes(pa.surname);
    return asMiddle && !honorificsConflict(pa, pb) ? "compatible" : "different";
  }
  if (honorificsConflict(pa, pb)) return "different";
  if (pa.given && pb.given) {
    if (sameGivenName(pa.given, pb.given)) return surnames === "exact" ? "same" : "compatible";
    const initial = pa.given.length === 1 || pb.given.length === 1;
    if (initial && pa.given[0] === pb.given[0]) return "compatible";
    // `MS. TISCH SUSSMAN` for `Laurie Tisch Sussman`: the label's first word is a middle name.
    if (pa.middle.includes(pb.given) || pb.middle.includes(pa.given)) return "compatible";
    return "different";
  }
  return "compatible";
}

/** True when `compareSpeakers(a, b)` is `same` or `compatible`. */
export function sameSpeaker(a: string, b: string): boolean {
  const match = compareSpeakers(a, b);
  return match === "same" || match === "compatible";
}

export { REPORTER };
