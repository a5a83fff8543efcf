import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/index.js";
import { speakers } from "../helpers/quotes.js";

/** Pronoun speakers: [name, input, expected speaker of the last quotation]. */
const CASES: [string, string, string | null][] = [
  [
    "the seed pattern: he after a named speaker",
    `Kirby said the administration wanted to "reassure allies," Kirby said.\n\nHe stressed that partners "have appreciated the seriousness."`,
    "Kirby",
  ],
  [
    "gender from a first name picks the compatible person",
    `Karine Jean-Pierre and John Kirby briefed reporters. "We are ready," he said.`,
    "John Kirby",
  ],
  [
    "gender from an earlier pronoun",
    `Soraya Tehrani stirs the onions for an hour. She does not look up. Kim Yates reviewed the restaurant in 2019 and Bernard Vautrin taught her in Paris. "It takes time," she said.`,
    "Soraya Tehrani",
  ],
  [
    "the subject of the previous sentence before an object",
    `Tehrani trained in Paris under Bernard Vautrin. He remembers her as the only cook who argued with him.\n\n"She told me my sauce was too salty," he said.`,
    "Bernard Vautrin",
  ],
  [
    "the nearest sentence first",
    `Leslie Tran, a prosecutor, said the ruling was wrong. Asked about the case, Judge Miriam Okonkwo was quiet before she answered.\n\n"I have thought about that ruling more than any other," she said.`,
    "Miriam Okonkwo",
  ],
  [
    "a gender word in a role",
    `Her husband, Gideon Rowe, runs the front of house. The critic Sarah Yates was less kind. "We sold 400 loaves," he said.`,
    "Gideon Rowe",
  ],
  [
    "the pronoun overrules a first-name hint when nobody else fits",
    `Ashley Dunmore, the bank's governor, spoke first. "The risks are balanced," he said.`,
    "Ashley Dunmore",
  ],
  [
    "they for an organisation that spoke before",
    `"We will appeal," the union said in a statement. "We are not done," they added.`,
    "the union",
  ],
  [
    "it for an institution",
    `"Talks continue," the company said. "No deal is close," it added.`,
    "the company",
  ],
  [
    "a place used as a modifier is not a person",
    `Jamie Calloway, the union president, spoke after the vote. The 9,000-student Maple Hill district was placed under state control. "Our teachers never stopped showing up," he said.`,
    "Jamie Calloway",
  ],
  ["with no one to refer to, a pronoun gives no speaker", `"We are ready," she said.`, null],
];

/**
 * The referent introduced in an apposition led by a possessive or a long
 * description, or by a name whose gender no list knows: [name, input, speaker].
 */
const INTRODUCED: [string, string, string | null][] = [
  [
    "a possessive apposition in the paragraph before (court report)",
    `Marek Dorn, 44, was charged in March. His lawyer, Ana Ruiz, said her client had "no idea" the transfers were illegal.\n\n"He is sorry," she said.`,
    "Ana Ruiz",
  ],
  [
    "a long description before the name (local government)",
    `The city's director of parks and recreation, Sam Oduya, said the pool would reopen in June.\n\n"We have fixed the pumps," he said.`,
    "Sam Oduya",
  ],
  [
    "a description with a relative clause (wire)",
    `The longtime head of the county's emergency management office, Oluwaseun Adebayo, warned residents to stay indoors.\n\n"This storm is not done with us," he said.`,
    "Oluwaseun Adebayo",
  ],
  [
    "the only full name, whatever its first name",
    `Hana Kowalczyk runs the only bakery in the village.\n\n"Nobody else wanted the lease," she said.`,
    "Hana Kowalczyk",
  ],
  [
    "an unlisted first name with no other evidence",
    `Tiberiu Vasilescu has coached the under-12s for a decade. "They keep me young," he said.`,
    "Tiberiu Vasilescu",
  ],
  [
    "the subject of the paragraph over a later full name",
    `Ibrahim Kone runs the night shelter on Dock Street. Volunteers such as Adaeze Nwosu cook for forty people. "Without them, we close," he said.`,
    "Ibrahim Kone",
  ],
  [
    "an author's byline is never the referent",
    `The robot that folds laundry\n\nMorgan Hollis, Technology Reporter\n\nTunde Adeyemi built his first robot at 12. "I took apart my father's radio," he said.`,
    "Tunde Adeyemi",
  ],
  [
    "a byline after By, and a body person with an unlisted name",
    `By Owen Marsh\n\nKaito Brennan-Oyelowo spent a decade in the merchant navy. "I never got used to the noise," he said.`,
    "Kaito Brennan-Oyelowo",
  ],
];

/** Gender, organisations and the quotation's own pronouns: [name, input, speaker]. */
const COMPATIBLE: [string, string, string | null][] = [
  [
    "he skips a woman named after the man in the same sentence",
    `Paul Grant has lived on the estate for 30 years. When his neighbour Kiri Sato fell ill last winter, Grant drove her to hospital every week. "I would do it again tomorrow," he said.`,
    "Paul Grant",
  ],
  [
    "she never takes an organisation named in an apposition",
    `Wessick Watch, a campaign group, said the incinerator plan was flawed. Its founder, Meera Shah, has fought the scheme for years.\n\n"It is a disgrace," she said.`,
    "Meera Shah",
  ],
  [
    "an organisation alone leaves she unresolved",
    `Wessick Watch, a campaign group, said the plan was flawed.\n\n"It is a disgrace," she said.`,
    null,
  ],
  [
    "a quotation opening with she is spoken by the other woman",
    `Maria Lopez and Joan Ferris have run the shelter together since 2010. Lopez says they will close in the spring.\n\n"She's right that we can't keep going like this," she said.`,
    "Joan Ferris",
  ],
  [
    "the same for he, after an opener",
    `Dev Sharma and Tomás Ruiz founded the bakery in 2012. Sharma still starts work at 4 a.m.\n\n"But he has never once been late," he said.`,
    "Tomás Ruiz",
  ],
  [
    "a pronoun deeper in the quotation does not exclude anyone",
    `Leslie Tran was the prosecutor. Judge Miriam Okonkwo excluded the call. Tran has not changed her mind. "I respected her. I still think she got that one wrong," she said.`,
    "Leslie Tran",
  ],
  [
    "gender from the expanded first-name lists",
    `Ngozi Eze and Oskar Lind founded the company in 2015. "It was the hardest thing I've done," he said.`,
    "Oskar Lind",
  ],
  [
    "a person presented in relation to someone speaks of them in the third person",
    `Callum Whitty admitted dangerous driving. His barrister, Oliver Strand, said his client had shown "genuine remorse".\n\n"He knows nothing can bring her back," he said.`,
    "Oliver Strand",
  ],
  [
    "a mother on her daughter",
    `Priya Lal, 19, won the county title on Sunday. Her mother, Anjali Lal, drove her to every race.\n\n"She never once asked to stay in bed," she said.`,
    "Anjali Lal",
  ],
  [
    "singular they for the subject just before",
    `Jordan Pike manages the field team. Pike, who uses they/them pronouns, said the company had changed.\n\n"Now I have no idea what people do," they said.`,
    "Jordan Pike",
  ],
];

/** Pronouns whose referent the text describes but never names: [name, input, speaker, kind]. */
const UNNAMED: [string, string, string | null, string | null][] = [
  [
    "an unnamed woman described in the narrative",
    `A woman who lives on the estate said she had not slept since the fire. "Every night I smell smoke," she said.`,
    "a woman",
    "anonymous",
  ],
  [
    "a named man does not take she; the described girl does",
    `Inspector Raymond Cole arrived at noon. The girl flushed. "I guess so," she said.`,
    "the girl",
    "anonymous",
  ],
  [
    "it for a document the sentence is about",
    `Imelda still has the letter. It is dated March 2016 and tells the group that the pool will close "for the foreseeable future."`,
    "the letter",
    "document",
  ],
  [
    "first person: the byline's author",
    `By Clare Devlin\n\nThe baths reopen on Saturday. "It took nine years," I said to the manager.`,
    "Clare Devlin",
    "person",
  ],
  [
    "first person with no byline: the author",
    `I asked the chef about the menu. "Nothing is frozen," I said, "and nothing ever will be."`,
    "the author",
    "person",
  ],
];

describe("pronouns for people introduced in appositions or with unlisted names", () => {
  it.each(INTRODUCED)("%s", (_name, input, speaker) => {
    expect(speakers(input).at(-1)?.[1]).toBe(speaker);
  });
});

describe("pronouns agree in gender, skip organisations and the quotation's own referent", () => {
  it.each(COMPATIBLE)("%s", (_name, input, speaker) => {
    expect(speakers(input).at(-1)?.[1]).toBe(speaker);
  });

  it("never returns a pronoun as the speaker's name", () => {
    const inputs = [...CASES, ...INTRODUCED, ...COMPATIBLE].map(([, input]) => input);
    for (const input of inputs)
      for (const q of extractQuotes(input))
        expect(["he", "she", "they", "it", "him", "her"]).not.toContain(
          q.speaker?.name.toLowerCase(),
        );
  });

  it.each(UNNAMED)("unnamed referent: %s", (_name, input, speaker, kind) => {
    const last = extractQuotes(input).at(-1);
    expect(last?.speaker?.name ?? null).toBe(speaker);
    expect(last?.speaker?.kind ?? null).toBe(kind);
    expect(last?.speaker?.resolvedBy).toBe("pronoun");
  });

  it("keeps the cue of a quotation whose pronoun has no referent", () => {
    const [q] = extractQuotes(`"We are ready," she said.`);
    expect(q!.speaker).toBeNull();
    expect(q!.cue?.text).toBe("said");
  });
});

describe("pronoun speakers", () => {
  it.each(CASES)("%s", (_name, input, speaker) => {
    const all = speakers(input);
    expect(all.at(-1)?.[1]).toBe(speaker);
  });

  it("reports how it resolved and where the pronoun is", () => {
    const input = `Defense Secretary Lloyd Austin spoke on Monday. "We are ready," he said.`;
    const [q] = extractQuotes(input);
    expect(q!.speaker).toMatchObject({
      name: "Lloyd Austin",
      role: "Defense Secretary",
      resolvedBy: "pronoun",
      mention: {
        text: "he",
        start: input.lastIndexOf("he said"),
        end: input.lastIndexOf("he said") + 2,
      },
    });
  });
});
