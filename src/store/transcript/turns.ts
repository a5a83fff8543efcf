import { similarity } from "../../text/distance.js";
import { type LabelMatch, matchLabel } from "./labels.js";
import type { Line } from "./lines.js";
import { labelKey } from "./resolve-speaker.js";

/** A speaker turn: the line it starts on and its label. */
export interface Turn {
  line: number;
  match: LabelMatch;
}

export function findTurns(text: string, lines: readonly Line[], whitehouse: boolean): Turn[] {
  const turns: Turn[] = [];
  let seenText = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.blank) continue;
    const previous = lines[i - 1];
    const fresh =
      !seenText || previous === undefined || previous.blank || (whitehouse && previous.hardBreak);
    seenText = true;
    const match = matchLabel(text, line.contentStart, line.end, !whitehouse);
    if (!match) continue;
    // A label inside a wrapped paragraph (`… if there was no\nNATO: another war`) is text,
    // unless it has the two spaces the White House files put after a label.
    if (fresh || (whitehouse && match.gap >= 2)) turns.push({ line: i, match });
  }
  return turns;
}

/**
 * Maps every label spelling to the one it stands for: the same label written with other
 * spaces or periods, and rare misspellings of a frequent label (`THE PRESIDNET`,
 * `MR. SULLIAN`). Labels that differ only in the courtesy title (`MS. KIRBY` / `MR. KIRBY`)
 * are kept apart: they may be two people.
 */
export function canonicalLabels(turns: readonly Turn[]): Map<string, string> {
  const counts = new Map<string, { count: number; spellings: Map<string, number> }>();
  for (const { match } of turns) {
    if (match.reporter) continue;
    const key = labelKey(match.label);
    let entry = counts.get(key);
    if (!entry) {
      entry = { count: 0, spellings: new Map() };
      counts.set(key, entry);
    }
    entry.count++;
    entry.spellings.set(match.label, (entry.spellings.get(match.label) ?? 0) + 1);
  }
  const printed = (key: string) =>
    [...counts.get(key)!.spellings.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  const result = new Map<string, string>();
  for (const [key, entry] of counts) {
    let target = key;
    if (entry.count <= 2 && key.length >= 6) {
      for (const [other, o] of counts) {
        if (other === key || o.count < Math.max(3, entry.count * 3)) continue;
        if (sameButCourtesy(key, other)) continue;
        if (similarity(key, other) >= 0.8) {
          target = other;
          break;
        }
      }
    }
    result.set(key, printed(target));
  }
  return result;
}

function sameButCourtesy(a: string, b: string): boolean {
  const sa = a.indexOf(" ");
  const sb = b.indexOf(" ");
  return sa > 0 && sb > 0 && a.slice(sa) === b.slice(sb);
}
