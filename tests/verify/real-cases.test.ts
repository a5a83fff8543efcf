import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createStore, importTranscript } from "../../src/store/index.js";
import type { ReferenceStore } from "../../src/store/types.js";
import { type Verification, type VerificationStatus, verifyQuote } from "../../src/verify/index.js";
import { sharedData, skipNote } from "../helpers/shared-data.js";

// Printed quotes checked against real White House transcripts: the transcript side is
// real, the printed side is how a paper might print it (the issue's cases, then more).
const MAY = sharedData("wh-briefings", "press-briefings", "2023-05");
const BRIEFINGS = [
  "2023-05-16-press-briefing-by-press-secretary-karine-jean-pierre-and-national-security-council-coordinator-for-strategic-communications-john-kirby-11.md",
  "2023-05-01-press-briefing-by-press-secretary-karine-jean-pierre-29.md",
  "2023-05-09-press-briefing-by-press-secretary-karine-jean-pierre-33.md",
  "2023-05-31-press-briefing-by-press-secretary-karine-jean-pierre-and-national-security-council-coordinator-for-strategic-communications-john-kirby-12.md",
];

type Case = [
  quote: string,
  speaker: string | undefined,
  expected: VerificationStatus | VerificationStatus[],
];

const KIRBY = "John Kirby";
const KJP = "Karine Jean-Pierre";

const ISSUE_CASES: Case[] = [
  // Disfluencies (`to — to`, `ar- —`) are not words the speaker meant.
  [
    "The President is looking forward to getting out there and having those discussions and, again, showing how united the G7 really is around a common range of security challenges and opportunities",
    KIRBY,
    "verified",
  ],
  // A dropped false start: minor_differences at most.
  ["We will also rally around the need for bold action", KIRBY, ["verified", "minor_differences"]],
  ["And we will also rally around the need for bold action", KIRBY, "minor_differences"],
  [
    "Since the President took office, revitalizing our alliances and partnerships ... has been one of his top priorities",
    KIRBY,
    "verified_with_edits",
  ],
  [
    "[Biden] will also have the opportunity to meet with the leaders of the other members of the Quad",
    KIRBY,
    "verified_with_edits",
  ],
  [
    "Over the last 18 months, the G7 has stood in solidarity with Ukraine",
    KIRBY,
    "meaning_changed",
  ],
  ["our ability to pay our debts is not a key part of U.S. credibility", KIRBY, "meaning_changed"],
  ["they understand how important American credibility and leadership is", KJP, "misattributed"],
  [
    "how can he rally the world if he can't rally lawmakers here in Washington",
    KIRBY,
    "misattributed",
  ],
  ["a key part of U.S. credibility", KIRBY, "verified"],
  // Compound and split words, dashes and commas around an aside.
  [
    "a major transformation in how mental health is understood, accessed, treated, and integrated in and out of health care settings",
    KJP,
    "verified",
  ],
  [
    "passed historic laws that further require insurers to cover mental healthcare",
    KJP,
    "verified",
  ],
  ["deter Russian aggression over the long-term", KJP, "verified"],
  [
    "President Biden and the G7's flagship infrastructure initiative, the Partnership for Global Infrastructure and Investment, otherwise called PGII, which has attracted major investors",
    KIRBY,
    "verified",
  ],
];

const MORE_CASES: Case[] = [
  ["Over the last fifteen months, the G7 has stood in solidarity with Ukraine", KIRBY, "verified"],
  ["Over the last 15 months, the G7 has stood with Ukraine", KIRBY, "altered"],
  [
    "We are working through, thinking through the rest of the trip right now",
    KIRBY,
    "minor_differences",
  ],
  [
    "The President might be looking forward to getting out there and having those discussions",
    KIRBY,
    "meaning_changed",
  ],
  [
    "the President will also have an opportunity to meet with Prime Minister Modi on the margins",
    KIRBY,
    "meaning_changed",
  ],
  [
    "Over the last 15 months, the G7 has stood in solidarity with Ukraine. We're evaluating the rest of the trip",
    KIRBY,
    "altered",
  ],
  [
    "Over the last 15 months, the G7 has stood in solidarity with Ukraine",
    "Admiral Kirby",
    "verified",
  ],
  ["Over the last 15 months, the G7 has stood in solidarity with Ukraine", undefined, "verified"],
  ["The G7 will send a peacekeeping force to the Korean peninsula by autumn", KIRBY, "not_found"],
];

function describeResult(v: Verification): string {
  if (v.status === "not_found") return `not_found (${v.reason})`;
  return `${v.status} from ${v.source.speaker}: ${v.differences.map((d) => `${d.kind} "${d.quote.text}"/"${d.source.text}"`).join("; ")}`;
}

describe.skipIf(!MAY)(
  `real cases against White House transcripts${skipNote(MAY, "wh-briefings")}`,
  () => {
    let store: ReferenceStore;
    beforeAll(() => {
      store = createStore(
        BRIEFINGS.flatMap((f) => {
          const file = join(MAY!, f);
          return importTranscript(readFileSync(file, "utf8"), { file });
        }),
      );
    });

    it.each([...ISSUE_CASES, ...MORE_CASES])("%j (%s) → %j", async (quote, speaker, expected) => {
      const v = await verifyQuote({ text: quote, speaker, date: "2023-06-02" }, store);
      const allowed = Array.isArray(expected) ? expected : [expected];
      expect(allowed, describeResult(v)).toContain(v.status);
    });

    it("a source dated after the quote cannot verify it", async () => {
      const v = await verifyQuote(
        {
          text: "Over the last 15 months, the G7 has stood in solidarity with Ukraine",
          speaker: KIRBY,
          date: "2023-05-10",
        },
        store,
      );
      expect(v).toMatchObject({ status: "not_found", reason: "only_later_sources" });
    });

    it("passage offsets point into the statement and give the printed words' source", async () => {
      const v = await verifyQuote(
        { text: "a key part of U.S. credibility", speaker: KIRBY },
        store,
      );
      expect(v.status).toBe("verified");
      if (v.status === "verified")
        expect(v.source.passage.text).toBe("a key part of U.S. credibility");
    });
  },
);
