import { describe, expect, it } from "vitest";
import { createStore } from "../../src/store/index.js";
import type { Statement } from "../../src/store/schema.js";
import { verifyQuote } from "../../src/verify/verify-quote.js";

const source = {
  title: "Harbour commission hearing",
  date: "2024-06-11",
  url: "https://example.test/hearing",
  kind: "transcript",
};
const statements: Statement[] = [
  {
    id: "h#1",
    speaker: "Ines Marlowe",
    text: "The dredging contract was signed in March, and the first barges arrive next week. We expect the channel to be open to container ships by the end of the summer. Nobody on this commission wants another winter of closures.",
    source,
  },
  {
    id: "h#2",
    speaker: "Reporter",
    text: "What happens to the fishing fleet while the work goes on?",
    source,
  },
  {
    id: "h#3",
    speaker: "Ines Marlowe",
    text: "The fishing fleet keeps its berths on the north quay for the whole project, and we will compensate any skipper who loses a day at sea because of the dredging.",
    source,
  },
  {
    id: "h#4",
    speaker: "Ines Marlowe",
    text: "This is the part of the budget I am proudest of.",
    source: {
      ...source,
      url: "https://example.test/other",
      title: "Budget speech",
      date: "2024-05-02",
    },
  },
  {
    id: "h#5",
    speaker: "Ines Marlowe",
    text: "We have also asked the port authority to publish the schedule every Monday",
    source,
  },
  {
    id: "h#6",
    speaker: "Ines Marlowe",
    text: "so that every skipper can plan around the closures.",
    source,
  },
];
const store = createStore(statements);

async function check(text: string) {
  const v = await verifyQuote({ text, speaker: "Ines Marlowe", date: "2024-06-20" }, store);
  return {
    status: v.status,
    kinds:
      v.status === "not_found" ? [] : v.differences.map((d) => [d.kind, d.statementId ?? null]),
  };
}

describe("splices: two passages joined", () => {
  it("within one statement, a sentence skipped without an ellipsis", async () => {
    expect(
      await check(
        "The dredging contract was signed in March. Nobody on this commission wants another winter of closures.",
      ),
    ).toEqual({
      status: "altered",
      kinds: [["splice", null]],
    });
  });

  it("across two answers, joined without an ellipsis", async () => {
    expect(
      await check(
        "We expect the channel to be open to container ships by the end of the summer, and we will compensate any skipper who loses a day at sea",
      ),
    ).toEqual({ status: "altered", kinds: [["splice", "h#3"]] });
  });

  it("across two answers of the same hearing, joined with an ellipsis: a marked edit", async () => {
    expect(
      await check(
        "We expect the channel to be open to container ships by the end of the summer \u2026 we will compensate any skipper who loses a day at sea",
      ),
    ).toEqual({ status: "verified_with_edits", kinds: [["ellipsis_omission", "h#3"]] });
  });

  it("an ellipsis joining a different occasion is still a splice", async () => {
    expect(
      await check(
        "Nobody on this commission wants another winter of closures \u2026 This is the part of the budget I am proudest of",
      ),
    ).toEqual({ status: "altered", kinds: [["splice", "h#4"]] });
  });

  it("a quote running on across a turn break of the same speaker is no splice", async () => {
    expect(
      await check(
        "We have also asked the port authority to publish the schedule every Monday so that every skipper can plan around the closures.",
      ),
    ).toEqual({ status: "verified", kinds: [] });
  });

  it("the reporter's words joined to the official's are a splice from another speaker", async () => {
    const result = await check(
      "What happens to the fishing fleet while the work goes on? The fishing fleet keeps its berths on the north quay",
    );
    expect(result.status).toBe("altered");
    expect(result.kinds).toEqual([["splice", "h#2"]]);
  });
});
