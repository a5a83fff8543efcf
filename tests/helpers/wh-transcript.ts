// Test-only reader for one White House transcript, until tests use the store's importer.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import type { Statement } from "../../src/store/schema.js";

const NAMES: Record<string, string> = {
  "MR. KIRBY": "John Kirby",
  "MS. JEAN-PIERRE": "Karine Jean-Pierre",
  "THE PRESIDENT": "Joe Biden",
};

export function readWhTranscript(path: string): Statement[] {
  const raw = readFileSync(path, "utf8");
  const date = /^date: '(\d{4}-\d{2}-\d{2})'/m.exec(raw)?.[1];
  const body = raw.replace(/^---[\s\S]*?\n---\n/, "");
  const out: Statement[] = [];
  let speaker: string | undefined;
  let text = "";
  const flush = () => {
    if (speaker && text.trim()) {
      out.push({
        id: `${basename(path)}#${out.length + 1}`,
        speaker,
        text: text
          .replace(/\([A-Z][a-z]+\.\)/g, "")
          .replace(/\s+/g, " ")
          .trim(),
        source: { date, title: basename(path), kind: "transcript" },
      });
    }
    text = "";
  };
  for (const line of body.split("\n")) {
    const turn = /^([A-Z][A-Z. -]+[A-Z]):\s+(.*)$/.exec(line);
    const question = /^Q\s{2,}(.*)$/.exec(line);
    if (turn) {
      flush();
      speaker = NAMES[turn[1]!] ?? turn[1]!;
      text = turn[2]!;
    } else if (question) {
      flush();
      speaker = "Reporter";
      text = question[1]!;
    } else {
      text += ` ${line}`;
    }
  }
  flush();
  return out;
}
