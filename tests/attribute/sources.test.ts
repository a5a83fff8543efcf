import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/index.js";

/** Institutions, documents and unnamed sources: [name, input, speaker name, kind, resolvedBy]. */
const CASES: [string, string, string, string, string][] = [
  [
    "institution",
    `The Pentagon said in a statement that "the review continues."`,
    "the Pentagon",
    "organization",
    "explicit",
  ],
  [
    "the White House",
    `"The president is committed," the White House said.`,
    "the White House",
    "organization",
    "explicit",
  ],
  [
    "newspaper",
    `"The minister knew," the newspaper reported.`,
    "the newspaper",
    "organization",
    "explicit",
  ],
  [
    "report",
    `The report said the lab had "recklessly disregarded repeated warnings."`,
    "the report",
    "document",
    "explicit",
  ],
  [
    "lawsuit",
    `"The company acted in bad faith," the lawsuit says.`,
    "the lawsuit",
    "document",
    "explicit",
  ],
  [
    "finding of a report",
    `The Office of Research Integrity found that images had been "duplicated, spliced or otherwise manipulated."`,
    "the Office of Research Integrity",
    "organization",
    "explicit",
  ],
  [
    "anonymous official",
    `"We were blindsided," a senior administration official said.`,
    "a senior administration official",
    "anonymous",
    "explicit",
  ],
  [
    "plural anonymous",
    `Two Israeli officials said the call was "tense but useful."`,
    "two Israeli officials",
    "anonymous",
    "explicit",
  ],
  [
    "anonymous with an attached phrase",
    `"They are miles apart," said a person familiar with the talks.`,
    "a person familiar with the talks",
    "anonymous",
    "explicit",
  ],
  [
    "a quantifier as the subject",
    `Fans rushed to support her. One wrote: "Sending love xx". Another added: "Stay strong."`,
    "another",
    "anonymous",
    "explicit",
  ],
  [
    "the company for the named company",
    `Meridian Fulfillment runs 14 warehouses. "We respect our associates' right to choose," the company said.`,
    "Meridian Fulfillment",
    "organization",
    "nominal",
  ],
  [
    "the union for the named union",
    `The Coastal Dockworkers Union called the strike. "We are not going anywhere," the union said.`,
    "the Coastal Dockworkers Union",
    "organization",
    "nominal",
  ],
  [
    "it for an institution",
    `The Coastal Dockworkers Union called the strike. The union struck a similar note online. It posted on X: "Day 9. Still here."`,
    "the Coastal Dockworkers Union",
    "organization",
    "pronoun",
  ],
  [
    "a short name for a named company",
    `Meridian Fulfillment runs 14 warehouses. "A union is unnecessary," Meridian said.`,
    "Meridian Fulfillment",
    "organization",
    "surname",
  ],
];

describe("institutions, documents and unnamed sources", () => {
  it.each(CASES)("%s", (_name, input, name, kind, resolvedBy) => {
    const speaker = extractQuotes(input).at(-1)?.speaker;
    expect(speaker?.name).toBe(name);
    expect(speaker?.kind).toBe(kind);
    expect(speaker?.resolvedBy).toBe(resolvedBy);
  });
});

/**
 * Media of a statement and `it` (class: `a response` or `it` as a speaker name):
 * [name, input, speaker name, kind] of the last quotation.
 */
const MEDIA: [string, string, string, string][] = [
  [
    "a fronted medium is not the speaker",
    `In a response, Harcourt Estates said it had "received no approach" from the tenants.`,
    "Harcourt Estates",
    "organization",
  ],
  [
    "a response from an institution speaks for it",
    `"We have received no approach," a response from Harcourt Estates said.`,
    "Harcourt Estates",
    "organization",
  ],
  [
    "a statement from a trust (British)",
    `A statement from the Fenwick Trust said the closure was ‘a matter of deep regret’.`,
    "the Fenwick Trust",
    "organization",
  ],
  [
    "a medium after the cue",
    `"We will appeal," Lakeside Estates said in a written response.`,
    "Lakeside Estates",
    "organization",
  ],
  [
    "it for the committee the story is about, not the statement",
    `The council's licensing committee met on Monday to review the bar's licence. In a statement afterwards, it said the bar was "a valued part of the night-time economy".`,
    "the council's licensing committee",
    "organization",
  ],
  [
    "it for a named institution",
    `Calder Mutual, the insurer, said claims had tripled. It said the floods were "unprecedented in our 90-year history".`,
    "Calder Mutual",
    "organization",
  ],
  [
    "the developer for the institution named before",
    `Harcourt Estates did not respond to calls. In a response posted online, the developer said it had "received no approach."`,
    "Harcourt Estates",
    "organization",
  ],
];

/** Unnamed sources with what describes them: [name, input, speaker name] of the last quotation. */
const UNNAMED_SOURCES: [string, string, string][] = [
  [
    "a short participle phrase is part of the description",
    `One Republican aide involved in the talks described the mood as "grim."`,
    "One Republican aide involved in the talks",
  ],
  [
    "'put it' with a colon",
    `One aide called the mood "grim." Another put it more simply: "We blew it."`,
    "Another",
  ],
  [
    "'put it' after a description with a relative clause",
    `One senior aide, who spoke on the condition of anonymity, put it more bluntly: "They don't have the votes."`,
    "One senior aide",
  ],
];

describe("unnamed sources", () => {
  it.each(UNNAMED_SOURCES)("%s", (_name, input, name) => {
    expect(extractQuotes(input).at(-1)?.speaker?.name.toLowerCase()).toBe(name.toLowerCase());
  });
});

describe("media of statements and it", () => {
  it.each(MEDIA)("%s", (_name, input, name, kind) => {
    const speaker = extractQuotes(input).at(-1)?.speaker;
    expect(speaker?.name).toBe(name);
    expect(speaker?.kind).toBe(kind);
  });
});
