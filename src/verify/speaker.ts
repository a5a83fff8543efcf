import { normalize } from "../normalize/index.js";
import { compareSpeakers } from "../store/index.js";

function nameWords(name: string): string[] {
  return normalize(name, { caseFold: true })
    .text.replace(/[^\p{L}\p{N}'\s-]/gu, " ")
    .split(/\s+/)
    .filter((w) => w.length > 0);
}

/**
 * Whether the attributed speaker and a statement's speaker can be the same person:
 * the store's name matching (`Kirby` / `John Kirby` / `MR. KIRBY`, `Joe` / `Joseph`,
 * a description before the name), plus a first name alone as tabloids use it (`Denise`
 * for `Denise Hatton`, when the full name has just a first and a last name).
 */
export function sameSpeaker(attributed: string, recorded: string): boolean {
  const match = compareSpeakers(attributed, recorded);
  if (match === "same" || match === "compatible") return true;
  const [short, long] = [nameWords(attributed), nameWords(recorded)].sort(
    (x, y) => x.length - y.length,
  );
  return short!.length === 1 && long!.length === 2 && short![0] === long![0];
}

/** Record speakers that are an office, not a name: the office holder may be the attributed person. */
const OFFICE =
  /^(?:the )?(?:president|vice president|first lady|second gentleman|secretary|press secretary|unknown speaker|unknown)$/;

/**
 * Whether the record's speaker is an office the transcript did not resolve to a name
 * (an unresolved `THE PRESIDENT`, an unknown speaker): their words can neither confirm
 * nor contradict an attribution. A role that is not an office holder (`Moderator`,
 * `Audience member`, `Senior administration official`) is someone else.
 */
export function unnamedSpeaker(attributed: string, recorded: string): boolean {
  if (compareSpeakers(attributed, recorded) !== "unknown") return false;
  return OFFICE.test(nameWords(recorded).join(" "));
}

const DESCRIPTION = /^(?:the|a|an|one|two|some|several|senior|officials?)\b/i;

/**
 * Whether an attributed speaker names a person whose words can be compared with the
 * record (`John Kirby`, `Kirby`), rather than a description or an organisation
 * (`a senior official`, `the White House`): only a person can be misattributed.
 */
export function namesPerson(speaker: string): boolean {
  const trimmed = speaker.trim();
  if (trimmed.length === 0 || DESCRIPTION.test(trimmed)) return false;
  return /^\p{Lu}/u.test(trimmed);
}
