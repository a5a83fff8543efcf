import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/index.js";

/** Roles and titles split from names: [name, input, name, role, title]. */
const CASES: [string, string, string, string | undefined, string | undefined][] = [
  [
    "role before the name",
    `Defense Secretary Lloyd Austin said: "We are ready."`,
    "Lloyd Austin",
    "Defense Secretary",
    undefined,
  ],
  [
    "role with an institution",
    `Pentagon spokesperson Lt. Col. Phil Ventura said: "The call took place."`,
    "Phil Ventura",
    "Pentagon spokesperson",
    "Lt. Col.",
  ],
  [
    "long role",
    `White House National Security Council spokesperson John Kirby said: "We are ready."`,
    "John Kirby",
    "White House National Security Council spokesperson",
    undefined,
  ],
  [
    "role with of",
    `Secretary of State Antony Blinken said: "We are ready."`,
    "Antony Blinken",
    "Secretary of State",
    undefined,
  ],
  [
    "British honorific without a period",
    `‘We are ready,’ said Dr Priya Rahman.`,
    "Priya Rahman",
    undefined,
    "Dr",
  ],
  [
    "abbreviated office",
    `"We are ready," said Sen. Chuck Schumer.`,
    "Chuck Schumer",
    "Sen.",
    undefined,
  ],
  [
    "apposition after the name",
    `"We are ready," said John Kirby, the White House spokesman.`,
    "John Kirby",
    "White House spokesman",
    undefined,
  ],
  [
    "description before the name",
    `Her husband and business partner, Gideon Rowe, said: "We are ready."`,
    "Gideon Rowe",
    "husband and business partner",
    undefined,
  ],
  [
    "name particles",
    `"We are ready," said Ursula von der Leyen.`,
    "Ursula von der Leyen",
    undefined,
    undefined,
  ],
  [
    "suffix",
    `"We are ready," said Martin Luther King Jr.`,
    "Martin Luther King Jr.",
    undefined,
    undefined,
  ],
  [
    "possessive before a name is not part of it",
    `The Ledger's Sean Whelan said: "We are ready."`,
    "Sean Whelan",
    undefined,
    undefined,
  ],
];

describe("names, roles and titles", () => {
  it.each(CASES)("%s", (_name, input, name, role, title) => {
    const speaker = extractQuotes(input)[0]?.speaker;
    expect(speaker?.name).toBe(name);
    if (role !== undefined) expect(speaker?.role).toBe(role);
    expect(speaker?.title).toBe(title);
    expect(speaker?.kind).toBe("person");
  });
});

/** Back-references to a name given earlier: [name, input, name, resolvedBy]. */
const BACK: [string, string, string, string][] = [
  [
    "surname",
    `Defense Secretary Lloyd Austin arrived on Monday. "We are ready," Austin said.`,
    "Lloyd Austin",
    "surname",
  ],
  [
    "honorific and surname",
    `Declan Roarke, the union's general secretary, spoke first. 'We are ready,' Mr Roarke said.`,
    "Declan Roarke",
    "surname",
  ],
  [
    "surname before the full name",
    `"We are ready," Kirby said. Later John Kirby added: "And we stay ready."`,
    "John Kirby",
    "surname",
  ],
  [
    "the surname of two people goes to the one mentioned most",
    `Soraya Tehrani opened Nar in 2016. Tehrani cooks every night. Her mother, Farah Tehrani, moved to London in 1989. "I cook every night," Tehrani said.`,
    "Soraya Tehrani",
    "surname",
  ],
  [
    "first name in a profile",
    `Taylor Swift, the singer, arrived late. "I love this city," Taylor said.`,
    "Taylor Swift",
    "first-name",
  ],
];

describe("surname back-references", () => {
  it.each(BACK)("%s", (_name, input, name, resolvedBy) => {
    const quotes = extractQuotes(input);
    const speaker = quotes[0]?.speaker;
    expect(speaker?.name).toBe(name);
    expect(speaker?.resolvedBy).toBe(resolvedBy);
  });

  it("a full name said only inside a quotation is found from the surname", () => {
    const input = `The president wrote that the school had "failed Sam Adeyemi and every student who trusted us." Adeyemi, then a doctoral student, spoke later. "I feel tired," Adeyemi said.`;
    expect(extractQuotes(input).at(-1)?.speaker).toMatchObject({
      name: "Sam Adeyemi",
      resolvedBy: "surname",
    });
  });

  it("the role travels with the person", () => {
    const input = `White House National Security Council spokesperson John Kirby spoke on Monday. "We are ready," Kirby said.`;
    expect(extractQuotes(input)[0]?.speaker).toMatchObject({
      name: "John Kirby",
      role: "White House National Security Council spokesperson",
      resolvedBy: "surname",
      mention: { text: "Kirby" },
    });
  });
});
