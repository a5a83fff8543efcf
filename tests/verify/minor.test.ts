import { describe, expect, it } from "vitest";
import { differencesOf } from "../helpers/differences.js";

// Unmarked but meaning-preserving: minor_differences.
const CASES: [string, string, [string, string, string][]][] = [
  [
    "And we will also rally around the need for bold action",
    "And we will also rally the world \u2014 we will also rally around the need for bold action",
    [["filler_omission", "", "we will also rally the world"]],
  ],
  [
    "the G7 is united. We will act",
    "the G7 is united. So we will act",
    [["filler_omission", "", "So"]],
  ],
  [
    "the G7 is united. We will act",
    "the G7 is united. And, look, we will act",
    [["filler_omission", "", "And, look"]],
  ],
  [
    "having those discussions and showing how united",
    "having those discussions and, again, showing how united",
    [["filler_omission", "", "again"]],
  ],
  [
    "something as simple and fundamental as the full faith",
    "something as simple as, you know \u2014 and fundamental as the full faith",
    // `as` is content; the record's `as, you know —` is dropped around it.
    [["omission", "", "as, you know"]],
  ],
  // A sentence adverb set off by commas, said in passing.
  [
    "not just a nominee but a party and an entire infrastructure",
    "not just a nominee but, frankly, a party and an entire infrastructure",
    [["filler_omission", "", "frankly"]],
  ],
  [
    "the American people are impacted by rising prices",
    "the American people are, of course, impacted by rising prices",
    [["filler_omission", "", "of course"]],
  ],
  // A restart that puts words into what it says again.
  [
    "from day one, and it will remain top priorities for him",
    "from day one, and remain top \u2014 and it will remain top priorities for him",
    [["filler_omission", "", "and remain top"]],
  ],
  // An apology set off by commas, said in passing.
  [
    "we must continue to invent and to inspire",
    "we must continue to invent, I\u2019m sorry, and to inspire",
    [["filler_omission", "", "I\u2019m sorry"]],
  ],
  // A restart that contracts what it says again.
  [
    "no reason to believe that they\u2019ve adjusted that strategy",
    "no reason to believe that they have adjusted \u2014 that they\u2019ve adjusted that strategy",
    [["filler_omission", "", "that they have adjusted"]],
  ],
  // A word broken off at a dash and taken up again in another form, or said again later.
  [
    "the full cost of clearing debris, distributing food and water",
    "the full cost of clearing debris, disturbing \u2014 distributing food and water",
    [["filler_omission", "", "disturbing"]],
  ],
  [
    "we\u2019ve all reaffirmed our shared commitment",
    "we\u2019ve reaffirmed \u2014 all reaffirmed our shared commitment",
    [["filler_omission", "", "reaffirmed"]],
  ],
  // A word said twice with one between (`should ever should`): the second saying dropped.
  [
    "no parent should ever have to sit in the parking lot",
    "no parent should ever should have to sit in the parking lot",
    [["filler_omission", "", "should"]],
  ],
  // Said again in another form: a restart.
  [
    "I don\u2019t think that the addition to unemployment compensation is the factor",
    "I don\u2019t think that the additional \u2014 the addition to unemployment compensation is the factor",
    [["filler_omission", "", "the additional"]],
  ],
  // A word said again for emphasis: leaving the repeats out is minor, not a stutter.
  [
    "such violence is never acceptable in America",
    "such violence is never, never, never acceptable in America",
    [["filler_omission", "", "never, never"]],
  ],
  // A self-correction: the editing term and the words it takes back.
  [
    "a criminal organization that is committing widespread atrocities",
    "a criminal organization that is continuing wide- \u2014 I\u2019m sorry \u2014 committing widespread atrocities",
    [["filler_omission", "", "continuing wide- \u2014 I\u2019m sorry"]],
  ],
  [
    "and the Majority Leader will meet",
    "and the Senate \u2014 excuse me \u2014 the Majority Leader will meet",
    [["filler_omission", "", "the Senate \u2014 excuse me"]],
  ],
  [
    "we are taking this issue",
    "we\u2019re taking this issue",
    [["contraction", "we are", "we\u2019re"]],
  ],
  ["we're taking this issue", "we are taking this issue", [["contraction", "we're", "we are"]]],
  ["we do not know", "we don\u2019t know", [["contraction", "do not", "don\u2019t"]]],
  ["we cannot know", "we can\u2019t know", [["contraction", "cannot", "can\u2019t"]]],
  [
    "our alliances. And that is why",
    "our alliances, and that is why",
    [["sentence_break", ". ", ", "]],
  ],
  [
    "we will, frankly, act",
    "we will, uh, frankly, um, act",
    [
      ["filler_omission", "", "uh"],
      ["filler_omission", "", "um"],
    ],
  ],
  ["the pl\u200Ban works", "the plan works", [["invisible_character", "\u200B", "plan"]]],
];

describe("meaning-preserving unmarked edits", () => {
  it.each(CASES)("%j", (quote, source, expected) => {
    const result = differencesOf(quote, source);
    expect(result.list).toEqual(expected);
    if (expected.every(([kind]) => kind !== "omission")) {
      expect(result.status).toBe("minor_differences");
    }
  });

  it("a sentence ended before an attribution may print with a comma (house style)", () => {
    const result = differencesOf(
      "our alliances, and that is why",
      "our alliances. And that is why",
    );
    expect(result.list).toEqual([]);
  });

  it("a false start costs far less than a content omission", () => {
    const restart = differencesOf(
      "And we will also rally around the need",
      "And we will also rally the world \u2014 we will also rally around the need",
    );
    const content = differencesOf(
      "And we will also rally around the need",
      "And we will also rally the world and the leaders around the need",
    );
    expect(restart.cost).toBeLessThan(1);
    expect(content.cost).toBeGreaterThanOrEqual(1);
    expect(content.status).toBe("altered");
  });

  it("content or a negation broken off at a dash is not a false start", () => {
    expect(
      differencesOf("we will fight no matter what", "we will fight and win \u2014 no matter what")
        .kinds,
    ).toEqual(["omission"]);
    expect(differencesOf("inflation is rising", "inflation is not \u2014 rising").kinds).toEqual([
      "negation",
    ]);
  });

  it("`and` inside a clause is content, not a filler", () => {
    expect(differencesOf("bread butter", "bread and butter").kinds).toEqual(["omission"]);
  });
});
