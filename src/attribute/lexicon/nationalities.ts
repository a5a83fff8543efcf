/**
 * Countries and nations with the words that name them, their people and what
 * belongs to them: `Sweden`, `Swedish`, `Swede`. A second reference such as `the
 * Swede` or `the Argentine` refers to the person the text connected with that
 * nation (`the Swedish midfielder`, `who joined from Argentina's River Plate`).
 * One line a nation: the key first, then every other word, lower case.
 */
const NATIONS = `
afghanistan afghan afghans
albania albanian albanians
algeria algerian algerians
argentina argentine argentinian argentinean argentines argentinians
armenia armenian armenians
australia australian australians aussie
austria austrian austrians
bangladesh bangladeshi bangladeshis
belarus belarusian belarusians
belgium belgian belgians
bosnia bosnian bosnians
brazil brazilian brazilians
britain british briton britons uk
bulgaria bulgarian bulgarians
cameroon cameroonian cameroonians
canada canadian canadians
chile chilean chileans
china chinese
colombia colombian colombians
croatia croatian croat croats croatians
cuba cuban cubans
czechia czech czechs
denmark danish dane danes
ecuador ecuadorian ecuadorians
egypt egyptian egyptians
england english englishman englishwoman
estonia estonian estonians
ethiopia ethiopian ethiopians
finland finnish finn finns
france french frenchman frenchwoman
georgia georgian georgians
germany german germans
ghana ghanaian ghanaians
greece greek greeks
hungary hungarian hungarians
iceland icelandic icelander icelanders
india indian indians
indonesia indonesian indonesians
iran iranian iranians
iraq iraqi iraqis
ireland irish irishman irishwoman
israel israeli israelis
italy italian italians
jamaica jamaican jamaicans
japan japanese
kenya kenyan kenyans
korea korean koreans
latvia latvian latvians
lebanon lebanese
lithuania lithuanian lithuanians
malaysia malaysian malaysians
mexico mexican mexicans
morocco moroccan moroccans
netherlands dutch dutchman dutchwoman holland
new-zealand kiwi kiwis
nigeria nigerian nigerians
norway norwegian norwegians
pakistan pakistani pakistanis
palestine palestinian palestinians
paraguay paraguayan paraguayans
peru peruvian peruvians
philippines filipino filipina filipinos
poland polish pole poles
portugal portuguese
romania romanian romanians
russia russian russians
saudi-arabia saudi saudis
scotland scottish scot scots scotsman scotswoman
senegal senegalese
serbia serbian serb serbs serbians
slovakia slovak slovakian slovaks
slovenia slovenian slovenians
south-africa south-african
spain spanish spaniard spaniards
sweden swedish swede swedes
switzerland swiss
syria syrian syrians
thailand thai thais
tunisia tunisian tunisians
turkey turkish turk turks
ukraine ukrainian ukrainians
uruguay uruguayan uruguayans
usa american americans
venezuela venezuelan venezuelans
vietnam vietnamese
wales welsh welshman welshwoman
zimbabwe zimbabwean zimbabweans
`;

const BY_WORD: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const line of NATIONS.trim().split("\n")) {
    const [key, ...words] = line.trim().split(/\s+/);
    map.set(key!.replace("-", " "), key!);
    for (const word of words) map.set(word.replace("-", " "), key!);
  }
  return map;
})();

/** The nation a lower-case word names (`swede`, `swedish`, `sweden` → `sweden`), if any. */
export function nationOf(lower: string): string | undefined {
  return BY_WORD.get(lower.replace(/['’]s$/, ""));
}

/** Words for people or things of a nation, never a country name: not part of a person's name. */
export const NATIONALITY_WORDS: ReadonlySet<string> = new Set(
  [...BY_WORD.keys()].filter((w) => BY_WORD.get(w) !== w.replace(" ", "-")),
);
