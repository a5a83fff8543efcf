import { trimTrailing } from "../../text/trim.js";

/**
 * Transcriber notes in parentheses that are not words anybody said. The White House
 * convention is a capitalized sentence with its period inside: `(Laughter.)`,
 * `(The bill is signed.)`, `(Speaks Spanish.)`. Other transcripts write them in lower
 * case: `(applause)`, `(inaudible)`, `(cross-talk)`, `(ph)`.
 */
const NOTE_WORDS = new Set([
  "applause",
  "applauding",
  "audio",
  "boos",
  "booing",
  "cheering",
  "cheers",
  "chuckles",
  "chuckling",
  "clears",
  "coughing",
  "coughs",
  "cross-talk",
  "crosstalk",
  "gavel",
  "inaudible",
  "inaudibles",
  "indiscernible",
  "interpreted",
  "interpretation",
  "laugh",
  "laugher",
  "laughing",
  "laughs",
  "laughter",
  "music",
  "off-mic",
  "pause",
  "pauses",
  "ph",
  "sic",
  "sighs",
  "silence",
  "singing",
  "speaks",
  "unintelligible",
]);

/** Two-word notes whose first word is too common to list alone (`(in progress)`, `(as interpreted)`). */
const NOTE_PHRASES =
  /^(?:in progress|in (?:english|spanish|french|german)|as interpreted|off mic|no translation|technical difficult)/;

export function isStageDirection(content: string): boolean {
  const text = content.trim();
  if (text.length === 0) return false;
  if (/^(?:https?:\/\/|www\.)\S*$/.test(text)) return true; // a link target, not speech
  const words = text.split(/\s+/);
  if (words.length > 30) return false;
  const first = trimTrailing(words[0]!.toLowerCase(), ".,;:!?");
  if (NOTE_WORDS.has(first) || NOTE_PHRASES.test(text.toLowerCase())) return true;
  const initial = text.charCodeAt(0);
  const capital = initial >= 0x41 && initial <= 0x5a;
  // `(Laughter.)`, `(The President makes the sign of the cross.)`; not `(IRA)` or `(March 11, 2024)`.
  return capital && /[.!]["”’]?$/.test(text) && /\p{Ll}/u.test(text);
}
