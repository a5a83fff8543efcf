import { describe, expect, it } from "vitest";
import { namesPerson, sameSpeaker, unnamedSpeaker } from "../../src/verify/speaker.js";

describe("sameSpeaker", () => {
  it.each([
    ["Kirby", "John Kirby", true],
    ["John Kirby", "Adm. John F. Kirby", true],
    ["MR. KIRBY", "John Kirby", true],
    ["President Biden", "Joe Biden", true],
    ["Joe Biden", "Joseph R. Biden Jr.", true],
    ["Jean-Pierre", "Karine Jean-Pierre", true],
    ["Super-agent Luca Bellini", "Luca Bellini", true],
    ["Denise", "Denise Hatton", true],
    ["Bill Nelson", "William Nelson", true],
    ["John Kirby", "Karine Jean-Pierre", false],
    ["Jill Biden", "Joe Biden", false],
    ["John Kirby", "Reporter", false],
    ["Hatton", "Denise Hatton", true],
    ["Fumio Kishida", "Kishida Fumio", true],
    ["Sisi", "Abdel Fattah el-Sisi", true],
    ["Bashar al-Assad", "Assad", true],
    ["Fumio Kishida", "Yuko Kishida", false],
  ])("%s / %s → %s", (a, b, expected) => {
    expect(sameSpeaker(a, b)).toBe(expected);
    expect(sameSpeaker(b, a)).toBe(expected);
  });
});

describe("namesPerson", () => {
  it.each([
    ["John Kirby", true],
    ["Kirby", true],
    ["a senior official", false],
    ["the White House", false],
    ["two Israeli officials", false],
    ["", false],
  ])("%j → %s", (name, expected) => {
    expect(namesPerson(name)).toBe(expected);
  });
});

describe("unnamedSpeaker", () => {
  it.each([
    ["Joe Biden", "THE PRESIDENT", true],
    ["Joe Biden", "Unknown speaker", true],
    ["Theo Ruskin", "Audience member", false],
    ["John Kirby", "SENIOR ADMINISTRATION OFFICIAL", false],
    ["John Kirby", "Reporter", false],
    ["John Kirby", "Karine Jean-Pierre", false],
  ])("%s / %s → %s", (attributed, recorded, expected) => {
    expect(unnamedSpeaker(attributed, recorded)).toBe(expected);
  });
});
