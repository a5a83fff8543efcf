import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../../src/errors.js";
import { createStore, type Statement } from "../../src/index.js";

const source = (date: string) => ({ title: "Press Briefing", date, kind: "transcript" });

const STATEMENTS: Statement[] = [
  {
    id: "kirby-g7",
    speaker: "John Kirby",
    text: "Over the last 15 months, the G7 has stood in solidarity with Ukraine, following Russia’s invasion. And we will also rally the world — we will also rally around the need for bold action to accelerate the clean energy transition.",
    source: source("2023-05-16"),
  },
  {
    id: "kjp-allies",
    speaker: "Karine Jean-Pierre",
    text: "We want to reassure them about our commitment to our allies. That’s what the President said.",
    source: source("2023-04-13"),
  },
  {
    id: "health",
    speaker: "Joe Biden",
    text: "We are going to lower health care costs for working families, period.",
    source: source("2022-08-16"),
  },
  {
    id: "officers",
    speaker: "Joe Biden",
    text: "The offi- — officers did their jobs that day, and we thank them.",
    source: source("2022-01-06"),
  },
  {
    id: "thanks-1",
    speaker: "John Kirby",
    text: "Thank you very much.",
    source: source("2023-01-01"),
  },
  {
    id: "thanks-2",
    speaker: "MODERATOR",
    text: "Okay, thank you very much, everybody.",
    source: source("2023-02-01"),
  },
  { id: "thanks-3", speaker: "Karine Jean-Pierre", text: "Thank you very much.", source: {} },
];

const store = createStore(STATEMENTS);
const passage = (c: { statement: Statement; passage: { start: number; end: number } }) =>
  c.statement.text.slice(c.passage.start, c.passage.end);

describe("store.search: where a quote was said, with the tightest passage", () => {
  it.each([
    // [case, quote, statement id, passage, score]
    [
      "exact",
      "the G7 has stood in solidarity with Ukraine",
      "kirby-g7",
      "the G7 has stood in solidarity with Ukraine",
      1,
    ],
    [
      "typography and case",
      "\u201CThe  G7 has stood in solidarity with\u00a0Ukraine,\u201D",
      "kirby-g7",
      "the G7 has stood in solidarity with Ukraine",
      1,
    ],
    [
      "ellipsis",
      "the G7 has stood … with Ukraine",
      "kirby-g7",
      "the G7 has stood in solidarity with Ukraine",
      1,
    ],
    [
      "ellipsis written as dots",
      "the G7 has stood . . . with Ukraine",
      "kirby-g7",
      "the G7 has stood in solidarity with Ukraine",
      1,
    ],
    [
      "bracketed substitution",
      "reassure [allies] about our commitment",
      "kjp-allies",
      "reassure them about our commitment",
      1,
    ],
    [
      "dropped words",
      "the G7 has stood with Ukraine",
      "kirby-g7",
      "the G7 has stood in solidarity with Ukraine",
      4 / 6,
    ],
    [
      "changed word",
      "those G7 has stood in solidarity with Ukraine",
      "kirby-g7",
      "G7 has stood in solidarity with Ukraine",
      7 / 8,
    ],
    [
      "added word",
      "the G7 has firmly stood in solidarity with Ukraine",
      "kirby-g7",
      "the G7 has stood in solidarity with Ukraine",
      8 / 9,
    ],
    [
      "typo",
      "the G7 has stood in solidarty with Ukraine",
      "kirby-g7",
      "the G7 has stood in solidarity with Ukraine",
      0.9875,
    ],
    [
      "two adjacent sentences",
      "following Russia's invasion. And we will also rally the world",
      "kirby-g7",
      "following Russia’s invasion. And we will also rally the world",
      1,
    ],
    [
      "false start left out",
      "And we will also rally around the need for bold action",
      "kirby-g7",
      "And we will also rally the world — we will also rally around the need for bold action",
      1,
    ],
    [
      "compound written as one word",
      "lower healthcare costs",
      "health",
      "lower health care costs",
      1,
    ],
    [
      "compound written as two words",
      "lower health-care costs",
      "health",
      "lower health care costs",
      1,
    ],
    [
      "cut-off word in the record",
      "The officers did their jobs",
      "officers",
      "The offi- — officers did their jobs",
      1,
    ],
  ] as const)("%s", (_, quote, id, expected, score) => {
    const [best] = store.search(quote);
    expect(best?.statement.id).toBe(id);
    expect(passage(best!)).toBe(expected);
    expect(best!.score).toBeCloseTo(score, 3);
  });

  it("reports how many quote words matched and how specific they are", () => {
    const [g7] = store.search("the G7 has stood in solidarity with Ukraine");
    expect(g7).toMatchObject({ matchedWords: 8, quoteWords: 8 });
    const [thanks] = store.search("thank you very much");
    expect(thanks!.specificity).toBeLessThan(g7!.specificity);
    expect(g7!.specificity).toBeGreaterThan(0.5);
    for (const c of [g7!, thanks!]) {
      expect(c.specificity).toBeGreaterThanOrEqual(0);
      expect(c.specificity).toBeLessThanOrEqual(1);
    }
  });

  it("lists every place a common phrase was said, best first, one candidate per statement", () => {
    const results = store.search("thank you very much", { limit: 10 });
    const exact = results.filter((c) => c.score === 1);
    expect(exact.map((c) => c.statement.id).sort()).toEqual(["thanks-1", "thanks-2", "thanks-3"]);
    expect(results.slice(0, 3)).toEqual(exact);
    // "we thank them" shares one word: found, far below.
    expect(results.find((c) => c.statement.id === "officers")?.score).toBeLessThan(0.5);
    expect(store.search("thank you very much", { limit: 2 })).toHaveLength(2);
  });

  it("finds nothing good for words never said", () => {
    const results = store.search("purple elephants dance at midnight");
    expect(results.every((c) => c.score < 0.5)).toBe(true);
    expect(store.search("")).toEqual([]);
    expect(store.search("[editor's note]")).toEqual([]);
  });

  it("filters by speaker (name variants accepted) and by date", () => {
    for (const speaker of ["John Kirby", "MR. KIRBY", "kirby", "Admiral Kirby"]) {
      expect(store.search("thank you very much", { speaker }).map((c) => c.statement.id)).toEqual([
        "thanks-1",
      ]);
    }
    expect(store.search("thank you very much", { speaker: "Jill Biden" })).toEqual([]);
    const exact = (options: object) =>
      store
        .search("thank you very much", { limit: 10, ...options })
        .filter((c) => c.score === 1)
        .map((c) => c.statement.id);
    // thanks-3 has no date: a date filter leaves it out.
    expect(exact({ dateFrom: "2023-01-15" })).toEqual(["thanks-2"]);
    expect(exact({ dateTo: "2023-01-15" })).toEqual(["thanks-1"]);
    expect(exact({ dateFrom: "2023-01-01", dateTo: "2023-01-01" })).toEqual(["thanks-1"]);
  });

  it("is usable through the async interface", async () => {
    const results = await Promise.resolve(store.search("reassure them about our commitment"));
    expect(results[0]?.statement.id).toBe("kjp-allies");
  });
});

describe("createStore", () => {
  it("counts statements, words and speakers", () => {
    expect(store.size).toBe(STATEMENTS.length);
    expect(store.speakers()).toEqual([
      "Joe Biden",
      "John Kirby",
      "Karine Jean-Pierre",
      "MODERATOR",
    ]);
    expect(store.wordFrequency("Thank")).toBe(4);
    expect(store.wordFrequency("\u201Cthank\u201D")).toBe(4);
    expect(store.wordFrequency("zebra")).toBe(0);
    expect(store.totalWords).toBeGreaterThan(60);
  });

  it("accepts more statements after searching and finds them", () => {
    const s = createStore(STATEMENTS.slice(0, 2));
    expect(s.search("lower health care costs")[0]?.statement.id).not.toBe("health");
    s.add([STATEMENTS[2]!]);
    expect(s.search("lower health care costs")[0]?.statement.id).toBe("health");
    expect(s.size).toBe(3);
  });

  it("keeps statements frozen so offsets stay true", () => {
    const [best] = store.search("reassure them");
    expect(Object.isFrozen(best!.statement)).toBe(true);
    expect(Object.isFrozen(best!.statement.source)).toBe(true);
  });

  it("rejects invalid statements, duplicate ids and invalid options, all or nothing", () => {
    const s = createStore();
    expect(() => s.add([STATEMENTS[0]!, { ...STATEMENTS[1]!, speaker: "" }])).toThrow(
      /statements\.1\.speaker/,
    );
    expect(s.size).toBe(0);
    expect(() => s.add([STATEMENTS[0]!, STATEMENTS[0]!])).toThrow(/duplicate id "kirby-g7"/);
    expect(s.size).toBe(0);
    expect(() => s.add("nope" as never)).toThrow(InvalidInputError);
    expect(() => createStore([], { validate: "yes" } as never)).toThrow(/options\.validate/);
    expect(() => store.search(42 as never)).toThrow(InvalidInputError);
    expect(() => store.search("x", { limit: 0 })).toThrow(/options\.limit/);
    expect(() => store.search("x", { dateFrom: "May 2023" })).toThrow(/options\.dateFrom/);
    expect(() => store.search("x", { speakr: "x" } as never)).toThrow(InvalidInputError);
  });

  it("an empty store finds nothing", () => {
    expect(createStore().search("anything at all")).toEqual([]);
  });
});
