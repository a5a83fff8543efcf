import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../../src/errors.js";
import { importTranscript, readTranscript } from "../../src/store/transcript/import-transcript.js";
import { sharedData, skipNote } from "../helpers/shared-data.js";

const NB = "\u00a0";

/** A briefing in the White House layout: front matter, NBSP after labels, hard-wrapped lines. */
const BRIEFING = `---
date: '2023-05-16'
source_url: https://www.whitehouse.gov/briefing-room/press-briefings/2023/05/16/briefing/
tags: press-briefings
title: "Press Briefing by Press Secretary Karine Jean-Pierre and National Security\\
  \\ Council Coordinator for Strategic Communications John\\_Kirby"
---
${NB}
James S. Brady Press Briefing Room

2:15 P.M. EDT${NB}${NB}
${NB}${NB}${NB}
MS. JEAN-PIERRE:${NB}${NB}Good afternoon, everybody.${NB}${NB}Happy Monday.${NB}${NB}
${NB}${NB}${NB}
Q${NB}${NB}${NB}${NB}Tuesday.${NB}${NB}
${NB}${NB}${NB}
MS. JEAN-PIERRE:${NB}${NB}Is it Tuesday?${NB}${NB}(Laughter.)${NB}${NB}Holy cow.${NB}${NB}Happy
Tuesday.${NB}${NB}

MR. KIRBY:${NB}${NB}Over the last 15 months, the G7 has stood in solidarity with
Ukraine.${NB}${NB}And we will also rally the world — we will also rally
around the need for bold action.

And that's \\[the\\] plan (applause) for <s>tomorow</s> \\[tomorrow\\].

Q${NB}${NB}${NB}${NB}Thanks, Admiral.

MS. JEAN-PIERRE:${NB}${NB}Thank you.

3:02 P.M. EDT
`;

describe("importTranscript: White House layout", () => {
  const statements = importTranscript(BRIEFING, { file: "briefings/2023-05-16.md" });

  it("makes one statement per turn, with resolved speakers and reporters", () => {
    expect(statements.map((s) => [s.speaker, s.text])).toEqual([
      ["Karine Jean-Pierre", "Good afternoon, everybody. Happy Monday."],
      ["Reporter", "Tuesday."],
      ["Karine Jean-Pierre", "Is it Tuesday? Holy cow. Happy Tuesday."],
      [
        "John Kirby",
        "Over the last 15 months, the G7 has stood in solidarity with Ukraine. And we will also rally the world — we will also rally around the need for bold action.\n\nAnd that's [the] plan for tomorow [tomorrow].",
      ],
      ["Reporter", "Thanks, Admiral."],
      ["Karine Jean-Pierre", "Thank you."],
    ]);
  });

  it("keeps roles, source, ids and offsets back into the transcript", () => {
    const kirby = statements[3]!;
    expect(kirby.role).toBe("National Security Council Coordinator for Strategic Communications");
    expect(statements[0]!.role).toBe("Press Secretary");
    expect(kirby.source).toEqual({
      title:
        "Press Briefing by Press Secretary Karine Jean-Pierre and National Security Council Coordinator for Strategic Communications John Kirby",
      date: "2023-05-16",
      url: "https://www.whitehouse.gov/briefing-room/press-briefings/2023/05/16/briefing/",
      kind: "transcript",
    });
    expect(statements.map((s) => s.id)).toEqual([1, 2, 3, 4, 5, 6].map((n) => `2023-05-16#${n}`));
    for (const s of statements) {
      const { start, end, label, file } = s.location!;
      expect(file).toBe("briefings/2023-05-16.md");
      expect(BRIEFING.slice(start, start + label!.length)).toBe(label);
      expect(BRIEFING.slice(start, end)).not.toMatch(/\s$/);
    }
    expect(BRIEFING.slice(kirby.location!.start, kirby.location!.end)).toMatch(
      /^MR\. KIRBY:.*\[tomorrow\\\]\.$/s,
    );
  });

  it("reports how each label was read", () => {
    const { labels, format } = readTranscript(BRIEFING);
    expect(format).toBe("whitehouse");
    expect(labels).toEqual([
      { label: "MS. JEAN-PIERRE", speaker: "Karine Jean-Pierre", resolution: "full", turns: 3 },
      { label: "Q", speaker: "Reporter", resolution: "reporter", turns: 2 },
      { label: "MR. KIRBY", speaker: "John Kirby", resolution: "full", turns: 1 },
    ]);
  });
});

function transcript(title: string, body: string): string {
  return `---\ntitle: "${title}"\ndate: '2022-05-20'\ntags: speeches-remarks\n---\n\n${body}`;
}

describe("importTranscript: resolving labels from the document", () => {
  it.each([
    // [title, body, expected speakers in order]
    [
      "Remarks by President Biden on the Economy",
      `THE PRESIDENT:${NB} Hello, everybody. (Applause.)\n\nAUDIENCE MEMBER:${NB} We love you!\n\nTHE PRESIDENT:${NB} Thank you.`,
      ["President Biden", "AUDIENCE MEMBER", "President Biden"],
    ],
    [
      "Remarks by President Biden on the Economy",
      `THE PRESIDENT:${NB} I'm Joe Biden, and I'm Jill Biden's husband.`,
      ["Joe Biden"],
    ],
    [
      "Remarks by President Biden and First Lady Jill Biden",
      `THE FIRST LADY:${NB} Please welcome the President of the United States, Joe Biden.\n\nTHE PRESIDENT:${NB} Thank you.`,
      ["Jill Biden", "Joe Biden"],
    ],
    [
      "Remarks by President Biden and President Yoon Suk Yeol of the Republic of Korea",
      `PRESIDENT YOON:${NB} (As interpreted.) Thank you.\n\nTHE PRESIDENT:${NB} Thank you, Mr. President.`,
      ["Yoon Suk Yeol", "President Biden"],
    ],
    [
      "Press Call by Senior Administration Officials",
      `MODERATOR:${NB} Thanks, everyone.\n\nSENIOR ADMINISTRATION OFFICIAL:${NB} Thank you.\n\nMR. SMITH:${NB} Hi.`,
      ["MODERATOR", "SENIOR ADMINISTRATION OFFICIAL", "MR. SMITH"],
    ],
    [
      "Remarks by Secretary of State Antony Blinken",
      `SECRETARY BLINKEN:${NB} Good morning.\n\nSECRETARY BLINKEN:${NB} Next.\n\nSECRETARY BLINKIN:${NB} A typo.\n\nSECRETARY BLINKEN:${NB} Again.`,
      ["Antony Blinken", "Antony Blinken", "Antony Blinken", "Antony Blinken"],
    ],
    [
      // Two people could be `MS. BIDEN`: the label stays as printed.
      "Remarks by Jill Biden and Ashley Biden",
      `MS. BIDEN:${NB} Hi.`,
      ["MS. BIDEN"],
    ],
    [
      // An office, then the person after a comma.
      "Remarks as Prepared for Delivery by Assistant to the President for Homeland Security, Dr. Liz Sherwood-Randall on the Future of the Mission",
      "Thank you all.\n\nWe have learned a great deal.",
      ["Liz Sherwood-Randall"],
    ],
    [
      // No label at all: the title's speaker says everything after the place line.
      "Remarks as Prepared for Delivery by First Lady Jill Biden at a Community College",
      "*Mesa, Arizona*\n\nThank you, everyone.\n\nIt is good to be here.",
      ["Jill Biden"],
    ],
  ])("%s", (title, body, speakers) => {
    expect(importTranscript(transcript(title, body)).map((s) => s.speaker)).toEqual(speakers);
  });

  it("does not read an upper-case word inside a wrapped paragraph as a label", () => {
    const text = transcript(
      "Remarks by President Biden",
      "THE PRESIDENT:  And the American people understand what would happen if there was no\nNATO: another war in Europe.",
    );
    const statements = importTranscript(text);
    expect(statements).toHaveLength(1);
    expect(statements[0]!.text).toBe(
      "And the American people understand what would happen if there was no NATO: another war in Europe.",
    );
  });

  it("drops Markdown link targets, escapes and emphasis", () => {
    const text = transcript(
      "Remarks by President Biden",
      "THE PRESIDENT:  The [Bipartisan Infrastructure\nLaw](https://example.gov/bil) is **working** \\*really\\*.",
    );
    expect(importTranscript(text)[0]!.text).toBe(
      "The Bipartisan Infrastructure Law is working *really*.",
    );
  });
});

describe("importTranscript: plain format", () => {
  const PLAIN = `---
title: Town hall with Jane Doe
date: 2024-03-02
url: https://example.org/town-hall
kind: interview
---
JANE DOE: We will not raise taxes on families
earning less than $400,000.

That is a promise. (laughter)

Q: Is it a promise?

Mary Major: It is, and I was there.

Note: this paragraph is part of Mary Major's turn.
`;

  it("reads NAME: turns, Q: questions, blank-line paragraphs and the front matter", () => {
    const statements = importTranscript(PLAIN, { idPrefix: "town-hall" });
    expect(readTranscript(PLAIN).format).toBe("plain");
    expect(statements.map((s) => [s.id, s.speaker, s.text])).toEqual([
      [
        "town-hall#1",
        "Jane Doe",
        "We will not raise taxes on families earning less than $400,000.\n\nThat is a promise.",
      ],
      ["town-hall#2", "Reporter", "Is it a promise?"],
      [
        "town-hall#3",
        "Mary Major",
        "It is, and I was there.\n\nNote: this paragraph is part of Mary Major's turn.",
      ],
    ]);
    expect(statements[0]!.source).toEqual({
      title: "Town hall with Jane Doe",
      date: "2024-03-02",
      url: "https://example.org/town-hall",
      kind: "interview",
    });
  });

  it("attributes unlabeled text to options.speaker, then to the title's byline, else to nobody known", () => {
    expect(importTranscript("Just words.", { speaker: "Jane Doe" })[0]!.speaker).toBe("Jane Doe");
    expect(
      importTranscript("---\ntitle: Remarks by Mayor Jane Doe\n---\nJust words.")[0]!.speaker,
    ).toBe("Jane Doe");
    expect(importTranscript("Just words.")[0]!.speaker).toBe("Unknown speaker");
  });

  it("lets options.source override the front matter", () => {
    const [first] = importTranscript(PLAIN, { source: { kind: "speech", title: "Other" } });
    expect(first!.source).toMatchObject({ kind: "speech", title: "Other", date: "2024-03-02" });
  });

  it("handles CRLF line ends and a byte-order mark", () => {
    const crlf = `\uFEFF${PLAIN.replace(/\n/g, "\r\n")}`;
    expect(importTranscript(crlf).map((s) => s.text)).toEqual(
      importTranscript(PLAIN).map((s) => s.text),
    );
  });
});

describe("importTranscript: misuse and bad input", () => {
  it("rejects a non-string text and invalid options with InvalidInputError", () => {
    expect(() => importTranscript(3 as unknown as string)).toThrow(InvalidInputError);
    expect(() => importTranscript("x", { format: "pdf" as "plain" })).toThrow(/options\.format/);
    expect(() => importTranscript("x", { source: { date: "yesterday" } })).toThrow(
      /options\.source\.date/,
    );
    expect(() => importTranscript("x", { extra: 1 } as never)).toThrow(InvalidInputError);
  });

  it("never throws on arbitrary text; offsets stay inside it; ids are unique", () => {
    const pieces = fc.constantFrom(
      "MR. KIRBY:  ",
      "Q    ",
      "THE PRESIDENT: ",
      "Jane Doe: ",
      "(Laughter.)",
      "(",
      ")",
      "[x](http://a)",
      "\\[",
      "<s>",
      "*",
      "\n",
      "\n\n",
      `${NB}${NB}`,
      "---\n",
      'title: "a\\',
      "word ",
      "I'm Joe Biden ",
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 40 }), (parts) => {
        const text = parts.join("");
        for (const format of ["auto", "whitehouse", "plain"] as const) {
          const statements = importTranscript(text, { format });
          expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
          for (const s of statements) {
            expect(s.location!.start).toBeGreaterThanOrEqual(0);
            expect(s.location!.end).toBeLessThanOrEqual(text.length);
            expect(s.location!.start).toBeLessThanOrEqual(s.location!.end);
            expect(s.text.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("reads pathological lines in linear time", () => {
    const long = `${"A".repeat(50_000)}\n${"(".repeat(50_000)}\n${"[".repeat(20_000)}](${"x".repeat(20_000)}\n${"MR. ".repeat(20_000)}:\n`;
    const started = performance.now();
    importTranscript(long, { format: "whitehouse" });
    importTranscript(long, { format: "plain" });
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

const briefings = sharedData("wh-briefings");

describe.skipIf(!briefings)(
  `importTranscript on real White House files${skipNote(briefings, "wh-briefings")}`,
  () => {
    const read = (path: string) => readFileSync(join(briefings!, path), "utf8");

    it.each([
      [
        "press-briefings/2023-05/2023-05-16-press-briefing-by-press-secretary-karine-jean-pierre-and-national-security-council-coordinator-for-strategic-communications-john-kirby-11.md",
        [
          [
            "Karine Jean-Pierre",
            "Good afternoon, everybody. Happy Monday.\n\nOkay, I’m just going to get —",
          ],
          ["Reporter", "Tuesday."],
          ["Karine Jean-Pierre", "Is it Tuesday? Holy cow. Happy Tuesday."],
        ],
        "John Kirby",
      ],
      [
        "speeches-remarks/2024-11/2024-11-02-remarks-by-president-biden-at-a-carpenters-local-445-gotv-event-scranton-pa.md",
        undefined,
        "President Biden",
      ],
      [
        "press-briefings/2023-05/2023-05-01-background-press-call-on-the-upcoming-visit-of-president-marcos-of-the-philippines.md",
        undefined,
        "SENIOR ADMINISTRATION OFFICIAL",
      ],
      [
        "speeches-remarks/2022-03/2022-03-02-press-gaggle-by-principal-deputy-press-secretary-karine-jean-pierre-6.md",
        [
          [
            "Karine Jean-Pierre",
            expect.stringMatching(
              /^Hey, everybody\. Okay\. So, today, the President and the First Lady/,
            ),
          ],
        ],
        "Karine Jean-Pierre",
      ],
      [
        "speeches-remarks/2023-04/2023-04-26-remarks-by-president-biden-and-president-yoon-suk-yeol-of-the-republic-of-korea-before-bilateral-meeting.md",
        undefined,
        "Yoon Suk Yeol",
      ],
      [
        "speeches-remarks/2022-05/2022-05-11-remarks-by-vice-president-harris-after-the-senate-vote-on-the-womens-health-protection-act.md",
        [["Reporter", expect.stringMatching(/^Madam Vice President, what does this vote mean\?/)]],
        "Vice President Harris",
      ],
      [
        "speeches-remarks/2021-03/2021-03-02-statement-of-president-joe-biden-on-the-passing-of-vernon-jordan.md",
        [
          [
            "Joe Biden",
            expect.stringMatching(/^Vernon Jordan began life in one of the first public housing/),
          ],
        ],
        "Joe Biden",
      ],
      [
        "speeches-remarks/2021-02/2021-02-04-remarks-as-prepared-for-delivery-by-first-lady-jill-biden-in-a-virtual-visit-to-the-national-cancer-institute-on-world-cancer-day.md",
        [["Jill Biden", expect.stringMatching(/^Thank you, Dr\. Sharpless\./)]],
        "Jill Biden",
      ],
    ])("%s", (path, first, speaker) => {
      const statements = importTranscript(read(path), { file: path });
      if (first) {
        statements.slice(0, first.length).forEach((s, i) => {
          expect([s.speaker, s.text]).toEqual(first[i]);
        });
      }
      expect(statements.map((s) => s.speaker)).toContain(speaker);
      for (const s of statements) {
        expect(s.text).not.toMatch(/\((?:Laughter|Applause)\.\)/);
        expect(s.text).not.toMatch(/\u00a0|(?<!\n)\n(?!\n)/);
      }
    });
  },
);
