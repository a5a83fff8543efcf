/**
 * Words that make up the roles, titles and institutions around a speaker's name,
 * so that `Pentagon spokesperson Lt. Col. Phil Ventura` splits into a role
 * (`Pentagon spokesperson`), a title (`Lt. Col.`) and a name (`Phil Ventura`).
 * Lower case; abbreviations keep their period.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Social honorifics and ranks printed right before a name: the `title` of a speaker. */
export const TITLES = set(`
  mr. mrs. ms. mx. miss dr. prof. sir dame lord lady rev. reverend fr. rabbi imam sheikh
  lt. col. gen. maj. capt. cpt. cmdr. cdr. adm. sgt. cpl. pvt. brig. det. insp. supt.
  mr mrs ms mx dr prof rev fr lt col gen maj capt cmdr adm sgt cpl pvt brig det insp supt
  lieutenant colonel general major captain commander admiral sergeant corporal private
  brigadier detective inspector superintendent constable marshal staff 1st 2nd rear vice
  first second master chief petty officer pfc. spc. ssgt. msgt.
`);

/** Abbreviated titles that name a role as well as a rank (`Sen.` = senator). */
export const TITLE_ROLES: ReadonlyMap<string, string> = new Map([
  ["sen.", "senator"],
  ["cllr", "councillor"],
  ["cllr.", "councillor"],
  ["sens.", "senator"],
  ["rep.", "representative"],
  ["reps.", "representative"],
  ["gov.", "governor"],
  ["pres.", "president"],
  ["amb.", "ambassador"],
  ["atty.", "attorney"],
  ["sec.", "secretary"],
  ["gen.", "general"],
  ["col.", "colonel"],
  ["lt.", "lieutenant"],
  ["capt.", "captain"],
  ["adm.", "admiral"],
  ["sgt.", "sergeant"],
  ["det.", "detective"],
  ["insp.", "inspector"],
  ["supt.", "superintendent"],
  ["dr.", "doctor"],
  ["prof.", "professor"],
]);

/**
 * Nouns naming what a person does. They head descriptions (`the spokesperson`)
 * and stand in the role before a name (`spokesperson John Kirby`).
 */
export const ROLE_NOUNS = set(`
  president vice prime minister secretary spokesperson spokesman spokeswoman spokespeople
  spokespersons spokesmen spokeswomen press official officials director directors chief executive
  officer officers chairman chairwoman chair chairperson ceo cfo coo cto founder co-founder cofounder
  head leader leaders governor senator senators representative representatives congressman
  congresswoman congressmember lawmaker lawmakers legislator legislators mayor councilman
  councilwoman councillor councilor councilmember commissioner ambassador envoy judge justice
  attorney lawyer lawyers prosecutor prosecutors counsel solicitor barrister adviser advisor
  advisers advisors aide aides analyst analysts expert experts economist economists professor
  researcher researchers scientist scientists strategist strategists consultant manager coach
  player captain owner chancellor king queen prince princess pope archbishop bishop cardinal
  deputy assistant undersecretary coordinator administrator superintendent sheriff commander
  trooper detective sergeant inspector constable correspondent reporter reporters editor columnist
  author writer novelist actor actress singer rapper musician star artist producer host anchor
  presenter comedian designer chef doctor doctors nurse nurses surgeon physician teacher teachers
  principal student students resident residents witness witnesses activist activists organizer
  organiser campaigner campaigners candidate nominee politician diplomat diplomats negotiator
  mediator regulator regulators staffer staffers employee employees worker workers farmer farmers
  member members partner fellow historian whip speaker treasurer comptroller auditor clerk
  marshal ranger warden agent agents investigator investigators coroner examiner pastor priest
  chaplain counterpart colleague source sources insider insiders critic critics observer
  observers supporter supporters opponent opponents neighbor neighbors neighbour neighbours friend
  friends fan fans victim victims survivor survivors suspect defendant plaintiff veteran
  veterans soldier soldiers pilot driver passenger passengers founder owner owners entrepreneur
  investor investors banker bankers trader traders executive executives boss premier monarch
  emir president-elect chairman-elect justice-designate nominee designee appointee ceo-elect
  lecturer academic dean provost rector vicar minister-president chancellor first-minister
  manager managers striker midfielder defender goalkeeper forward quarterback pitcher coach
  mother father son daughter wife husband brother sister grandmother grandfather uncle aunt
  mom mum dad parent parents relative relatives widow widower child children man woman men
  women person people boy girl teenager teen individual spokesperson-designate representative
  sources official spokesperson mp mps supervisor postdoc trustee trustees chef critic
  ombudsman registrar midwife paramedic firefighter firefighters deputies deputy lecturer
  co-author coauthor author colleague colleagues employer tenant tenants landlord landlords
  shopkeeper shopkeepers owner-operator evacuee evacuees voter voters customer customers
  patient patients spokesperson pupil pupils parent farmer organiser organizer engineer
  engineers nurse technician technicians mechanic mechanics driver drivers commuter commuters
  passenger historian economist scholar clerk sheriff principal archivist curator librarian
  pal pals mate mates buddy chum neighbour colleague agent super-agent co-star costar bandmate
  teammate housemate flatmate classmate
`);

/** Roles that name a group or an institution speaking as one, heading a description. */
export const ORGANIZATION_NOUNS = set(`
  company firm agency department ministry government administration council committee
  newspaper paper outlet network broadcaster magazine group organization organisation campaign
  party union police military army navy court board commission office team club league
  university school hospital bank embassy cabinet authorities regime city county district
  watchdog regulator coalition alliance charity association federation foundation institute
  center centre startup retailer carrier airline manufacturer automaker insurer lender publisher
  studio label band family embassy consulate
   parliament congress senate assembly legislature secretariat directorate tribunal service
  bureau force forces command guard prosecution defence defense side camp opposition
`);

/** Written sources heading a description: `the report said`, `the statement read`. */
export const DOCUMENT_NOUNS = set(`
  report reports statement statements letter memo memorandum lawsuit suit complaint filing
  filings indictment ruling order document documents study survey poll release post tweet
  email note analysis assessment affidavit transcript decision opinion brief motion petition
  judgment verdict communique announcement notice bulletin guidance advisory proposal plan
  bill law legislation policy regulation resolution agreement treaty contract article editorial
  blog website message caption sign banner text complaint summary readout warrant subpoena
  minutes charter manifesto platform guidelines
`);

/**
 * Capitalised words that mark an institution or a place rather than a person's
 * name: `Ben Gurion International Airport`, `Defense Department`.
 */
export const ORGANIZATION_WORDS = set(`
  house department ministry pentagon kremlin council committee agency office administration
  government commission board bureau service court senate congress parliament party union
  university college school institute foundation association corporation corp. inc. ltd. llc
  co. company group bank fund times post news journal guardian reuters press network police
  army navy force forces command guard hospital center centre clinic authority organization
  organisation federation league club team airlines airways motors systems technologies labs
  capital partners holdings media radio television tv channel magazine review herald tribune
  telegraph mail express chronicle gazette observer nations republic states kingdom assembly
  cabinet secretariat embassy consulate mission directorate tribunal campaign coalition
  alliance movement front church diocese airport station stadium museum library street
  avenue road square park bridge tower hall building plaza county city state province region
  district island islands river lake mountain valley ocean sea gulf bay coast north south east
  west northern southern eastern western central international national federal royal
  museum games cup championship olympics monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december
  day week month year act bill treaty accord summit conference forum institute initiative program
  programme project fund trust society academy laboratory laboratories lab services electric
  energy health healthcare solutions foods power communications pharmaceuticals pharma
  logistics fulfillment fulfilment insurance waste ventures studios records entertainment
  financial securities realty properties construction manufacturing industries global brands
  stores markets auto rail railways railway transit transport housing development enterprises
  consulting associates analytics software networks telecom mobile digital pictures publishing
  hospitals pharmacy springs falls heights hills beach harbor harbour creek ridge township village
  town parish courthouse county fairgrounds airport highway interstate route freeway motorway
  users alliance educators workers dockworkers operators union unions standards united fc
  rovers athletic wanderers
`);

/** Institutions named by one word, or by a phrase written with capitals. */
export const KNOWN_ORGANIZATIONS = set(`
  pentagon kremlin reuters axios nato fbi cia nsa eu un who imf ap afp bbc cnn nbc cbs abc fox
  npr politico bloomberg google apple microsoft amazon meta facebook twitter tesla openai hamas
  hezbollah taliban interpol europol nasa opec idf congress parliament whitehall downing
  elysee élysée vatican knesset bundestag duma senate treasury fed ecb unicef unesco wto wef
  sec ftc fcc fda cdc epa irs dhs doj dod hhs usda tsa ice ofsted nhs ons mod fcdo
`);

/** Particles inside names: `Ursula von der Leyen`, `Charles de Gaulle`, `Mohammed bin Salman`. */
export const NAME_PARTICLES = set(`
  von van der den de del della di da dos das du la le bin ibn al el ben ter ten st. y zu
`);

/** Suffixes after a name: `Martin Luther King Jr.` */
export const NAME_SUFFIXES = set(`jr. sr. jr sr ii iii iv v phd md esq. esq qc kc mp`);

/** Words that qualify a role or description without being names: `a senior administration official`. */
export const MODIFIERS = set(`
  senior former top chief deputy acting longtime long-time veteran local retired current
  outgoing incoming new interim then fellow leading prominent independent federal state foreign
  military intelligence administration defense defence security health campaign white house
  national regional district county city police fire school party union company government
  ministry department agency agriculture commerce finance treasury justice energy education
  transportation transport interior labor labour trade economic economy environmental climate
  press communications news legal medical public private official unnamed anonymous
  high-ranking high-level senior-level mid-level junior lead principal associate assistant
  executive managing general special regional global european american british israeli
  palestinian ukrainian russian chinese french german iranian iraqi syrian egyptian saudi
  turkish indian pakistani afghan japanese korean mexican canadian australian african
  republican democratic democrat conservative labour liberal green gop progressive moderate
  several two three four five six seven eight nine ten many some other another both
  u.s. us u.k. uk e.u. eu u.n. un nato western eastern northern southern western-backed
  diplomatic congressional parliamentary presidential judicial legislative gubernatorial
  economic financial industry business corporate tech technology oil energy airline bank
  hospital university college student staff team club league fan community church religious
  civil rights human humanitarian aid relief rescue emergency border immigration customs
  homeland nuclear defense-ministry army navy air marine marines coast guard special-forces
  own longtime close personal family
`);

/**
 * Nationalities used as nouns for a person already named: `The Italian, who took
 * over in 2023, said…`. Lower case.
 */
export const NATIONALITIES = set(`
  american british briton english scottish scot welsh irish northern french frenchman
  frenchwoman german italian spanish spaniard portuguese dutch dutchman belgian swiss austrian
  swede swedish norwegian dane danish finn finnish icelander pole polish czech slovak hungarian
  romanian bulgarian greek turk turkish russian ukrainian belarusian georgian armenian israeli
  palestinian lebanese syrian iraqi iranian saudi egyptian moroccan algerian tunisian libyan
  nigerian ghanaian kenyan ethiopian south african zimbabwean indian pakistani bangladeshi
  afghan chinese japanese korean vietnamese thai filipino indonesian malaysian singaporean
  australian kiwi canadian mexican brazilian argentine argentinian chilean colombian peruvian
  venezuelan cuban jamaican uruguayan paraguayan ecuadorian croat croatian serb serbian bosnian
  slovenian albanian estonian latvian lithuanian
`);
