/**
 * Closed-class words the speaker-phrase reader needs: where a noun phrase starts
 * and stops, and what may stand between a subject and its cue verb. Lower case.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Pronouns that can be the speaker of a quotation. */
export const PRONOUNS = set(`he she they it i we you`);

/** Start a noun phrase: included in the speaker expression (`a senior official`, `the report`). */
export const DETERMINERS = set(`
  the a an this that these those his her their its our my your another one two three four
  five six seven eight nine ten dozens several some many most both all each every no other
  few numerous multiple various hundreds thousands a-few
`);

/** Determiners that make a description definite, so that it can refer back (`the spokesperson`). */
export const DEFINITE = set(`the this that these those his her their its our`);

/**
 * Words allowed between a subject and its cue verb: `Kirby also said`, `Kirby
 * has repeatedly said`, `Kirby later told reporters`.
 */
export const BETWEEN_SUBJECT_AND_CUE = set(`
  also later then once again previously repeatedly recently earlier further has had have
  would will could might may can did does do just quickly simply only even still flatly
  firmly publicly privately bluntly candidly tersely angrily calmly separately subsequently
  initially first last finally ultimately often frequently always never-before already
  afterward afterwards sometimes was were is are
`);

/** Negations and passives that undo a cue: `did not say`, `was told`. */
export const UNDOES_CUE = set(`not never n't was were been being is are be`);

/** Words that end a noun phrase read backwards from a cue verb. */
export const CLAUSE_WORDS = set(`
  and or but that which who whose whom to in on at by with from as than if when while because
  after before since although though where whether so nor into onto over under about against
  between through during without within upon said says told
`);

/** Words that link parts of a role or a name: `Secretary of State`, `spokesperson for the Pentagon`. */
export const CONNECTORS = set(`of for at to`);

/** Capitalised only because they start a sentence: never part of a name. */
export const SENTENCE_OPENERS = set(`
  but and still meanwhile however yet so also now then later earlier instead separately
  asked speaking in on at when after before last this that today yesterday tonight here there
  while though although because if as for with without by from during despite under over
  since until unless whether what where why how who which the a an it he she they we i you his
  her their its our my your one some many most both all each every no not never nor or
  according even only just perhaps maybe indeed besides furthermore moreover thus therefore
  hence otherwise regardless nevertheless nonetheless again first second third finally
  initially ultimately eventually recently currently previously originally
  monday tuesday wednesday thursday friday saturday sunday
`);
