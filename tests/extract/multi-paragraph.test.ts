import { describe, expect, it } from "vitest";
import { brief } from "../helpers/quotes.js";

describe("multi-paragraph quotations", () => {
  it("the opening mark repeated on each paragraph makes one quotation, one part per paragraph", () => {
    const input = [
      `Kirby said the allies had been told quickly.`,
      `“We reached out to every partner within hours.`,
      `“They have appreciated the seriousness with which we are taking this.`,
      `“And we will keep them informed,” he said.`,
    ].join("\n\n");
    const [q, ...rest] = brief(input);
    expect(rest).toEqual([]);
    expect(q!.parts).toEqual([
      "We reached out to every partner within hours.",
      "They have appreciated the seriousness with which we are taking this.",
      "And we will keep them informed,",
    ]);
    expect(q!.text).toBe(q!.parts.join(" "));
    expect(q!.speaker).toBe("Kirby");
  });

  it("takes its speaker from an introduction before the first paragraph", () => {
    const input = `Defense Secretary Lloyd Austin told reporters:\n\n"The leak was serious.\n\n"We are fixing it."`;
    const [q] = brief(input);
    expect(q!.parts).toEqual(["The leak was serious.", "We are fixing it."]);
    expect(q).toMatchObject({ speaker: "Lloyd Austin", kind: "direct", cue: "told reporters" });
  });

  it("British single marks and wire '' pairs continue too", () => {
    expect(
      brief(`‘We lost the school.\n\n‘We did not lose each other,’ she said.`)[0]!.parts,
    ).toHaveLength(2);
    expect(
      brief(`''We lost the school.\n\n''We did not lose each other,'' she said.`)[0]!.parts,
    ).toHaveLength(2);
  });

  it("a paragraph that does not reopen the quotation ends it", () => {
    const input = `"We lost the school.\n\nThe mayor paused. "But not each other," she said.`;
    const quotes = brief(input);
    expect(quotes.map((q) => q.text)).toEqual(["We lost the school.", "But not each other,"]);
  });

  it("single newlines between paragraphs work the same way", () => {
    const input = `Kirby said:\n"First paragraph.\n"Second paragraph," he added.`;
    expect(brief(input)[0]!.parts).toEqual(["First paragraph.", "Second paragraph,"]);
  });
});
