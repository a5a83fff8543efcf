import { describe, expect, it } from "vitest";
import { brief } from "../helpers/quotes.js";

/** Descriptions resolved through earlier roles: [name, input, speaker, resolvedBy] of the last quotation. */
const CASES: [string, string, string, string][] = [
  [
    "the role given before the name",
    `White House National Security Council spokesperson John Kirby briefed reporters. "We are ready," the spokesperson said.`,
    "John Kirby",
    "nominal",
  ],
  [
    "a synonym of the role",
    `"We are ready," said John Kirby, the White House spokesman. "Nothing has changed," the spokesperson added.`,
    "John Kirby",
    "nominal",
  ],
  [
    "an abbreviated title",
    `Sen. Chuck Schumer spoke first. "We have the votes," the senator said.`,
    "Chuck Schumer",
    "nominal",
  ],
  [
    "a relative named in an apposition",
    `Her mother, Farah Tehrani, moved to London in 1989. Soraya Tehrani opened the restaurant. "She was a terrible cook," her mother said.`,
    "Farah Tehrani",
    "nominal",
  ],
  [
    "a possessive description",
    `Eastmark's trade minister, Ingrid Halvorsen, arrived late. "We did not come to sign paper," Eastmark's trade minister said.`,
    "Ingrid Halvorsen",
    "nominal",
  ],
  [
    "an age",
    `Gary Hatton, 52, won the jackpot. "I checked the ticket five times," the 52-year-old said.`,
    "Gary Hatton",
    "nominal",
  ],
  [
    "a nationality for the person the text is about",
    `Marco Vettori took over in 2023. The Italian, who played in Serie A, said his squad was tired.\n\n‘We have had 11 players out at the same time.’`,
    "Marco Vettori",
    "paragraph",
  ],
  [
    "an unnamed source said again",
    `"The talks are close," a senior official said. "Very close," the official added.`,
    "a senior official",
    "nominal",
  ],
  [
    "an unnamed source introduced in the narrative",
    `A Treasury spokesperson declined to comment further. Asked whether taxes would rise, the spokesperson said: "We don't comment on speculation."`,
    "a Treasury spokesperson",
    "nominal",
  ],
  [
    "a role of a named person is not an unnamed source",
    `About 3,200 homes remain without power, said Taylor Desrosiers, a spokeswoman for Gulf Parish Electric. Crews were "working 16-hour days," the spokeswoman said.`,
    "Taylor Desrosiers",
    "nominal",
  ],
  [
    "no antecedent: kept as written",
    `"We are ready," the spokesperson said.`,
    "the spokesperson",
    "explicit",
  ],
];

/**
 * Second references by nationality, age or role, and bare headline descriptions:
 * [name, input, speaker of the last quotation].
 */
const SECOND_REFERENCES: [string, string, string, string][] = [
  [
    "a demonym from an adjective in the apposition, past a more recent person",
    "the Swede",
    `Anders Lindqvist, the Swedish midfielder, scored twice. Manager Tom Reilly praised his side's spirit.\n\n"We showed character," the Swede said.`,
    "Anders Lindqvist",
  ],
  [
    "a demonym from a country in a relative clause",
    "the Argentine",
    `Luis Benítez, who joined from Argentina's River Plate in January, opened the scoring. Captain Mark Dunne added a second.\n\n"The dressing room is together," the Argentine said.`,
    "Luis Benítez",
  ],
  [
    "a demonym from a possessive country before the name",
    "the Scot",
    `Scotland's Callum Reid won the stage. Belgian rider Wout Peeters was second.\n\n"My legs were screaming," the Scot said.`,
    "Callum Reid",
  ],
  [
    "an adjective in the role before the name, then its noun form",
    "the Belgian",
    `Belgian rider Wout Peeters finished second behind Scotland's Callum Reid. "I had nothing left," the Belgian said.`,
    "Wout Peeters",
  ],
  [
    "a demonym from a country named as where the person came from",
    "the Pole",
    `Teodor Kasprzak, who arrived from Poland last summer, had a goal ruled out. Nadia Cole, 41, defended the referee.\n\n‘I was level,’ the Pole said.`,
    "Teodor Kasprzak",
  ],
  [
    "an age among two ages",
    "the 34-year-old",
    `Mark Dunne, 34, has played 400 games for the club. Jake Moss, 21, made his debut.\n\n"I'm not done yet," the 34-year-old said.`,
    "Mark Dunne",
  ],
  [
    "a modifier of the role as the description",
    "the veteran",
    `Veteran centre-back Ola Berg was left out. Coach Ana Silva explained her decision. "I am not finished," the veteran said.`,
    "Ola Berg",
  ],
  [
    "a former office",
    "the former minister",
    `Former health minister Judith Crane chaired the inquiry. Its lead counsel, Adam Fry, questioned witnesses.\n\n"Lessons were not learned," the former minister said.`,
    "Judith Crane",
  ],
  [
    "a headline's bare role for a novelist named in the body",
    "Author",
    `Author says new novel "nearly broke me"\n\nThe novelist Helen Marsh spent six years on her latest book.`,
    "Helen Marsh",
  ],
  [
    "a party member with a state",
    "The Iowa Republican",
    `Senator Joan Whitfield kept a spreadsheet of 51 names. The Iowa Republican told colleagues the bill was "dead on arrival" without sugar.`,
    "Joan Whitfield",
  ],
  [
    "a role given by a copula before the name",
    "The investor",
    `The company's first outside investor was Rebecca Sloane, a partner at Tallgrass. Tomasz Wiśniewski founded the company. Wiśniewski smiled.\n\nThe investor called the company "a real business".`,
    "Rebecca Sloane",
  ],
  [
    "a role given by a copula after the name",
    "the nurse",
    `Ngozi Okafor is a nurse at St Luke's. Her brother Chidi Okafor runs a bakery. Okafor laughed.\n\n"We are exhausted," the nurse said.`,
    "Ngozi Okafor",
  ],
  [
    "an inverted headline tagline in lower case",
    "author",
    `"Writing it nearly broke me," says author\n\nAfter nine drafts, the novelist Helen Marsh has finished her book.`,
    "Helen Marsh",
  ],
  [
    "a headline's CEO for a chief executive named in the body",
    "CEO",
    `CEO warns of 'cautious' year\n\nLattice Robotics chief executive Tunde Adeyemi said sales would slow.`,
    "Tunde Adeyemi",
  ],
  [
    "a headline's boss for a manager named in the body",
    "Castlebridge boss",
    `Castlebridge boss slams 'disrespectful' bid\n\nSteve Bannister, the Castlebridge manager, was furious on Friday.`,
    "Steve Bannister",
  ],
];

/** Relatives named in an apposition: [name, input, speaker of the last quotation]. */
const RELATIVES: [string, string, string][] = [
  [
    "his wife, named without commas",
    `Bernie Jones died on Sunday. His wife Denise said he "never once took a day off."`,
    "Denise",
  ],
  [
    "her sister, named between commas",
    `Ruth Okoro was a nurse for 40 years. Her sister, Grace, said: "She loved every minute."`,
    "Grace",
  ],
  [
    "the relative named once, then described",
    `Bernie Jones died on Sunday. He is survived by his wife, Denise, and two sons.\n\n"He never once took a day off," his wife said.`,
    "Denise",
  ],
  [
    "a relative with a full name after an inverted cue",
    `Ruth Okoro was a nurse for 40 years. "She loved every minute," said her sister Grace Mensah.`,
    "Grace Mensah",
  ],
];

describe("nominal speakers", () => {
  it.each(RELATIVES)("relative: %s", (_name, input, speaker) => {
    expect(brief(input).at(-1)?.speaker).toBe(speaker);
  });

  it.each(SECOND_REFERENCES)("second reference: %s", (_name, mention, input, speaker) => {
    const quote = brief(input).find((q) => q.mention === mention);
    expect(quote?.speaker).toBe(speaker);
    expect(quote?.resolvedBy).toBe("nominal");
  });

  it.each(CASES)("%s", (_name, input, speaker, resolvedBy) => {
    const last = brief(input).at(-1);
    expect(last?.speaker).toBe(speaker);
    expect(last?.resolvedBy).toBe(resolvedBy);
  });
});
