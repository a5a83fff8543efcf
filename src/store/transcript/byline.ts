import { isTitleWord, NAME_BREAKS, NAME_PARTICLES } from "../person-name.js";

/** Nouns of titles whose `by`/`of`/`from` names the speaker: `Remarks by …`, `Statement of …`. */
const SPOKEN =
  /^(?:remarks|statement|address|message|excerpts?|interview|toast|eulogy|speech|briefing|gaggle|call|conference)$/i;

/** Title words after a name that are the occasion, not the person: `… Joe Biden State of the Union`. */
const OCCASION = new Set(
  (
    "action actions address agenda announcement bill breakfast briefing call celebration ceremony " +
    "conference dinner event gaggle interview law luncheon meeting new order plan progress rally " +
    "reception remarks speech state statement summit tour union visit"
  ).split(" "),
);

/** Lower-case words inside a written-out office (`Assistant to the President for Homeland Security`). */
const OFFICE_LINKS = new Set(["to", "the", "for", "of", "and"]);

const MONTHS = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$/i;

/**
 * The one speaker a document's title names (`Remarks by President Biden on …` →
 * `President Biden`), for text that carries no speaker label. Undefined when the title
 * names nobody or several people (`… by President Biden and Prime Minister Albanese`).
 */
export function bylineSpeaker(title: string): string | undefined {
  const words = title.split(/[\s\u00a0]+/).filter(Boolean);
  const at = bylineStart(words);
  if (at < 0) return undefined;
  const named = nameAt(words, at);
  if (named === undefined || !named.every((w) => isTitleWord(w))) return named?.join(" ");
  // An office alone (`by Assistant to the President for Homeland Security, Dr. Liz
  // Sherwood-Randall on …`): the person is named after the comma that closes it.
  for (let i = at; i < words.length; i++) {
    const w = words[i]!;
    // The office runs on in capitalized words and `to the … for …` (`at`, `|`, a gerund end it).
    if (!/^\p{Lu}/u.test(w) && !OFFICE_LINKS.has(w)) break;
    if (/ing$/.test(w) && w.length > 5) break;
    if (!w.endsWith(",")) continue;
    const after = nameAt(words, i + 1);
    if (after && !after.every((x) => isTitleWord(x))) return after.join(" ");
    break;
  }
  return named.join(" "); // `Remarks by the President`: the office is all the title gives
}

/** Index of the first word after the title's `by` (or `of`/`from` after `Remarks`…), or -1. */
function bylineStart(words: readonly string[]): number {
  let at = -1;
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if (
      w === "by" ||
      ((w === "of" || w === "from") && words.slice(0, i).some((p) => SPOKEN.test(p)))
    ) {
      at = i + 1;
      break;
    }
  }
  return at;
}

/** The name phrase starting at word `at`, or undefined when there is none (or several people). */
function nameAt(words: readonly string[], start: number): string[] | undefined {
  let at = start;
  if (/^(?:a|an|the)$/i.test(words[at] ?? "")) at++;
  const phrase: string[] = [];
  let i = at;
  let stoppedByComma = false;
  for (; i < words.length; i++) {
    let w = words[i]!;
    const lower = w.toLowerCase();
    if (
      (NAME_BREAKS.has(lower) || lower === "of" || lower === "for") &&
      !((lower === "of" || lower === "for") && isTitleWord(phrase[phrase.length - 1] ?? ""))
    )
      break;
    const comma = w.endsWith(",");
    const possessive = /[’']s$/.test(w);
    w = w.replace(/[,:;]$/, "").replace(/[’']s$/, "");
    // Occasion words and gerunds end the name (`… Lael Brainard Assessing Progress`).
    const afterOffice = lower === "state" && /^(?:of|for)$/i.test(phrase[phrase.length - 1] ?? "");
    if ((OCCASION.has(w.toLowerCase()) && !afterOffice) || (/ing$/.test(w) && w.length > 5)) break;
    if (!(/^\p{Lu}/u.test(w) || NAME_PARTICLES.has(w) || lower === "of" || lower === "for")) break;
    phrase.push(w);
    if (possessive) {
      i++;
      break;
    }
    if (comma) {
      stoppedByComma = true;
      i++;
      break;
    }
  }
  if (phrase.length === 0) return undefined;
  const next = words[i] ?? "";
  if (/^(?:and|&)$/i.test(next)) return undefined;
  if (stoppedByComma && /^\p{Lu}/u.test(next) && !MONTHS.test(next)) return undefined;
  while (phrase.length > 0 && /^(?:of|for)$/i.test(phrase[phrase.length - 1]!)) phrase.pop();
  return phrase.length > 0 ? phrase : undefined;
}
