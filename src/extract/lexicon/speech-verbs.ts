/**
 * Verbs that attribute words to a speaker or writer ("cues"), in every form news
 * copy prints them. Kept to verbs whose subject is the source of the quoted words:
 * "said", "told", "wrote", "tweeted"; not "believes" or "thinks", which report
 * opinions in the writer's words.
 *
 * Regular verbs are listed by their base form and inflected by rule; irregular
 * forms are listed as they are.
 */

const REGULAR = [
  "add",
  "acknowledge",
  "admit",
  "advise",
  "agree",
  "allege",
  "announce",
  "answer",
  "argue",
  "assert",
  "assure",
  "blast",
  "blog",
  "boast",
  "brag",
  "call",
  "caution",
  "charge",
  "chime",
  "claim",
  "comment",
  "complain",
  "concede",
  "conclude",
  "confess",
  "confirm",
  "contend",
  "continue",
  "counter",
  "cry",
  "declare",
  "decry",
  "demand",
  "deny",
  "describe",
  "email",
  "emphasize",
  "emphasise",
  "explain",
  "exclaim",
  "fume",
  "gush",
  "hint",
  "insist",
  "inform",
  "inquire",
  "interject",
  "interrupt",
  "joke",
  "lament",
  "laugh",
  "maintain",
  "mention",
  "message",
  "mock",
  "mumble",
  "murmur",
  "muse",
  "mutter",
  "note",
  "object",
  "observe",
  "offer",
  "opine",
  "plead",
  "pledge",
  "point",
  "post",
  "predict",
  "proclaim",
  "promise",
  "protest",
  "query",
  "question",
  "quip",
  "rage",
  "rant",
  "reason",
  "recall",
  "recount",
  "reflect",
  "reiterate",
  "remark",
  "remind",
  "reply",
  "report",
  "respond",
  "retort",
  "reveal",
  "scoff",
  "scream",
  "shout",
  "sigh",
  "slam",
  "snap",
  "sneer",
  "state",
  "stress",
  "suggest",
  "testify",
  "text",
  "thunder",
  "tweet",
  "urge",
  "vow",
  "warn",
  "whisper",
  "wonder",
  "yell",
  "ask",
  "explain",
  "summarize",
  "summarise",
  "underline",
  "underscore",
  "recommend",
  "repeat",
  "concur",
  "caution",
  "contest",
  "accuse",
  "highlight",
  "estimate",
  "speculate",
  "complain",
  "gripe",
  "beg",
  "implore",
  "press",
  "persist",
];

const IRREGULAR = [
  "say",
  "says",
  "said",
  "saying",
  "tell",
  "tells",
  "told",
  "telling",
  "write",
  "writes",
  "wrote",
  "writing",
  "written",
  "speak",
  "speaks",
  "spoke",
  "begin",
  "begins",
  "began",
  "put",
  "puts",
  "quoted",
  "quote",
  "quotes",
  "read",
  "reads",
];

function inflect(base: string): string[] {
  const forms = [base];
  const last = base[base.length - 1]!;
  const beforeLast = base[base.length - 2] ?? "";
  const vowel = (c: string) => "aeiou".includes(c);
  if (last === "e") {
    forms.push(`${base}s`, `${base}d`, `${base.slice(0, -1)}ing`);
  } else if (last === "y" && !vowel(beforeLast)) {
    forms.push(`${base.slice(0, -1)}ies`, `${base.slice(0, -1)}ied`, `${base}ing`);
  } else if (/(s|sh|ch|x|z)$/.test(base)) {
    forms.push(`${base}es`, `${base}ed`, `${base}ing`);
  } else {
    forms.push(`${base}s`, `${base}ed`, `${base}ing`);
    // Short verbs double their final consonant: quip → quipped, snap → snapped, blog → blogged.
    if (
      base.length <= 4 &&
      !vowel(last) &&
      vowel(beforeLast) &&
      !vowel(base[base.length - 3] ?? "") &&
      !"wxy".includes(last)
    ) {
      forms.push(`${base}${last}ed`, `${base}${last}ing`);
    }
  }
  return forms;
}

/** Every form of every cue verb, lower case. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  ...REGULAR.flatMap(inflect),
  ...IRREGULAR,
]);

/**
 * Forms that report speech only with a particular complement, decided by the
 * attribution rules: "called" ("what he called 'a disgrace'", not "a group called"),
 * "put" ("as he put it"), "read" ("the statement read"), "point" ("pointed out"),
 * "chime" ("chimed in"), "quoted" ("was quoted as saying").
 */
export const WEAK_SPEECH_VERBS: ReadonlySet<string> = new Set([
  "call",
  "calls",
  "called",
  "calling",
  "put",
  "puts",
  "read",
  "reads",
  "point",
  "points",
  "pointed",
  "pointing",
  "chime",
  "chimes",
  "chimed",
  "chiming",
  "quote",
  "quotes",
  "quoted",
  "begin",
  "begins",
  "began",
  "continue",
  "continues",
  "continued",
  "speak",
  "speaks",
  "spoke",
  "offer",
  "offers",
  "offered",
  "press",
  "pressed",
  "persist",
  "persisted",
  "object",
  "objected",
  "reflect",
  "reflected",
  "reason",
  "reasoned",
  "question",
  "questioned",
  "message",
  "messaged",
  "text",
  "texted",
  "post",
  "posted",
  "report",
  "reported",
  "state",
  "states",
  "stated",
  "describe",
  "describes",
  "described",
  "estimate",
  "estimated",
  "speculate",
  "speculated",
]);

/** True for a lower-cased word that is a cue verb in some use. */
export function isSpeechVerb(lower: string): boolean {
  return SPEECH_VERBS.has(lower);
}
