/**
 * Gender hints for pronoun resolution: "he" should not pick "Karine Jean-Pierre"
 * when "John Kirby" is also a candidate. A hint is only a preference: an entity with
 * no hint stays compatible with every pronoun, and pronouns already resolved to an
 * entity (`he stressed` → Kirby) teach it its gender.
 *
 * The first-name lists are deliberately short: common given names in English-language
 * news, plus frequent names of public figures. Names used for both genders are left out.
 */

export type Gender = "m" | "f";

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

const MALE_NAMES = set(`
  aaron abdul adam adrian ahmed alan albert alejandro alex alexander alexei ali andre andrew
  andy angus anthony antonio antony arnold arthur barack ben benjamin benny bernard bernie bill
  billy bob bobby boris brad bradley brandon brett brian bruce bryan carl carlos charles charlie
  chris christian christopher chuck clarence colin craig dan daniel danny darren dave david dean
  dennis derek dick dmitry dmitri don donald doug douglas duncan dwayne dwight ed eddie edward
  elon emmanuel enrique eric erik ernest evan fernando francis francisco frank fred
  frederick gabriel gareth gary gavin geoffrey george gerald gordon graham greg gregory guy hakeem
  hank harold harry hassan henry howard hugh hunter ian igor isaac ivan jack jacob jair jake james
  jared jason javier jay jean-luc jeff jeffrey jens jeremy jerome jerry jesse jim jimmy joe
  joel john johnny jon jonathan jorge jose josé joseph josh joshua juan julian justin karl
  keir keith ken kenneth kevin kirk kurt kyle lance larry leo leon lewis liam
  lloyd lorenzo louis luis luke mahmoud marco marcus mario mark martin matt matthew max michael
  miguel mike mitch mitchell mohamed mohammed muhammad narendra nathan neil nicholas nick nicolas
  nigel noah oliver olaf omar oscar owen pablo patrick paul pedro pete peter phil philip phillip
  pierre ralph ramon randy ray raymond recep reza richard rick ricky rishi rob robert rod
  roger ron ronald ross roy rudy russell ryan sam samuel scott sean sebastian sergei sergey seth
  shawn simon stephen steve steven stuart ted terry thomas tim timothy todd tom tommy tony travis
  trevor troy tyler victor vince vincent vivek vladimir volodymyr walter warren wayne
  wes william willie xi yoav yuri zachary zach
`);

const FEMALE_NAMES = set(`
  abigail adriana agnes alexandra alexandria alice alicia alison allison amanda amber amy ana
  andrea angela angelina ann anna anne annette annie april ashley audrey barbara beatrice becky
  betsy betty beverly brenda bridget brittany camila carla carmen carol caroline carolyn
  catherine cathy charlotte chelsea cheryl christina christine cindy claire clara claudia
  colleen courtney crystal cynthia daisy danielle deb debbie deborah debra denise diana
  diane donna doris dorothy eileen elaine eleanor elena elise elizabeth ella ellen emily emma
  erica erin esther eva evelyn fiona florence frances gabriela gail gillian gina giorgia
  gloria grace gretchen hannah harriet heather heidi helen hillary holly ilhan irene isabel
  isabella jacinda jackie jacqueline jane janet janice jasmine jeanne jen jennifer jenny
  jessica jill joan joanna jodi josephine joy joyce judith judy julia julie june karen karine
  kate katherine kathleen kathryn kathy katie kay kayla kimberly kristen kristi
  kristin kristina kyrsten laura lauren leah leslie lily linda lisa liz liza lois lori lorraine
  louise lucy lynn madeleine maggie maria marie marina marjorie martha mary maxine megan melania
  melissa meredith michelle mila mildred miriam molly monica nadia nancy naomi natalie natasha
  nicola nicole nikki nina nora olivia pam pamela patricia patty paula pauline penny priti
  rachel rebecca regina rita roberta rosa rosalind rose ruth sally samantha sandra sara sarah
  sharon sheila shirley silvia sofia sonia sophie stacey stephanie sue susan suzanne sylvia
  tamara tammy tanya teresa theresa tina tracy ursula valerie vanessa veronica victoria
  virginia wendy whitney yvonne yulia zoe
`);

/** Words in a role or title that say which pronoun fits. */
const GENDERED_WORDS: ReadonlyMap<string, Gender> = new Map([
  ["mr.", "m"],
  ["mr", "m"],
  ["sir", "m"],
  ["lord", "m"],
  ["king", "m"],
  ["prince", "m"],
  ["spokesman", "m"],
  ["chairman", "m"],
  ["congressman", "m"],
  ["councilman", "m"],
  ["businessman", "m"],
  ["father", "m"],
  ["dad", "m"],
  ["husband", "m"],
  ["son", "m"],
  ["brother", "m"],
  ["uncle", "m"],
  ["grandfather", "m"],
  ["widower", "m"],
  ["man", "m"],
  ["boy", "m"],
  ["actor", "m"],
  ["mrs.", "f"],
  ["mrs", "f"],
  ["ms.", "f"],
  ["ms", "f"],
  ["miss", "f"],
  ["dame", "f"],
  ["lady", "f"],
  ["queen", "f"],
  ["princess", "f"],
  ["spokeswoman", "f"],
  ["chairwoman", "f"],
  ["congresswoman", "f"],
  ["councilwoman", "f"],
  ["businesswoman", "f"],
  ["mother", "f"],
  ["mom", "f"],
  ["mum", "f"],
  ["wife", "f"],
  ["daughter", "f"],
  ["sister", "f"],
  ["aunt", "f"],
  ["grandmother", "f"],
  ["widow", "f"],
  ["woman", "f"],
  ["girl", "f"],
  ["actress", "f"],
]);

export function genderOfFirstName(lower: string): Gender | undefined {
  if (MALE_NAMES.has(lower)) return "m";
  if (FEMALE_NAMES.has(lower)) return "f";
  return undefined;
}

/** The gender a role or title word implies (`spokeswoman`, `Mr.`), if any. */
export function genderOfWord(lower: string): Gender | undefined {
  return GENDERED_WORDS.get(lower);
}

export function genderOfPronoun(lower: string): Gender | undefined {
  if (lower === "he" || lower === "him" || lower === "his") return "m";
  if (lower === "she" || lower === "her" || lower === "hers") return "f";
  return undefined;
}
