import { describe, expect, it } from "vitest";
import { brief } from "../helpers/quotes.js";

/**
 * Short quoted phrases governed by a verb of saying or judging are quotations of
 * speech; scare quotes are governed by nothing: [name, input, quoted text, speaker].
 */
const SPEECH: [string, string, string, string | null][] = [
  [
    "one word after a linking verb in the reported clause",
    `The head teacher, Rosa Klein, said the decision had been "agonising".`,
    "agonising",
    "Rosa Klein",
  ],
  [
    "one word far from the cue after another quotation",
    `The mayor, Dee Harper, said the cuts were "regrettable but necessary" and that staff had been "fantastic".`,
    "fantastic",
    "Dee Harper",
  ],
  [
    "a list of quoted words",
    `Councillor Ade Bello said residents were "angry", "exhausted" and "let down".`,
    "exhausted",
    "Ade Bello",
  ],
  [
    "a phrase after 'warned … was in'",
    `Building inspector Dev Patel warned the roof was in "imminent collapse".`,
    "imminent collapse",
    "Dev Patel",
  ],
  [
    "an object complement of 'called'",
    `Opposition leader Karen Mills called the scheme "a false economy".`,
    "a false economy",
    "Karen Mills",
  ],
  [
    "a noun 'call' before the quotation is not the naming verb",
    `Alun Pryce called the offside call ‘a joke’ and said he would complain.`,
    "a joke",
    "Alun Pryce",
  ],
  [
    "dismissed as",
    `The minister, Ruth Kaye, dismissed the report as "a counsel of despair".`,
    "a counsel of despair",
    "Ruth Kaye",
  ],
  [
    "denounced as",
    `Rival bidders denounced the merger as "a land grab".`,
    "a land grab",
    "Rival bidders",
  ],
  [
    "described as, single quotes",
    `Fire chief Ian Ross described the building as ‘a death trap’.`,
    "a death trap",
    "Ian Ross",
  ],
  [
    "branded with a judgement in lower case",
    `Union leader Mick Shaw branded the offer "insulting".`,
    "insulting",
    "Mick Shaw",
  ],
  [
    "labelled with a judgement in lower case",
    `The committee labelled the report "deeply flawed".`,
    "deeply flawed",
    "the committee",
  ],
  [
    "welcomed as",
    `Club chairman Ron Petty welcomed the ruling as "long overdue".`,
    "long overdue",
    "Ron Petty",
  ],
  [
    "a one-word headline quotation after 'warns of'",
    `CEO warns of 'cautious' year\n\nLattice Robotics chief executive Tunde Adeyemi said sales would slow.`,
    "cautious",
    "Tunde Adeyemi",
  ],
  [
    "feel after say, with a prepositional phrase in the subject",
    `Residents on the island say they feel "forgotten" by the mainland.`,
    "forgotten",
    "Residents on the island",
  ],
  [
    "a word said, right after the cue",
    `Whitty, who wept in the dock, said "sorry" twice as he was led away.`,
    "sorry",
    "Whitty",
  ],
  [
    "the speaker's own words that someone 'calls' (first person)",
    `The sisters have spent nine years on what Imelda Achterberg calls "the longest swim of my life."`,
    "the longest swim of my life.",
    "Imelda Achterberg",
  ],
  [
    "a possessive subject before a colon, through 'according to'",
    `Speaker Nancy Pelosi spent the weekend on the phone. Her message to wavering Democrats, according to a person briefed on the conversations: "hold the line"`,
    "hold the line",
    "Nancy Pelosi",
  ],
  [
    "a possessive name before a colon",
    `Ortega's advice to the new council: "listen first"`,
    "listen first",
    "Ortega",
  ],
  [
    "a description before a colon-less attribution (one of the aides)",
    `The plan drew fire inside the building. One of the aides called it "the worst of all worlds."`,
    "the worst of all worlds.",
    "one of the aides",
  ],
];

/** Quoted words no one is said to have said, or not governed by the cue: [name, input, quoted text]. */
const NOT_SPEECH: [string, string, string][] = [
  [
    "a word modifying a noun far from the cue",
    `Gary said he had played the same 'lucky' numbers for 20 years.`,
    "lucky",
  ],
  [
    "a word inside a noun phrase after another quotation",
    `His manager said Kettleby had "checked into a wellness retreat" and was focusing on protecting his "brand".`,
    "brand",
  ],
  ["no speaker and no verb", `The "experts" were wrong again.`, "experts"],
  ["a name given", `Locals have taken to calling it "the Goat Trail".`, "the Goat Trail"],
  ["branded with a name", `Fans branded him a "Judas" after the move.`, "Judas"],
  [
    "what an institution calls something",
    `What the city calls a "pause" in funding is a cut.`,
    "pause",
  ],
];

describe("short quotations governed by a verb of saying or judging", () => {
  it.each(SPEECH)("%s", (_name, input, text, speaker) => {
    const quote = brief(input).find((q) => q.text === text);
    expect(quote?.speaker).toBe(speaker);
  });

  it.each(NOT_SPEECH)("not speech: %s", (_name, input, text) => {
    expect(brief(input).map((q) => q.text)).not.toContain(text);
  });
});
