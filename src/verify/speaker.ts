import { normalize } from "../normalize/index.js";

/** Titles and roles that come before a name and say nothing about who it is. */
const TITLES: ReadonlySet<string> = new Set(
  (
    "mr mrs ms miss mx dr prof professor sir dame lord lady president vice secretary senator sen " +
    "rep representative congressman congresswoman gov governor mayor admiral adm rear general gen " +
    "lt lieutenant col colonel maj major capt captain sgt sergeant judge justice chancellor minister " +
    "prime ambassador press spokesperson spokesman spokeswoman coordinator director deputy chief " +
    "former first second gentleman the"
  ).split(" "),
);
const SUFFIXES: ReadonlySet<string> = new Set(["jr", "sr", "ii", "iii", "iv"]);
/** First names whose short form starts with another letter. */
const NICKNAMES: ReadonlyMap<string, string> = new Map([
  ["bill", "william"],
  ["bob", "robert"],
  ["dick", "richard"],
  ["ted", "edward"],
  ["jack", "john"],
  ["hank", "henry"],
  ["chuck", "charles"],
  ["peggy", "margaret"],
  ["betsy", "elizabeth"],
  ["joe", "joseph"],
  ["jim", "james"],
  ["mike", "michael"],
  ["tony", "anthony"],
  ["steve", "stephen"],
]);

/** Lower-cased name words; hyphenated names stay one word (`jean-pierre`). */
function nameWords(name: string): string[] {
  const folded = normalize(name, { caseFold: true }).text.replace(/[^\p{L}\p{N}'\s-]/gu, " ");
  const words = folded.split(/\s+/).filter((w) => w.length > 0 && !SUFFIXES.has(w));
  let k = 0;
  while (k < words.length - 1 && TITLES.has(words[k]!)) k++;
  return words.slice(k);
}

/** Given names agree: the same, a known short form, an initial, or a clipped form (`Chris`). */
function firstNamesAgree(a: string, b: string): boolean {
  const fa = NICKNAMES.get(a) ?? a;
  const fb = NICKNAMES.get(b) ?? b;
  if (fa === fb) return true;
  const [short, long] = fa.length <= fb.length ? [fa, fb] : [fb, fa];
  if (short.length === 1) return long.startsWith(short);
  return short.length >= 3 && long.startsWith(short);
}

/**
 * Whether two renderings of a name are the same person: `Kirby`, `John Kirby`,
 * `Adm. John F. Kirby`, `MR. KIRBY`; `President Biden` and `Joe Biden`;
 * `Jean-Pierre` and `Karine Jean-Pierre`. Surnames must agree, and first names when
 * both are given (by initial or a known short form).
 */
export function sameSpeaker(a: string, b: string): boolean {
  const wa = nameWords(a);
  const wb = nameWords(b);
  if (wa.length === 0 || wb.length === 0) return false;
  if (wa.join(" ") === wb.join(" ")) return true;
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  // A description before the name (`Super-agent Luca Bellini`), or a first name alone
  // as tabloids use it (`Denise` for `Denise Hatton`).
  if (short.length >= 2 && long.slice(-short.length).join(" ") === short.join(" ")) return true;
  if (short.length === 1 && long.length === 2 && short[0] === long[0]) return true;
  if (wa[wa.length - 1] !== wb[wb.length - 1]) return false;
  if (wa.length === 1 || wb.length === 1) return true;
  return firstNamesAgree(wa[0]!, wb[0]!);
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
  if (!/^\p{Lu}/u.test(trimmed)) return false;
  return nameWords(trimmed).length > 0;
}
