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
