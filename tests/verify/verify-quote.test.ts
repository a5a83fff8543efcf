import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../../src/errors.js";
import { createStore } from "../../src/store/index.js";
import type { Statement } from "../../src/store/schema.js";
import { verifyQuote } from "../../src/verify/verify-quote.js";

const statements: Statement[] = [
  {
    id: "b#1",
    speaker: "Dana Whitfield",
    text: "We have secured funding for the new bridge over the Calder River, and construction will begin in the spring. It will not raise property taxes.",
    source: { title: "Council briefing", date: "2024-03-04", kind: "transcript" },
    role: "Mayor",
  },
  {
    id: "b#2",
    speaker: "Reporter",
    text: "Is the bridge going to be finished before the flood season, or is that a fantasy?",
    source: { title: "Council briefing", date: "2024-03-04", kind: "transcript" },
  },
  {
    id: "b#3",
    speaker: "Omar Castellanos",
    text: "The engineers told us the bridge over the Calder River will take eighteen months to build, uh, at the very least.",
    source: { title: "Council briefing", date: "2024-03-04", kind: "transcript" },
  },
  {
    id: "b#4",
    speaker: "Dana Whitfield",
    text: "Thank you all for coming. We have secured funding for the new bridge over the Calder River.",
    source: { title: "Radio interview", date: "2024-03-20", kind: "interview" },
  },
  {
    id: "b#5",
    speaker: "Omar Castellanos",
    text: "Thank you all for coming.",
    source: { title: "Town hall", date: "2024-02-01", kind: "transcript" },
  },
  {
    id: "b#6",
    speaker: "Dana Whitfield",
    text: "The library will reopen in June with longer hours.",
    source: { title: "Press release", date: "2024-05-02", kind: "statement" },
  },
];
const store = createStore(statements);

describe("verifyQuote verdicts", () => {
  it("verified: a fragment, typography aside; the source and passage come back", async () => {
    const v = await verifyQuote(
      { text: "construction will begin in the spring", speaker: "Whitfield", date: "2024-03-10" },
      store,
    );
    expect(v.status).toBe("verified");
    if (v.status !== "verified") return;
    expect(v.score).toBe(1);
    expect(v.differences).toEqual([]);
    expect(v.source).toMatchObject({
      statementId: "b#1",
      speaker: "Dana Whitfield",
      role: "Mayor",
      date: "2024-03-04",
      title: "Council briefing",
    });
    const s = statements[0]!.text;
    expect(s.slice(v.source.passage.start, v.source.passage.end)).toBe(v.source.passage.text);
    expect(v.source.passage.text).toBe("construction will begin in the spring");
  });

  it("prefers the source nearest the quote's date among equal matches", async () => {
    const early = await verifyQuote(
      {
        text: "We have secured funding for the new bridge over the Calder River",
        speaker: "Dana Whitfield",
        date: "2024-03-05",
      },
      store,
    );
    const late = await verifyQuote(
      {
        text: "We have secured funding for the new bridge over the Calder River",
        speaker: "Dana Whitfield",
        date: "2024-03-25",
      },
      store,
    );
    expect(early.status === "verified" && early.source.statementId).toBe("b#1");
    expect(late.status === "verified" && late.source.statementId).toBe("b#4");
    expect(
      late.status === "verified" && late.alternatives.map((a) => a.source.statementId),
    ).toContain("b#1");
  });

  it("a source dated after the quote cannot verify it", async () => {
    const v = await verifyQuote(
      {
        text: "The library will reopen in June with longer hours",
        speaker: "Dana Whitfield",
        date: "2024-04-01",
      },
      store,
    );
    expect(v).toMatchObject({ status: "not_found", reason: "only_later_sources" });
    if (v.status === "not_found") expect(v.nearest[0]?.source.statementId).toBe("b#6");
  });

  it("verified_with_edits, minor_differences, altered, meaning_changed", async () => {
    const cases: [string, string][] = [
      [
        "[The city has] secured funding for the new bridge \u2026 and construction will begin in the spring",
        "verified_with_edits",
      ],
      [
        "the bridge over the Calder River will take eighteen months to build at the very least",
        "minor_differences",
      ],
      ["We have secured money for the new bridge over the Calder River", "altered"],
      ["It will raise property taxes", "meaning_changed"],
      ["the bridge over the Calder River will take twelve months to build", "meaning_changed"],
    ];
    for (const [text, status] of cases) {
      const speaker = text.includes("months") ? "Omar Castellanos" : "Dana Whitfield";
      const v = await verifyQuote({ text, speaker, date: "2024-03-10" }, store);
      expect([text, v.status]).toEqual([text, status]);
    }
  });

  it("misattributed: another official's words, and a reporter's question", async () => {
    const other = await verifyQuote(
      { text: "will take eighteen months to build", speaker: "Dana Whitfield", date: "2024-03-10" },
      store,
    );
    expect(other).toMatchObject({
      status: "misattributed",
      attributedTo: "Dana Whitfield",
      source: { speaker: "Omar Castellanos" },
    });
    if (other.status === "misattributed") {
      expect(other.differences.map((d) => d.kind)).toContain("speaker_mismatch");
    }
    const question = await verifyQuote(
      {
        text: "Is the bridge going to be finished before the flood season, or is that a fantasy?",
        speaker: "Dana Whitfield",
      },
      store,
    );
    expect(question).toMatchObject({ status: "misattributed", source: { speaker: "Reporter" } });
  });

  it("someone else's words with the meaning changed are not the quote's words: not_found, not misattributed", async () => {
    const byWhitfield = (text: string) =>
      verifyQuote({ text, speaker: "Dana Whitfield", date: "2024-03-10" }, store);
    const far = await byWhitfield(
      "Our own engineers assured the council that the bridge over the Calder River will not take eighteen months.",
    );
    expect(far.status).toBe("not_found");
    // Close to someone else's words, the same change is misattributed (and shown).
    const close = await byWhitfield(
      "The engineers told us the bridge over the Calder River will take eighteen months to build, at the very least.",
    );
    expect(close.status).toBe("misattributed");
  });

  it("a reporter's question quoted under a name the record never has may be that reporter's own", async () => {
    const v = await verifyQuote(
      {
        text: "Is the bridge going to be finished before the flood season, or is that a fantasy?",
        speaker: "Lena Ortiz",
      },
      store,
    );
    expect(v).toMatchObject({ status: "verified", source: { speaker: "Reporter" } });
  });

  it("without a speaker the words alone decide", async () => {
    const v = await verifyQuote({ text: "will take eighteen months to build" }, store);
    expect(v).toMatchObject({ status: "verified", source: { speaker: "Omar Castellanos" } });
  });

  it("an organisation or description as speaker is not checked", async () => {
    const v = await verifyQuote(
      { text: "will take eighteen months to build", speaker: "the city council" },
      store,
    );
    expect(v.status).toBe("verified");
  });

  it("ambiguous: a short phrase several people said", async () => {
    const v = await verifyQuote(
      { text: "Thank you all for coming", speaker: "Dana Whitfield" },
      store,
    );
    expect(v).toMatchObject({ status: "ambiguous", reason: "several_speakers" });
    if (v.status === "ambiguous")
      expect(v.speakers.sort()).toEqual(["Dana Whitfield", "Omar Castellanos"]);
  });

  it("not_found: nothing close, or no words at all", async () => {
    expect(await verifyQuote({ text: "The stadium deal is dead and buried" }, store)).toMatchObject(
      {
        status: "not_found",
        reason: "no_match",
      },
    );
    expect(await verifyQuote({ text: "\u2026 [sic]" }, store)).toMatchObject({
      status: "not_found",
      reason: "no_words",
    });
  });

  it("accepts an extracted Speaker object as the speaker", async () => {
    const v = await verifyQuote(
      {
        text: "will take eighteen months to build",
        speaker: { name: "Omar Castellanos" } as never,
      },
      store,
    );
    expect(v.status).toBe("verified");
  });

  it("results are plain JSON", async () => {
    const v = await verifyQuote(
      { text: "It will raise property taxes", speaker: "Whitfield" },
      store,
    );
    expect(JSON.parse(JSON.stringify(v))).toEqual(v);
  });
});

describe("verifyQuote misuse", () => {
  it.each([
    [null, store, undefined, ["quote"]],
    [{ text: 5 }, store, undefined, ["quote", "text"]],
    [{ text: "a", date: "yesterday" }, store, undefined, ["quote", "date"]],
    [{ text: "a", speaker: 7 }, store, undefined, ["quote", "speaker"]],
    [{ text: "a" }, {}, undefined, ["store"]],
    [{ text: "a" }, store, { candidates: 0 }, ["options", "candidates"]],
    [{ text: "a" }, store, { nope: true }, ["options"]],
  ])("%j → InvalidInputError at %j", async (quote, s, options, path) => {
    const error = await verifyQuote(quote as never, s as never, options as never).catch((e) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).path).toEqual(path);
  });
});
