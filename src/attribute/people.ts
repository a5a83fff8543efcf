import { BREAK, QUOTE, WORD } from "../extract/tokens.js";
import { bylineOf } from "./byline.js";
import type { AttributionContext } from "./context.js";
import { cueSubjects, isFollowedByCue } from "./cue-subjects.js";
import { cueEnd } from "./cues.js";
import type { Entity } from "./discourse.js";
import { SENTENCE_OPENERS } from "./lexicon/function-words.js";
import { nationOf } from "./lexicon/nationalities.js";
import {
  DOCUMENT_NOUNS,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  ORGANIZATION_NOUNS,
} from "./lexicon/roles.js";
import { analyzeMention } from "./mention.js";
import { isNameToken } from "./name-token.js";
import { nationsAround } from "./nations-around.js";
import { atSentenceStart, isPossessive } from "./noun-phrase.js";
import {
  copulaRole,
  genderOfRole,
  hasPersonRole,
  PLACE_PREPOSITIONS,
  PLACE_STARTS,
  roleBefore,
} from "./person-evidence.js";
import { readPhraseBack } from "./phrase-back.js";
import { withApposition } from "./phrase-forward.js";
import { learnFromPronoun, resolvePronoun } from "./pronoun-referent.js";
import { namesInQuotation } from "./quoted-names.js";

/** Paragraphs at the top that may be a headline or a standfirst. */
const HEADLINE_PARAGRAPHS = 2;

/** Whether paragraph `p` is a headline set in title case (most of its words capitalized). */
function titleCase(ctx: AttributionContext, p: number): boolean {
  let words = 0;
  let capitals = 0;
  for (let k = ctx.paragraphFirst[p]!; k <= ctx.paragraphLast[p]!; k++) {
    const t = ctx.tokens[k]!;
    if (t.kind !== WORD || !/^\p{L}/u.test(t.lower)) continue;
    words++;
    if (t.cap) capitals++;
  }
  return words >= 5 && capitals >= 0.75 * words;
}

/** Country names that are also people's names. */
const PERSONAL_NATIONS: ReadonlySet<string> = new Set(["jordan", "georgia", "chad"]);

/** Nouns before a name that make it the name of a thing (`the carrier Gerald R. Ford`). */
const NAMED_THINGS: ReadonlySet<string> = new Set(
  (
    "carrier ship vessel destroyer frigate cruiser submarine uss hms boat tanker freighter " +
    "yacht ferry liner spacecraft rocket telescope hurricane storm typhoon cyclone"
  ).split(" "),
);

/**
 * Walks the text outside quotations once and records every person it names, with
 * the roles printed around the name (`Defense Secretary Lloyd Austin`, `his Israeli
 * counterpart Yoav Gallant`, `John Kirby, the White House spokesman,`). A lone
 * capitalised word counts only with such evidence or when it refers back to a
 * person already met (`Austin`), so that `Israel` or `Monday` never become people.
 */
export function collectPeople(ctx: AttributionContext): void {
  const { text, tokens, discourse } = ctx;
  const n = tokens.length;
  const sentenceOf = (token: number) => tokens[token]!.sentence;
  const subjects = cueSubjects(tokens);
  const bylines = new Set<number>();
  for (let p = 0; p < ctx.paragraphFirst.length; p++) {
    const byline = bylineOf(ctx, p);
    if (!byline) continue;
    bylines.add(p);
    const entity = discourse.personNamed(byline.words, byline.last, p);
    if (entity.tokens.length === 1) entity.byline = true;
  }
  // The last name recorded and its last token: `Dev Sharma and Tomás Ruiz` are both people.
  let previousName: { entity: Entity; last: number } | undefined;
  const titled = Array.from({ length: HEADLINE_PARAGRAPHS }, (_, p) =>
    p < ctx.paragraphFirst.length ? titleCase(ctx, p) : false,
  );
  for (let k = 0; k < n; k++) {
    const t = tokens[k]!;
    if (bylines.has(t.paragraph)) continue;
    if (t.kind === WORD && (t.lower === "he" || t.lower === "she" || t.lower === "his")) {
      // A tagline pronoun (`he said`) is resolved by attribution, not learnt from.
      if (!isFollowedByCue(tokens, k) && cueEnd(tokens, k - 1, "after") < 0)
        learnFromPronoun(discourse, t.lower, k, t.paragraph, sentenceOf);
      // A subject pronoun keeps its referent in the chain of mentions (`He remembers her…`).
      if (t.lower !== "his") {
        const entity = resolvePronoun(discourse, t.lower, k, t.paragraph, sentenceOf);
        if (entity) discourse.record({ token: k, paragraph: t.paragraph, entity, salient: true });
      }
      continue;
    }
    if (t.kind === QUOTE && t.part === 0) {
      namesInQuotation(ctx, t.quote, k, t.paragraph);
      continue;
    }
    if (t.kind !== WORD || !isNameToken(text, t)) continue;
    // `Biden Cancels Up to $20,000 in Student Debt`: in a title-case headline every word
    // looks like a name; its people are the ones the article goes on to name.
    if (t.paragraph < HEADLINE_PARAGRAPHS && titled[t.paragraph]) continue;
    if (SENTENCE_OPENERS.has(t.lower) && atSentenceStart(tokens, k)) continue;
    let b = k;
    let nickname = false;
    for (;;) {
      const next = tokens[b + 1];
      if (!next || next.sentence !== t.sentence) break;
      // `The Ledger's Sean Whelan`: a possessive ends a name.
      if (tokens[b]!.lower.endsWith("'s") || tokens[b]!.lower.endsWith("’s")) break;
      if (isNameToken(text, next) || NAME_SUFFIXES.has(next.lower)) b++;
      // `Brandon "Boo" Kettleby`: a nickname inside the name.
      else if (next.kind === QUOTE && tokens[b + 2] && isNameToken(text, tokens[b + 2]!)) {
        nickname = true;
        b += 2;
      } else if (
        NAME_PARTICLES.has(next.lower) &&
        tokens[b + 2] &&
        isNameToken(text, tokens[b + 2]!)
      )
        b += 2;
      else break;
    }
    const start = k;
    k = b;
    // `the aircraft carrier Gerald R. Ford`, `USS Harry S. Truman`, `Hurricane Milton`:
    // a vessel or a storm named like a person.
    const prev = tokens[start - 1];
    if (
      NAMED_THINGS.has(t.lower) ||
      (prev !== undefined && prev.kind === WORD && NAMED_THINGS.has(prev.lower))
    )
      continue;
    const after = tokens[b + 1];
    // `the Maple Hill district`, `the Rillwater sensor`: a name used as a modifier.
    if (
      after &&
      after.kind === WORD &&
      !after.cap &&
      (ORGANIZATION_NOUNS.has(after.lower) || DOCUMENT_NOUNS.has(after.lower)) &&
      !isPossessive(tokens[b]!.lower)
    )
      continue;
    // `Ben Gurion International Airport`: the name is part of a longer proper noun.
    if (
      after &&
      after.kind === WORD &&
      after.cap &&
      after.sentence === t.sentence &&
      !NAME_SUFFIXES.has(after.lower)
    )
      continue;
    const lo = ctx.paragraphFirst[t.paragraph]!;
    // `Kincaid’s campaign`: a possessive name is a mention of its own, with no role.
    const possessive = isPossessive(tokens[b]!.lower);
    let phrase = possessive ? { first: start, last: b } : readPhraseBack(tokens, b, lo);
    if (nickname) {
      const before = readPhraseBack(tokens, start, lo);
      phrase = { first: before?.first ?? start, last: b };
    }
    if (!phrase) continue;
    const hi = ctx.sentenceLast[t.sentence]!;
    const mention = analyzeMention(text, tokens, withApposition(tokens, phrase, hi));
    if (mention.kind !== "name") continue;
    const described = roleBefore(ctx, start, b, lo);
    const appositionRole = mention.role;
    if (described) {
      // `Its lead author, Maren Sørensen, a glaciologist at …,`: either role shows a person.
      if (!mention.role || !hasPersonRole(mention.role)) {
        mention.role = described.role;
        const gender = genderOfRole(described.role);
        if (gender) {
          mention.gender = gender;
          mention.genderFromName = false;
        }
      }
    }
    // `The company's first outside investor was Rebecca Sloane`
    const predicated = copulaRole(ctx, start, b, lo);
    const words = mention.nameWords!;
    // `Ukraine should have the right to hit back`: a country is no person (`Jordan`,
    // `Georgia` and `Chad` are people's names too).
    const single = words.length === 1 ? words[0]!.toLowerCase() : "";
    if (single && nationOf(single) === single && !PERSONAL_NATIONS.has(single)) continue;
    // `Wessick Watch, a campaign group,`: an institution, never a person.
    if (ctx.organizations.matching(words)) continue;
    const nations = nationsAround(tokens, described ? described.first : phrase.first, start, b);
    const cue = isFollowedByCue(tokens, b);
    const before = tokens[start - 1];
    const placeLike =
      PLACE_STARTS.has(words[0]!.toLowerCase()) ||
      (before !== undefined && before.kind === WORD && PLACE_PREPOSITIONS.has(before.lower));
    const certain =
      hasPersonRole(mention.role) ||
      hasPersonRole(appositionRole) ||
      mention.title !== undefined ||
      (mention.gender !== undefined && !(mention.genderFromName && placeLike)) ||
      mention.age !== undefined ||
      (cue && words.length > 1) ||
      subjects.has(b);
    const known = discourse.lookup(words, b);
    const speaker = cue && words.length === 1;
    if (!certain && !known && !speaker && (words.length < 2 || placeLike)) continue;
    // `The third candidate on the stage, Casey Moynihan, an independent, …`: a name in
    // apposition to the description opening the sentence is its subject.
    const opening = described ? described.first : phrase.first;
    // A subject: at the sentence start, or a name a past-tense verb follows (`Speaking to
    // Congress …, Biden invoked Roosevelt`).
    const verb = tokens[b + 1];
    const pastVerb =
      verb?.kind === WORD && !verb.cap && verb.lower.length > 4 && verb.lower.endsWith("ed");
    const salient =
      cue || pastVerb || atSentenceStart(tokens, opening) || tokens[opening - 1]?.kind === BREAK;
    const { entity } = discourse.addName(
      mention,
      b,
      t.paragraph,
      salient,
      certain || known?.entity.certain === true,
      speaker,
    );
    if (predicated) discourse.addRole(entity, predicated);
    if (nations) {
      entity.nations ??= new Set();
      for (const nation of nations) entity.nations.add(nation);
    }
    // The author named again in the body (`Marsh, who covered the trial, …`) is a
    // person of the story too.
    entity.byline = undefined;
    // Names joined by `and` are of the same kind: one shown to be a person's makes
    // the other a person's too.
    const joined = tokens[start - 1];
    if (
      previousName &&
      previousName.last === start - 2 &&
      joined &&
      (joined.lower === "and" || joined.lower === "&") &&
      (entity.certain || previousName.entity.certain)
    ) {
      entity.certain = true;
      previousName.entity.certain = true;
    }
    previousName = { entity, last: b };
  }
}
