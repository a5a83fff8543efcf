import { type Token, WORD } from "../extract/tokens.js";
import { MONTHS, WEEKDAYS } from "../text/calendar.js";
import { genderOfFirstName } from "./lexicon/gender.js";
import { KNOWN_ORGANIZATIONS, ORGANIZATION_NOUNS, ORGANIZATION_WORDS } from "./lexicon/roles.js";
import { atSentenceStart } from "./noun-phrase.js";
import { CONNECTIVES, Organizations } from "./organizations.js";

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
    // `Bill Ryder`, `Will Hayes`: a given name leading the run is not an institution word.
    const given = genderOfFirstName(t.lower) !== undefined;
    let hasWord = !given && isOrganizationWord(t.lower);
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
    const described = organizationApposition(tokens, k, last);
    if ((hasWord || described) && !isTime(tokens, k, last)) {
      const org = orgs.add(text, tokens, k, last, t.paragraph);
      // `the insurer said` later refers back to `Calder Mutual, the insurer,`.
      if (described) org.words.add(described);
    } else if (last === k) {
      const known = orgs.named(t.lower.replace(/['’]s$/, ""));
      if (known) orgs.record(known, k, t.paragraph);
    }
    k = last;
  }
  return orgs;
}

/** Words that may stand between the determiner and the noun of an apposition: `a local campaign group`. */
const APPOSITION_GAP = 3;

/**
 * `Calder Mutual, the insurer,`, `The operator, Hebridean Link Ferries,`, `Wessick
 * Watch, a campaign group,`: a name in apposition to an institution noun is an
 * institution's, whatever its words. Returns the noun.
 */
function organizationApposition(
  tokens: readonly Token[],
  first: number,
  last: number,
): string | undefined {
  const after = tokens[last + 1];
  if (after?.lower === ",") {
    const det = tokens[last + 2];
    if (det && (det.lower === "the" || det.lower === "a" || det.lower === "an")) {
      for (let j = last + 3; j <= last + 2 + APPOSITION_GAP && j < tokens.length; j++) {
        const u = tokens[j]!;
        if (u.kind !== WORD || u.cap) break;
        if (ORGANIZATION_NOUNS.has(u.lower) && isNounEnd(tokens[j + 1])) return u.lower;
      }
    }
  }
  // `the operator, Hebridean Link Ferries,`
  const before = tokens[first - 1];
  const noun = tokens[first - 2];
  const det = tokens[first - 3]?.lower;
  if (
    before?.lower === "," &&
    noun !== undefined &&
    noun.kind === WORD &&
    !noun.cap &&
    ORGANIZATION_NOUNS.has(noun.lower) &&
    (det === "the" || det === "its")
  )
    return noun.lower;
  return undefined;
}

/** The institution noun ends its phrase (`the insurer,`), rather than modifying another (`a family doctor`). */
function isNounEnd(t: Token | undefined): boolean {
  return !t || t.kind !== WORD || ATTACHING_WORDS.has(t.lower);
}

const ATTACHING_WORDS = new Set(["of", "for", "in", "at", "that", "which", "with", "based", "and"]);

/** `Monday`, `March 4`: runs made only of time words are not institutions. */
function isTime(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    const lower = tokens[k]!.lower;
    if (!TIME.has(lower) && !/^\d/.test(lower)) return false;
  }
  return true;
}

const TIME = new Set([...WEEKDAYS, ...MONTHS]);
