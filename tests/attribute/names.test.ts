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
    "a role starting with a word that is also a speech verb, at the start of the text",
    `Press Secretary Karine Jean-Pierre said "our ability to pay our debts is a key part."`,
    "Karine Jean-Pierre",
    "Press Secretary",
    undefined,
  ],
  [
    "the same after another sentence",
    `The briefing ran long. Report Editor Dana Wells said: "We are ready."`,
    "Dana Wells",
    "Report Editor",
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
    "an office ending in Officer is a role",
    `Chief Financial Officer Greg Tolliver said: "Gross margin improved."`,
    "Greg Tolliver",
    "Chief Financial Officer",
    undefined,
  ],
  [
    "British police ranks abbreviated without periods",
    `Det Ch Insp Mark Hollis said: "We are keeping an open mind."`,
    "Mark Hollis",
    undefined,
    "Det Ch Insp",
  ],
  [
    "a given name that is also a common noun",
    `"We'll see," said the chairman, Bill Ryder.`,
    "Bill Ryder",
    "chairman",
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

/**
 * Names with an affiliation or rank, institutions with a role word, possessive
 * institutions (class: names not cleaned): [name, input, name, role, kind] of the
 * last quotation.
 */
const AFFILIATIONS: [string, string, string, string | undefined, string][] = [
  [
    "a rank and a force after of (British police)",
    `Detective Constable Rhiannon Beddoes of Castlebridge Police said: "We are appealing for witnesses."`,
    "Rhiannon Beddoes",
    "Detective Constable, Castlebridge Police",
    "person",
  ],
  [
    "the same after an inverted cue, with 'and' in the force's name",
    `"Anyone with a dashcam should call us," said Detective Sergeant Omar Haddad of Avon and Somerset Police.`,
    "Omar Haddad",
    "Detective Sergeant, Avon and Somerset Police",
    "person",
  ],
  [
    "an affiliation in an apposition",
    `Chief Superintendent Nadia Brooks, of West Yorkshire Police, said the arrests were "a significant step."`,
    "Nadia Brooks",
    "Chief Superintendent, West Yorkshire Police",
    "person",
  ],
  [
    "a role and an institution (US)",
    `"The lab was never inspected," said spokesperson Dana Whitlock of the Harmon County Health Department.`,
    "Dana Whitlock",
    "spokesperson, the Harmon County Health Department",
    "person",
  ],
  [
    "a full name from a place (US politics)",
    `Senator Harold Bigge of Wyoming called the bill "a gift to coastal donors."`,
    "Harold Bigge",
    "Senator, Wyoming",
    "person",
  ],
  [
    "a description in apposition opening an after-quote tagline",
    `"We will not give in," the minister, Jean Dufresne, said on Tuesday.`,
    "Jean Dufresne",
    "minister",
    "person",
  ],
  [
    "a graded rank after a possessive force",
    `Police Scotland's Assistant Chief Constable Gary Ritchie said: "This was a planned attack."`,
    "Gary Ritchie",
    "Police Scotland",
    "person",
  ],
  [
    "a lower-case title word is a role",
    `Fire chief Ian Ross described the building as "a death trap."`,
    "Ian Ross",
    "Fire chief",
    "person",
  ],
  [
    "an institution in apposition to its role noun",
    `The operator, Hebridean Link Ferries, said: "Safety comes first."`,
    "Hebridean Link Ferries",
    undefined,
    "organization",
  ],
  [
    "the role noun later refers to it",
    `Calder Mutual, the insurer, said claims had tripled. "We are paying out as fast as we can," the insurer said.`,
    "Calder Mutual",
    undefined,
    "organization",
  ],
  [
    "a possessive institution's document",
    `The National Hurricane Center's latest advisory said the storm was "rapidly intensifying."`,
    "the National Hurricane Center",
    undefined,
    "organization",
  ],
  [
    "a person's statement",
    `Gov. Luis Ortega spoke on Monday. Ortega's statement said the state would "not back down."`,
    "Luis Ortega",
    "Gov.",
    "person",
  ],
];

describe("names with affiliations, ranks and institutions", () => {
  it.each(AFFILIATIONS)("%s", (_name, input, name, role, kind) => {
    const speaker = extractQuotes(input).at(-1)?.speaker;
    expect(speaker?.name).toBe(name);
    expect(speaker?.role).toBe(role);
    expect(speaker?.kind).toBe(kind);
  });
});
