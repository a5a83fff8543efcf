import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/index.js";

const SEED = readFileSync(
  new URL("../../test-corpus/articles/seed-axios-2023-04-19.txt", import.meta.url),
  "utf8",
);

describe("extractQuotes on the seed article (Axios, 2023-04-19)", () => {
  const quotes = extractQuotes(SEED);

  it("finds both Kirby quotes and nothing from the photo caption", () => {
    expect(quotes.map((q) => q.text)).toEqual([
      "reassure [allies] about our commitment to safeguarding intelligence to answer to the best of our ability any questions that they might have and to express our continued commitment to all our security partnerships,",
      "have appreciated the seriousness with which we're taking this issue and our commitment to keeping them informed.",
    ]);
    const caption = SEED.indexOf("Photo:");
    for (const q of quotes) expect(q.start).toBeGreaterThan(caption);
  });

  it("returns offsets into the original text", () => {
    for (const q of quotes) {
      expect(SEED.slice(q.start, q.end)).toBe(q.text);
      expect(q.spans).toEqual([{ start: q.start, end: q.end }]);
    }
  });

  it("attributes the first quote to Kirby with his role, the second through the pronoun He", () => {
    const [first, second] = quotes;
    expect(first!.kind).toBe("partial");
    expect(first!.speaker).toMatchObject({
      name: "John Kirby",
      role: "White House National Security Council spokesperson",
      kind: "person",
    });
    expect(first!.cue?.text).toBe("said");
    expect(second!.kind).toBe("partial");
    expect(second!.speaker).toMatchObject({
      name: "John Kirby",
      role: "White House National Security Council spokesperson",
      resolvedBy: "pronoun",
      mention: { text: "He" },
    });
    expect(SEED.slice(second!.speaker!.mention.start, second!.speaker!.mention.end)).toBe("He");
    expect(second!.cue).toMatchObject({ text: "stressed" });
    expect(SEED.slice(second!.cue!.start, second!.cue!.end)).toBe("stressed");
  });

  it("states its confidence between 0 and 1", () => {
    for (const q of quotes) {
      expect(q.confidence).toBeGreaterThan(0.5);
      expect(q.confidence).toBeLessThanOrEqual(1);
    }
  });
});
