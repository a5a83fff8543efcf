import { describe, expect, it } from "vitest";
import { parsePersonName } from "../../src/store/person-name.js";
import { compareSpeakers, type SpeakerMatch, sameSpeaker } from "../../src/store/same-speaker.js";

describe("compareSpeakers", () => {
  it.each<[string, string, SpeakerMatch]>([
    ["John Kirby", "john kirby", "same"],
    ["MR. KIRBY", "Mr. Kirby", "same"],
    ["Joe Biden", "Joseph R. Biden Jr.", "same"],
    ["Joe Biden", "JOSEPH R. BIDEN, JR.", "same"],
    ["Chris Murphy", "Christopher Murphy", "same"],
    ["Karine Jean-Pierre", "Karine Jean Pierre", "same"],
    ["José Díaz", "Jose Diaz", "same"],
    ["Volodymyr Zelenskyy", "Volodymyr Zelensky", "compatible"],
    ["President Biden", "Joe Biden", "compatible"],
    ["Biden", "Joe Biden", "compatible"],
    ["MR. KIRBY", "John Kirby", "compatible"],
    ["Admiral Kirby", "John Kirby", "compatible"],
    ["Secretary of State Antony Blinken", "Tony Blinken", "same"],
    ["GOVERNOR LUJAN GRISHAM", "Michelle Lujan Grisham", "compatible"],
    ["MS. TISCH SUSSMAN", "Laurie Tisch Sussman", "compatible"],
    ["J. Doe", "Jane Doe", "compatible"],
    ["Jill Biden", "Joe Biden", "different"],
    ["Mr. Hayes", "Ms. Hayes", "different"],
    ["John Kirby", "Karine Jean-Pierre", "different"],
    ["Reporter", "John Kirby", "different"],
    ["Reporter", "reporter", "same"],
    ["SENIOR ADMINISTRATION OFFICIAL", "John Kirby", "unknown"],
    ["MODERATOR", "Jake Sullivan", "unknown"],
    ["THE PRESIDENT", "Joe Biden", "unknown"],
    ["Unknown speaker", "Joe Biden", "unknown"],
    ["Reporter", "MODERATOR", "unknown"],
  ])("%s / %s → %s", (a, b, expected) => {
    expect(compareSpeakers(a, b)).toBe(expected);
    expect(compareSpeakers(b, a)).toBe(expected);
    expect(sameSpeaker(a, b)).toBe(expected === "same" || expected === "compatible");
  });
});

describe("parsePersonName", () => {
  it.each([
    ["MR. KIRBY", { role: [], honorific: "mr", surname: "kirby", middle: [], anonymous: false }],
    [
      "National Security Council Coordinator for Strategic Communications John Kirby",
      {
        role: [
          "national",
          "security",
          "council",
          "coordinator",
          "for",
          "strategic",
          "communications",
        ],
        given: "john",
        surname: "kirby",
        middle: [],
        anonymous: false,
      },
    ],
    [
      "Secretary of Homeland Security Alejandro Mayorkas",
      {
        role: ["secretary", "of", "homeland", "security"],
        given: "alejandro",
        surname: "mayorkas",
        middle: [],
        anonymous: false,
      },
    ],
    [
      "PRESIDENT VON DER LEYEN",
      { role: ["president"], surname: "von der leyen", middle: [], anonymous: false },
    ],
    ["KING ABDULLAH II", { role: ["king"], surname: "abdullah", middle: [], anonymous: false }],
    [
      "ADMINSTRATOR CRISWELL",
      { role: ["adminstrator"], surname: "criswell", middle: [], anonymous: false },
    ],
    ["THE VICE PRESIDENT", { role: ["vice", "president"], middle: [], anonymous: true }],
    ["AUDIENCE MEMBER", { role: ["audience", "member"], middle: [], anonymous: true }],
  ])("%s", (text, expected) => {
    expect(parsePersonName(text)).toEqual(expected);
  });
});
