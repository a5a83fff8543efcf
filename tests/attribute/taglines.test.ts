import { describe, expect, it } from "vitest";
import { brief } from "../helpers/quotes.js";

/** Attribution patterns: [name, input, speaker name, mention, cue] for the first quotation. */
const CASES: [string, string, string, string, string][] = [
  [
    "told with a place after",
    `"We have a plan," Reeves told reporters at a factory in Leeds.`,
    "Reeves",
    "Reeves",
    "told reporters",
  ],
  [
    "defended as",
    `The tax, which Reeves has defended as "fair and proportionate," raised £5bn.`,
    "Reeves",
    "Reeves",
    "defended",
  ],
  [
    "party apposition",
    `Rep. Dan Ugaste, R-Geneva, argued it would "drive up premiums."`,
    "Dan Ugaste",
    "Rep. Dan Ugaste",
    "argued",
  ],
  [
    "participle after a dateline",
    `SPRINGFIELD, Ill. (AP) — Gov. J.B. Pritzker on Monday signed a bill, calling it "a promise kept."`,
    "J.B. Pritzker",
    "Gov. J.B. Pritzker",
    "calling",
  ],
  [
    "plural possessive in an institution",
    `The Illinois Manufacturers' Association said in a statement that the cap was "misguided."`,
    "the Illinois Manufacturers' Association",
    "The Illinois Manufacturers' Association",
    "said in a statement",
  ],
  ["subject first", `"We will keep them informed," Kirby said.`, "Kirby", "Kirby", "said"],
  [
    "inverted",
    `"We will keep them informed," said John Kirby.`,
    "John Kirby",
    "John Kirby",
    "said",
  ],
  ["no comma", `"Are we ready?" Kirby asked.`, "Kirby", "Kirby", "asked"],
  ["question, inverted", `"Are we ready?" asked a reporter.`, "a reporter", "a reporter", "asked"],
  ["colon introduction", `Kirby said: "We will keep them informed."`, "Kirby", "Kirby", "said"],
  ["comma introduction", `Kirby said, "We will keep them informed."`, "Kirby", "Kirby", "said"],
  ["said that", `Kirby said that "the leak was serious."`, "Kirby", "Kirby", "said"],
  [
    "according to, before",
    `According to Kirby, "the leak was serious."`,
    "Kirby",
    "Kirby",
    "According to",
  ],
  [
    "according to, after",
    `"The leak was serious," according to a senior official.`,
    "a senior official",
    "a senior official",
    "according to",
  ],
  ["tweeted", `"It's over," Smith tweeted.`, "Smith", "Smith", "tweeted"],
  ["wrote", `"Go for the lamb," Yates wrote.`, "Yates", "Yates", "wrote"],
  [
    "in a statement",
    `The White House said in a statement that "the president is committed."`,
    "the White House",
    "The White House",
    "said in a statement",
  ],
  [
    "told reporters",
    `"We are ready," Kirby told reporters on Monday.`,
    "Kirby",
    "Kirby",
    "told reporters",
  ],
  [
    "told a newspaper",
    `Kirby told The Associated Press that "we are ready."`,
    "Kirby",
    "Kirby",
    "told The Associated Press",
  ],
  ["added", `"And we will win," Kirby added.`, "Kirby", "Kirby", "added"],
  [
    "stressed",
    `Kirby stressed that partners "have appreciated the seriousness."`,
    "Kirby",
    "Kirby",
    "stressed",
  ],
  ["warned", `"This could get worse," Kirby warned.`, "Kirby", "Kirby", "warned"],
  ["insisted", `"We did nothing wrong," Smith insisted.`, "Smith", "Smith", "insisted"],
  [
    "noted",
    `"Prices are falling," the economist noted.`,
    "the economist",
    "the economist",
    "noted",
  ],
  ["pointed out", `Kirby pointed out that "nobody asked."`, "Kirby", "Kirby", "pointed out"],
  [
    "was quoted as saying",
    `Kirby was quoted as saying "we are ready."`,
    "Kirby",
    "Kirby",
    "quoted as saying",
  ],
  [
    "adverb between subject and cue",
    `"We are ready," Kirby later told reporters.`,
    "Kirby",
    "Kirby",
    "told reporters",
  ],
  ["participle", `Kirby defended the plan, saying "it will work."`, "Kirby", "Kirby", "saying"],
  [
    "cue far before, across an apposition",
    `John Kirby, who has been spokesman since 2022 and served 30 years in the Navy, said "we are watching closely."`,
    "John Kirby",
    "John Kirby",
    "said",
  ],
  [
    "cue after an appositive in a tagline",
    `"We are ready," Kirby, the White House spokesman, said.`,
    "Kirby",
    "Kirby",
    "said",
  ],
  [
    "two appositions",
    `Alison Tremayne, chief executive of the authority, who gave evidence later, said the regulator was "ready to act."`,
    "Alison Tremayne",
    "Alison Tremayne",
    "said",
  ],
  [
    "name after its description",
    `Its chief executive, Gregory Sandoval, told investors that the company's "culture of direct engagement" would survive.`,
    "Gregory Sandoval",
    "Gregory Sandoval",
    "told investors",
  ],
  [
    "relative clause",
    `A former employee who worked in its laboratory said staff were told to "keep it in-house."`,
    "A former employee",
    "A former employee",
    "said",
  ],
  [
    "attached phrase",
    `A person familiar with the talks said the sides were "within shouting distance."`,
    "A person familiar with the talks",
    "A person familiar with the talks",
    "said",
  ],
  [
    "role word the lexicon lacks",
    `"She wishes Harper all the best," publicist Nadia Brennan told The Buzz.`,
    "Nadia Brennan",
    "publicist Nadia Brennan",
    "told The Buzz",
  ],
  [
    "capitalised cue-like word in a role",
    `„We cannot take any risk“, said State Transport Minister Katrin Vogt at a news conference.`,
    "Katrin Vogt",
    "State Transport Minister Katrin Vogt at a news conference",
    "said",
  ],
  [
    "affiliation apposition",
    `Nell Varley, of the Clean Rivers Trust, whose report prompted the inquiry, said: ‘We heard a lot of sorry.’`,
    "Nell Varley",
    "Nell Varley",
    "said",
  ],
  [
    "description then name, inverted",
    `"We did not come here to sign a piece of paper," said Eastmark's trade minister, Ingrid Halvorsen, who hosted the meeting.`,
    "Ingrid Halvorsen",
    "Ingrid Halvorsen",
    "said",
  ],
  [
    "a finding inside a statement",
    `Ulrike Schreiber, the engineer who led the inspection, said the team had found "cracks of up to four millimetres."`,
    "Ulrike Schreiber",
    "Ulrike Schreiber",
    "said",
  ],
  [
    "reduced relative clause",
    `The staff report presented to the board said ridership would fall "by an estimated 4 to 6 percent."`,
    "the staff report",
    "The staff report",
    "said",
  ],
  [
    "sentence-final tagline",
    `The plan would "keep them informed" through the summer, Kirby said.`,
    "Kirby",
    "Kirby",
    "said",
  ],
  [
    "dash tagline",
    `"This is a disaster." — John Smith, mayor of Springfield`,
    "John Smith",
    "John Smith",
    "—",
  ],
  [
    "hyphen tagline",
    `"Never give up." -Winston Churchill`,
    "Winston Churchill",
    "Winston Churchill",
    "-",
  ],
];

describe("attribution patterns", () => {
  it.each(CASES)("%s", (_name, input, speaker, mention, cue) => {
    const [q] = brief(input);
    expect(q).toBeDefined();
    expect(q!.speaker?.toLowerCase()).toBe(speaker.toLowerCase());
    expect(q!.mention).toBe(mention);
    expect(q!.cue).toBe(cue);
  });

  it("a tagline that introduces the next quotation is not the previous one's", () => {
    const quotes = brief(`"We are ready." He added: "And so are they."`);
    expect(quotes.map((q) => [q.text, q.cue])).toEqual([
      ["We are ready.", null],
      ["And so are they.", "added"],
    ]);
  });

  it("a passive or negated verb is not a cue", () => {
    expect(brief(`Kirby was told "the leak was serious."`)[0]?.cue ?? null).toBeNull();
    expect(brief(`Kirby did not say "the leak was serious."`)[0]?.cue ?? null).toBeNull();
  });
});
