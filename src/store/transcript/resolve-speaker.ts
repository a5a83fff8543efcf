import { similarity } from "../../text/distance.js";
import { foldNameWord, type PersonName, parsePersonName } from "../person-name.js";
import { sameGivenName } from "../same-speaker.js";
import type { Mention, MentionIndex } from "./mentions.js";

/** How a label became a speaker name (reported by the import statistics). */
export type Resolution =
  /** A full name (given name and surname) established by the document or the label itself. */
  | "full"
  /** Role and surname only (`President Biden`): the document never gives the first name. */
  | "partial"
  /** A named label the document does not expand (`MR. SMITH`): kept as printed. */
  | "as-written"
  /** A role with no name (`MODERATOR`, `SENIOR ADMINISTRATION OFFICIAL`): kept as printed. */
  | "anonymous";

export interface ResolvedSpeaker {
  speaker: string;
  role?: string;
  resolution: Resolution;
}

/** Weight of a mention: the title lists the participants, the text only mentions people. */
function weight(m: Mention): number {
  return m.inTitle ? 3 : 1;
}

function squash(s: string): string {
  return s.replace(/[\s'-]/g, "");
}

function sameSurname(a: string, b: string): boolean {
  const sa = squash(a);
  const sb = squash(b);
  return sa === sb || (Math.min(sa.length, sb.length) >= 6 && similarity(sa, sb) >= 0.85);
}

/** The role words a label and a mention must share: `president`, or `vice president`. */
function holdsRole(mention: PersonName, role: readonly string[]): boolean {
  if (role.length === 0) return true;
  const head = role[role.length - 1]!;
  const at = mention.role.lastIndexOf(head);
  if (at < 0) return false;
  // `President` is not `Vice President`; `Vice President` is not plain `President`.
  const wantsVice = role.includes("vice");
  const hasVice = mention.role[at - 1] === "vice";
  return wantsVice === hasVice;
}

/** `KIRBY` → `Kirby`, `O’CONNELL` → `O’Connell`, `MCBATH` → `McBath`, `JEAN-PIERRE` → `Jean-Pierre`. */
export function titleCaseName(text: string): string {
  return text
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase())
    .replace(/\bMc(\p{Ll})/gu, (_, c: string) => `Mc${c.toUpperCase()}`)
    .replace(/\b(Von|Van|Der|De|Da|Del|Di|Du|Bin|Ibn|La|Le)\b(?= \p{Lu})/gu, (w) =>
      w.toLowerCase(),
    );
}

/**
 * Resolves the speaker labels of one transcript to full names using only that
 * document: its title and text. A label is never resolved to a name the document
 * does not support; when the evidence is missing or contradictory, the label stays
 * as printed.
 */
export class SpeakerResolver {
  private readonly cache = new Map<string, ResolvedSpeaker>();

  /**
   * @param mentions people named in the title and text
   * @param labels the named labels of the document: `THE PRESIDENT` is not the person of
   *   another label holding the same office (`PRESIDENT MACRON`)
   * @param introductions by label: names speakers give themselves in their turns (`I'm Joe Biden`)
   */
  constructor(
    private readonly mentions: MentionIndex,
    private readonly labels: readonly PersonName[],
    private readonly introductions: ReadonlyMap<string, readonly Mention[]> = new Map(),
  ) {}

  resolve(label: string): ResolvedSpeaker {
    let resolved = this.cache.get(label);
    if (!resolved) {
      resolved = this.compute(label);
      this.cache.set(label, resolved);
    }
    return resolved;
  }

  private compute(label: string): ResolvedSpeaker {
    const parsed = parsePersonName(label);
    const intros = this.introductions.get(label) ?? [];
    if (parsed.anonymous) {
      const definite = /^the\s/i.test(label.trim()) && parsed.role.length > 0;
      return (
        (definite && this.byRole(parsed.role, intros)) || {
          speaker: label,
          resolution: "anonymous",
        }
      );
    }
    return this.byName(label, parsed, intros);
  }

  /** The name a speaker gave themselves, when its surname is the one the label implies. */
  private introduced(intros: readonly Mention[], surname: string): Mention | undefined {
    const own = intros.filter((m) => sameSurname(m.parsed.surname!, surname));
    return this.bestGiven(own);
  }

  /** `THE PRESIDENT`: the person the document calls `President <Name>`. */
  private byRole(role: readonly string[], intros: readonly Mention[]): ResolvedSpeaker | undefined {
    const scores = new Map<string, number>();
    // The title names the document's principal; the text also names predecessors and guests.
    const head = role[role.length - 1]!;
    const all = this.mentions.around(head);
    const inTitle = all.filter((m) => m.inTitle && holdsRole(m.parsed, role));
    for (const m of inTitle.length > 0 ? inTitle : all) {
      if (
        !holdsRole(m.parsed, role) ||
        m.parsed.role[m.parsed.role.length - 1] !== role[role.length - 1]
      )
        continue;
      const surname = squash(m.parsed.surname!);
      if (this.labels.some((l) => holdsRole(l, role) && refersTo(l, m.parsed))) continue;
      scores.set(surname, (scores.get(surname) ?? 0) + weight(m));
    }
    const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
    if (ranked.length === 0 || (ranked.length > 1 && ranked[1]![1] * 2 > ranked[0]![1])) {
      return undefined;
    }
    // Without the title, the text must name one office holder clearly: speakers also
    // mention predecessors (`President Obama`) and other leaders.
    const clear = ranked[0]![1] >= 3 && (ranked.length === 1 || ranked[1]![1] * 3 <= ranked[0]![1]);
    if (inTitle.length === 0 && !clear) return undefined;
    const surname = ranked[0]![0];
    const holders = all.filter(
      (m) => squash(m.parsed.surname!) === surname && holdsRole(m.parsed, role),
    );
    const full =
      this.bestGiven(holders.filter((m) => m.parsed.given)) ?? this.introduced(intros, surname);
    const roleText = titleCaseName(role.join(" "));
    if (full) return { speaker: full.name, role: full.role ?? roleText, resolution: "full" };
    const written = holders.find((m) => !m.parsed.given) ?? holders[0]!;
    return { speaker: `${roleText} ${written.name}`, role: roleText, resolution: "partial" };
  }

  /** `MR. KIRBY`, `SECRETARY BLINKEN`, `MR. HUNTER BIDEN`. */
  private byName(label: string, parsed: PersonName, intros: readonly Mention[]): ResolvedSpeaker {
    const surname = parsed.surname!;
    const last = surname.split(" ").pop()!;
    const near = this.mentions.around(last);
    // Title mentions are compared loosely too: a label may misspell the name (`MR. SULLIAN`).
    const loose = this.mentions.title.filter((m) => !near.includes(m));
    const nearGiven = this.mentions.title.filter(
      (m) => m.parsed.given === surname && !near.includes(m),
    );
    const withSurname = [...near, ...loose, ...nearGiven].filter(
      (m) => m.parsed.given && refersTo(parsed, m.parsed),
    );
    if (parsed.given) {
      const given = parsed.given;
      const matching = withSurname.filter(
        (m) => sameGivenName(m.parsed.given!, given) || m.parsed.middle.includes(given),
      );
      const best = this.bestGiven(matching, true);
      if (best) return { speaker: best.name, ...roleOf(best), resolution: "full" };
      const nameWords = label
        .split(/\s+/)
        .slice(-(1 + parsed.middle.length + surname.split(" ").length));
      return {
        speaker: titleCaseName(nameWords.join(" ").replace(/^(MR|MS|MRS|DR)\.?\s/i, "")),
        resolution: "full",
      };
    }
    // An office in the label (`SECRETARY`) must match the mention's, unless the mention is
    // in the title with no office at all; courtesy titles (`MR.`) accept any mention.
    const candidates = withSurname.filter((m) => {
      if (parsed.role.length === 0) return true;
      if (holdsRole(m.parsed, parsed.role)) return true;
      return m.inTitle && m.parsed.role.length === 0;
    });
    const best = this.bestGiven(candidates) ?? this.introduced(intros, surname);
    if (best) return { speaker: best.name, ...roleOf(best), resolution: "full" };
    if (parsed.role.length > 0 && !parsed.honorific) {
      // `PRESIDENT BIDEN` is written like the `President Biden` a resolved `THE PRESIDENT` gets.
      const role = titleCaseName(label.split(/\s+/).slice(0, parsed.role.length).join(" "));
      return { speaker: titleCaseName(label), role, resolution: "partial" };
    }
    return { speaker: label, resolution: "as-written" };
  }

  /**
   * The given name most of the evidence supports, or undefined when two given names
   * compete (`MS. BIDEN` in a text naming Jill and Ashley Biden).
   */
  private bestGiven(mentions: readonly Mention[], lenient = false): Mention | undefined {
    const groups: { given: string; score: number; best: Mention; bestScore: number }[] = [];
    for (const m of mentions) {
      const given = m.parsed.given!;
      let group = groups.find((g) => sameGivenName(g.given, given));
      if (!group) {
        group = { given, score: 0, best: m, bestScore: 0 };
        groups.push(group);
      }
      group.score += weight(m);
      // Prefer the fullest written form seen in the title, then the most frequent.
      const formScore = weight(m) * 10 + m.name.split(" ").length;
      if (formScore > group.bestScore) {
        group.best = m;
        group.bestScore = formScore;
      }
    }
    groups.sort((a, b) => b.score - a.score);
    if (groups.length === 0) return undefined;
    if (!lenient && groups.length > 1 && groups[1]!.score * 2 > groups[0]!.score) return undefined;
    const top = groups[0]!;
    // The role is taken from any mention of the same person that carries one.
    const withRole =
      mentions.find((m) => m.role && sameGivenName(m.parsed.given!, top.given) && m.inTitle) ??
      mentions.find((m) => m.role && sameGivenName(m.parsed.given!, top.given));
    return withRole && !top.best.role ? { ...top.best, role: withRole.role } : top.best;
  }
}

/** * Whether a label's name can denote a mentioned person: same surname, or (names written
 * family name first, `President Yoon Suk Yeol` for `PRESIDENT YOON`; double surnames,
 * `President Rodrigo Chaves Robles` for `PRESIDENT CHAVES`) another of the mention's names.
 */
function refersTo(label: PersonName, mention: PersonName): boolean {
  if (sameSurname(mention.surname!, label.surname!)) return true;
  if (label.given || mention.role.length === 0 || label.role.length === 0) return false;
  return mention.given === label.surname || mention.middle.includes(label.surname!);
}

function roleOf(m: Mention): { role?: string } {
  if (!m.role) return {};
  const words = m.role.split(" ");
  // Keep the office, not a sentence that happened to precede the name.
  if (words.length > 12 || !words.some((w) => /^\p{Lu}/u.test(w))) return {};
  return { role: m.role };
}

/** Key for label variants that are the same label: case, periods and spaces ignored. */
export function labelKey(label: string): string {
  return foldNameWord(label.replace(/[\s\u00a0]+/g, " ").trim()).toUpperCase();
}
