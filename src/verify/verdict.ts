import type { ParsedQuote } from "../match/types.js";
import type { Assessment } from "./assess.js";
import { wordUnits } from "./assess.js";
import { MIN_EVIDENCE, PIN_EVIDENCE, PIN_WORDS, quoteEvidence } from "./evidence.js";
import { alternative, round, sourceRef } from "./source-ref.js";
import { sameSpeaker, unnamedSpeaker } from "./speaker.js";
import { statusOf } from "./status.js";
import type { Difference, Verification } from "./types.js";

/** Scores this close are equally good matches. */
const TIE = 0.02;
/** How much better another speaker's match must be to overrule the attributed speaker's own. */
const OWN_MARGIN = 0.1;
const MAX_ALTERNATIVES = 4;
/** Score from which someone else's match with a meaning change still counts as the quote's words. */
const ON_RECORD = 0.8;

const DAY = 86_400_000;

/** Days between a source and the quote's date (sources without a date come last). */
function distance(a: Assessment, date: string | undefined): number {
  const d = a.statement.source.date;
  if (!date || !d) return Number.POSITIVE_INFINITY;
  return Math.abs(Date.parse(date) - Date.parse(d)) / DAY;
}

/** Best first: by score, and among equally good matches the source nearest the quote's date. */
export function rank(list: readonly Assessment[], date: string | undefined): Assessment[] {
  const byScore = [...list].sort((a, b) => b.score - a.score || b.coverage - a.coverage);
  const out: Assessment[] = [];
  let rest = byScore;
  while (rest.length > 0) {
    const top = rest[0]!.score;
    const tied = rest.filter((a) => a.score >= top - TIE);
    rest = rest.filter((a) => a.score < top - TIE);
    tied.sort((a, b) => distance(a, date) - distance(b, date));
    out.push(...tied);
  }
  return out;
}

/** The attributed speaker said it this close before the quote's date… */
const PIN_DAYS = 30;
/** …and everyone else who said it, this long before or after. */
const FAR_DAYS = 180;

/**
 * Whether the attribution and the date pin a phrase several people said on one of
 * them: the attributed speaker said it within a month before the quote, the one other
 * speaker who said it half a year or more away (`our borders are not open`, said by the attributed
 * Secretary that week and by a press secretary two years earlier). Three words or
 * fewer stay ambiguous: those are stock phrases whoever said them.
 */
function pinnedByDate(
  own: Assessment | undefined,
  tied: readonly Assessment[],
  attributed: string | undefined,
  date: string | undefined,
  quote: ParsedQuote,
): boolean {
  if (!own || !attributed || !date || !own.statement.source.date) return false;
  if (wordUnits(quote) <= PIN_WORDS) return false;
  // One other speaker long ago is a coincidence; several make it a stock phrase.
  if (distinctSpeakers(tied).length > 2) return false;
  const before = (Date.parse(date) - Date.parse(own.statement.source.date)) / DAY;
  if (before < 0 || before > PIN_DAYS) return false;
  return tied.every(
    (a) => sameSpeaker(attributed, a.statement.speaker) || distance(a, date) >= FAR_DAYS,
  );
}

function distinctSpeakers(list: readonly Assessment[]): string[] {
  const names: string[] = [];
  for (const a of list) {
    const s = a.statement.speaker;
    if (!names.some((n) => sameSpeaker(n, s) || n === s)) names.push(s);
  }
  return names;
}

function located(chosen: Assessment, found: readonly Assessment[], extra: Difference[] = []) {
  return {
    source: sourceRef(chosen.statement, chosen.passage),
    score: round(chosen.score),
    differences: [...chosen.described.differences, ...extra].sort(
      (a, b) => a.quote.start - b.quote.start || a.source.start - b.source.start,
    ),
    alternatives: found
      .filter((a) => a !== chosen)
      .slice(0, MAX_ALTERNATIVES)
      .map(alternative),
  };
}

export interface VerdictInput {
  quote: ParsedQuote;
  /** The attributed speaker, when it can be checked against the record (a person, or a name the store has). */
  attributed: string | undefined;
  /** The attributed speaker, when it cannot be checked (`a senior official`, `the report`). */
  unchecked: string | undefined;
  date: string | undefined;
  /** Candidates dated on or before the quote's date (all of them when there is no date). */
  assessed: readonly Assessment[];
  /** Candidates dated after the quote's date (only looked up when nothing earlier matched). */
  later: readonly Assessment[];
}

/**
 * The verdict from the assessed candidates, by these rules in order: nothing found →
 * `not_found`; several speakers with equally good matches for a short or common quote
 * → `ambiguous`; a person named as the speaker with no match of their own as good
 * (within 0.1) as someone else's → `misattributed` (`ambiguous` when the quote is too
 * slight to accuse anyone: about one distinctive word); otherwise the most severe
 * status the differences call for.
 */
export function decide(input: VerdictInput): Verification {
  const found = rank(
    input.assessed.filter((a) => a.found),
    input.date,
  );
  if (found.length === 0) {
    const later = rank(
      input.later.filter((a) => a.found),
      input.date,
    );
    if (later.length > 0) {
      return {
        status: "not_found",
        reason: "only_later_sources",
        nearest: later.slice(0, MAX_ALTERNATIVES).map(alternative),
      };
    }
    const near = [...input.assessed].sort((a, b) => b.coverage - a.coverage);
    return { status: "not_found", reason: "no_match", nearest: near.slice(0, 3).map(alternative) };
  }
  const evidence = quoteEvidence(input.quote);
  const best = found[0]!;
  const attributed = input.attributed;
  const own = attributed
    ? found.find((a) => sameSpeaker(attributed, a.statement.speaker))
    : undefined;
  const tied = found.filter((a) => a.score >= best.score - TIE);
  const tiedSpeakers = distinctSpeakers(tied);

  // The more people said exactly these words, the more of a stock phrase they are.
  const short =
    wordUnits(input.quote) <= PIN_WORDS || evidence < PIN_EVIDENCE * (tiedSpeakers.length - 1);
  if (
    tiedSpeakers.length >= 2 &&
    short &&
    !pinnedByDate(own, tied, attributed, input.date, input.quote)
  ) {
    const chosen = own ?? best;
    const speakers = distinctSpeakers([chosen, ...found]);
    return { status: "ambiguous", reason: "several_speakers", speakers, ...located(chosen, found) };
  }
  const ownIsWorse = !own || own.score < best.score - OWN_MARGIN;
  if (evidence < MIN_EVIDENCE && (!own || ownIsWorse)) {
    // Too little to pin on anyone but the attributed speaker, if they said it.
    const speakers = distinctSpeakers(found);
    return { status: "ambiguous", reason: "too_short", speakers, ...located(best, found) };
  }
  // Someone else's words with the meaning changed are other words, not these said by
  // someone else (`will not accept any unilateral change` for `policy is to oppose any
  // unilateral change`): only a close match accuses the attribution.
  const othersWords =
    statusOf(best.described.differences) !== "meaning_changed" || best.score >= ON_RECORD;
  if (attributed && ownIsWorse && !othersWords && !own) {
    return { status: "not_found", reason: "no_match", nearest: found.slice(0, 3).map(alternative) };
  }
  // Words on record from someone the record does not name cannot contradict the attribution.
  if (
    attributed &&
    ownIsWorse &&
    othersWords &&
    !unnamedSpeaker(attributed, best.statement.speaker)
  ) {
    const units = input.quote.units;
    const first = units[0]!;
    const last = units[units.length - 1]!;
    const start = first.type === "word" ? first.word.start : first.group.start;
    const end = last.type === "word" ? last.word.end : last.group.end;
    const mismatch: Difference = {
      kind: "speaker_mismatch",
      quote: { start, end, text: input.quote.text.slice(start, end) },
      source: {
        ...best.passage,
        text: best.statement.text.slice(best.passage.start, best.passage.end),
      },
    };
    return {
      status: "misattributed",
      attributedTo: attributed,
      ...located(best, found, [mismatch]),
    };
  }
  const chosen = own ?? best;
  const result = located(chosen, found);
  const status = statusOf(result.differences);
  if (input.unchecked && !own && (status === "altered" || status === "meaning_changed")) {
    // Attributed to a source not on record (a document, an unnamed official): similar
    // words from someone on record are more likely other words than these altered.
    return { status: "not_found", reason: "no_match", nearest: found.slice(0, 3).map(alternative) };
  }
  return { status, ...result } as Verification;
}
