// Small hand-kept word tables: the vocabulary of news attribution and naming.
// Big fact lists (given names, countries, demonyms) are generated: see generated/lexicon.ts.
// Everything here is a plain table so that adding a word is adding an entry.

const words = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s*\|\s*/));

/**
 * Speech verbs and phrases that introduce or close a quote (textacy keeps the same kind of
 * table). Inflected forms are listed, not derived: "said", "says", "saying".
 */
export const SPEECH_VERBS = words(`
  said | says | say | saying | told | tells | tell | telling | added | adds | adding | asked | asks | ask |
  shouted | shouts | chanted | chant | chanting | chants | yelled | screamed | cried | wrote | writes | tweeted | tweets | posted | posts |
  stated | states | declared | declares | explained | explains | insisted | insists | noted | notes |
  argued | argues | claimed | claims | warned | warns | replied | replies | responded | responds |
  recalled | recalls | continued | continues | announced | announces | acknowledged | acknowledges |
  admitted | admits | observed | observes | remarked | remarks | suggested | suggests | urged | urges |
  vowed | vows | promised | promises | conceded | concedes | cautioned | cautions | predicted | predicts |
  complained | complains | emphasised | emphasized | emphasises | emphasizes | stressed | stresses |
  maintained | maintains | reiterated | reiterates | confirmed | confirms | countered | counters |
  quipped | quips | joked | jokes | whispered | murmured | wondered | wonders | testified | testifies |
  concluded | concludes | boasted | boasts | lamented | laments | pleaded | pleads | demanded | demands |
  asserted | asserts | charged | charges | alleged | alleges | mused | muses | sighed | thundered |
  proclaimed | proclaims | recounted | recounts | described | describes | called | calls | dubbed |
  branded | labelled | labeled | termed | hailed | welcomed | criticised | criticized | slammed |
  blasted | accused | accuses | tweeted | texted | emailed | messaged | shared |
  reported | reports | reads | sang | sings | singing | quoted | commented | scolded | mocked | rated | rates | ruled | deemed |
  asking | writing | tweeting | shouting | yelling | screaming | whispering | declaring | explaining | insisting | noting |
  arguing | claiming | warning | replying | responding | announcing | urging | vowing | boasting | complaining | joking |
  agreed | agrees | disagreed | disagrees | read | answered | answers | pressed | presses | beamed | scoffed |
  snapped | retorted | interjected | exclaimed | gushed | fumed | grumbled | muttered | pointed out | points out |
  went on to say | goes on to say | went on to write |
  calling | describing | dubbing | branding | labeling | labelling | terming | stating | recalling | suggesting |
  admitting | acknowledging | conceding | cautioning | stressing | predicting | promising | accusing |
  criticising | criticizing | blasting | slamming | demanding | pleading | asserting | alleging | reiterating |
  confirming | countering | lamenting | emphasising | emphasizing | observing | remarking | quipping |
  recounting | proclaiming | retorting | exclaiming | answering | testifying
`);

/** Honorifics: dropped from names, never roles; some say the gender. */
export const HONORIFICS: ReadonlyMap<string, 'male' | 'female' | null> = new Map([
  ['Mr', 'male'],
  ['Mr.', 'male'],
  ['Mrs', 'female'],
  ['Mrs.', 'female'],
  ['Ms', 'female'],
  ['Ms.', 'female'],
  ['Miss', 'female'],
  ['Shri', 'male'],
  ['Smt', 'female'],
  ['Smt.', 'female'],
  ['Sri', null],
  ['Dr', null],
  ['Dr.', null],
  ['Mx', null],
  ['Mx.', null],
  // Malaysian and Nigerian honorifics, and the plural "Messrs" ("Messrs Tinubu and Shettima").
  ['Datuk', null],
  ['Dato', null],
  ["Dato'", null],
  ['Datin', 'female'],
  ['Alhaji', 'male'],
  // South Asian honorifics: "Ustad Zakir Hussain", "Maulana Arshad Madani", "Thiru M K Stalin".
  ['Ustad', 'male'],
  ['Maulana', 'male'],
  ['Acharya', null],
  ['Thiru', 'male'],
  ['Tmt', 'female'],
  ['Tmt.', 'female'],
  ['Selvi', 'female'],
  ['Begum', 'female'],
  ['Sadhvi', 'female'],
  ['Mahant', 'male'],
  ['Janab', 'male'],
  ['Hazrat', null],
  ['Shrimati', 'female'],
  ['Alhaja', 'female'],
  ['Messrs', null],
  ['Messrs.', null],
]);

/**
 * Title words that may stand before a name and form a role ("Foreign Minister", "Secretary-
 * General"). A role is a run of these, optionally led by a demonym or an acronym ("NATO").
 * Indian offices and police and army ranks are written as acronyms or short forms glued to the
 * name: "DCP Meena Rao", "SHO Ajit Singh", "EAM S Jaishankar", "Sqn Ldr Priya Nair".
 */
export const TITLE_WORDS = words(`
  President | Vice | Vice-President | Prime | Minister | Ministers | Foreign | Defence | Defense | Finance | Home |
  Interior | Health | Education | Trade | Commerce | Labour | Labor | External | Affairs | Union | State | Chief |
  Deputy | Acting | Former | former | Assistant | Associate | Under-Secretary | Undersecretary | Lieutenant-Colonel |
  Lieutenant-General | Major-General | Brigadier-General | Vice-Admiral | Rear-Admiral | Attorney-General |
  Lieutenant-Governor | Chief-Minister | Secretary | Secretary-General | General | Attorney | Chancellor | King | Queen |
  Prince | Princess | Crown | Governor | Lieutenant | Lt | Lt. | Senator | Sen. | Sens. | Rep. | Reps. | Gov. | Gov | Govs. | Atty. | Supt. | Insp. | Cmdr. | Amb. | Pres. | Fr. | Hon. | Representative | Congressman |
  Congresswoman | Mayor | Judge | Justice | Colonel | Col. | Captain | Capt. | Major | Maj. | Sergeant | Sgt. |
  Admiral | Adm. | Commander | Gen. | Col | Brigadier | Marshal | Chairman | Chairwoman | Chairperson | Chair | CEO |
  Director | Director-General | Ambassador | Envoy | Spokesman | Spokeswoman | Spokesperson | Coach | Manager |
  Professor | Prof. | Pope | Cardinal | Archbishop | Bishop | Rev. | Reverend | Father | Sheikh | Emir | Sultan |
  Speaker | Leader | Commissioner | Inspector | Superintendent | Officer | Premier | President-elect | Nominee |
  Candidate | Presidential | Opposition | Party | Senior | Supreme | Grand | Sir | Dame | Lord | Lady | Baroness |
  MP | MLA | Councillor | Councilman | Councilwoman | Mufti | Imam | Rabbi | Ayatollah | Chief-Executive | Executive |
  Officer | Economy | Agriculture | Transport | Environment | Energy | Justice | Information | Culture | Sports |
  Industry | Technology | Science | Water | Railways | Railway | Petroleum | Civil | Aviation | Tourism | Minority |
  Revenue | Urban | Rural | Development | Welfare | Women | Child | Security | National | Adviser | Advisor |
  Secretary-of-State | Striker | Midfielder | Defender | Goalkeeper | Captain | Skipper | Batsman | Bowler | Opener |
  All-rounder | Champion | Coach | Manager | Owner | Founder | Co-founder | Chairman | Treasurer | Auditor |
  Comptroller | Solicitor | Advocate | Counsel | Constable | Sheriff | Warden | Rector | Provost | Registrar |
  Democrat | Republican | Democratic | Conservative | Liberal | Socialist | Communist | Tory | Nationalist |
  Libertarian | GOP |
  DCP | ACP | DSP | ASP | SSP | SHO | IGP | DGP | ADGP | DIG | ASI | SI | PSI | IG | ADG | DG | Addl | Dy |
  CJI | CM | PM | FM | HM | EAM | NSA | CDS | LG | MoS | DM | SDM | BDO | Tehsildar | Sarpanch |
  Brig | Wg | Cdr | Sqn | Ldr | Flt | Havildar | Naik | Subedar | Sepoy | Jawan
`);

/** Titles that tell the gender of the person they precede. */
export const GENDERED_TITLES: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ['King', 'male'],
  ['Prince', 'male'],
  ['Sir', 'male'],
  ['Lord', 'male'],
  ['Father', 'male'],
  ['Congressman', 'male'],
  ['Chairman', 'male'],
  ['Spokesman', 'male'],
  ['Councilman', 'male'],
  ['Sheikh', 'male'],
  ['Queen', 'female'],
  ['Princess', 'female'],
  ['Dame', 'female'],
  ['Lady', 'female'],
  ['Baroness', 'female'],
  ['Congresswoman', 'female'],
  ['Chairwoman', 'female'],
  ['Spokeswoman', 'female'],
  ['Councilwoman', 'female'],
]);

/** Lower-case particles that may sit inside a name: "Ursula von der Leyen", "bin Salman". */
export const NAME_PARTICLES = words(`
  van | von | der | den | de | del | della | di | da | das | dos | du | la | le | bin | ibn | binti | bint | al | el | abu | ter | ten | y | e
`);

/**
 * Capitalised words that start sentences or stand in titles but are never part of a name.
 * Function words, days, months, and the like.
 */
export const NOT_NAME_WORDS = words(`
  The | A | An | And | But | Or | Nor | For | So | Yet | In | On | At | By | Of | To | From | With | Without | As |
  If | When | While | After | Before | Since | Until | Because | Although | Though | However | Meanwhile | Also |
  This | That | These | Those | There | Here | Where | What | Which | Who | Whom | Whose | Why | How | It | Its |
  He | She | They | We | You | I | Me | Him | Her | His | Hers | Our | Their | Them | Us | My | Your | One | Some |
  Many | Most | More | Few | All | Both | Each | Every | Any | No | Not | None | Neither | Either | Other | Others | Such | Only | Just |
  Even | Still | Now | Then | Today | Tomorrow | Yesterday | Last | Next | First | Second | Third |
  Monday | Tuesday | Wednesday | Thursday | Friday | Saturday | Sunday | January | February | March | April |
  May | June | July | August | September | October | November | December | Jan | Feb | Mar | Apr | Jun | Jul |
  Aug | Sep | Sept | Oct | Nov | Dec | Mon | Tue | Wed | Thu | Fri | Sat | Sun | Asked | Speaking | According |
  Read | Watch | Also | Photo | File | Updated | Posted | Published | Reporting | Editing | Writing | Additional |
  God | Allah | Lord | Jesus | Christ | Mother | Nature | Internet | Twitter | Facebook | Instagram | WhatsApp |
  YouTube | Google | Apple | Microsoft | Amazon | TikTok | Covid | COVID | Coronavirus | North | South | East |
  West | Northern | Southern | Eastern | Western | Central | Upper | Lower | Greater | Mr | Mrs | Ms | Dr | St |
  Yes | Oh | Well | Please | Thanks | Thank | Let | Let's | Don't | Do | Does | Did | Is | Are | Was | Were | Be |
  Been | Have | Has | Had | Will | Would | Can | Could | Should | Shall | Might | Must | Not | Never | Go | Get |
  Hello | Hi | Dear | Sorry | Ok | OK | Okay | Under | Over | Among | Amid | Against | Despite | Through | During |
  About | Around | Across | Along | Into | Onto | Upon | Within | Between | Behind | Beyond | Near | Like | Unlike |
  Than | Per | Via | Then | Once | Twice | Again | Already | Instead | Otherwise | Thus | Therefore | Hence |
  Indeed | Perhaps | Maybe | Certainly | Clearly | Obviously | Finally | Later | Earlier | Soon | Ago | Often
`);

/**
 * Last words that make a capitalised phrase an organisation, place, event or thing, never a
 * person: "Minsk Tractor Plant", "White House", "Congress Party"; and the words Indian parties
 * and bodies end in ("Shiv Sena", "Janata Dal", "Lok Sabha", "Hindu Mahasabha" aside), and the
 * words Indian localities end in ("Laxmi Nagar", "Vasant Vihar", "Defence Colony").
 */
export const NON_PERSON_HEADS = words(`
  Plant | Factory | Mill | Mills | Works | House | Palace | Hall | Tower | Building | Bridge | Party | Ministry |
  Department | Dept | University | College | School | Institute | Academy | Council | Committee | Commission |
  Court | Bank | Airport | Station | Port | Street | St | Road | Avenue | Lane | Square | Park | River | Lake | Sea |
  Ocean | Mountain | Mountains | Valley | Desert | Island | Islands | Peninsula | Gulf | Bay | Coast | Beach |
  Company | Co | Corp | Corporation | Inc | Ltd | LLC | Plc | PLC | Group | Holdings | Industries | Airlines |
  Airways | Motors | Bancorp | Technologies | Systems | Network | Networks | Media | Press | Times | Post | News |
  Herald | Tribune | Journal | Gazette | Express | Daily | Magazine | Television | TV | Radio | Channel | Agency |
  Organization | Organisation | Union | Association | Federation | League | Club | Team | FC | United | City |
  County | District | Province | State | States | Region | Republic | Kingdom | Empire | Territory | Church |
  Mosque | Temple | Cathedral | Festival | Award | Awards | Prize | Cup | Championship | Championships | Open |
  Games | Olympics | Stadium | Arena | Hospital | Clinic | Centre | Center | Foundation | Fund | Trust | Army |
  Navy | Force | Forces | Police | Guard | Assembly | Parliament | Congress | Senate | Government | Administration |
  Office | Board | Authority | Nations | Emirates | Kingdom | Service | Services | Hotel | Market | Exchange | Index | Act | Bill | Law | Day |
  Week | Month | Year | Records | Temperature | Energy | Oil | Gas | Petroleum | Pharmaceuticals | Pharma | Bureau |
  Secretariat | Cabinet | Alliance | Front | Movement | Coalition | Brigade | Regiment | Division | Corps | Fleet |
  Museum | Gallery | Library | Theatre | Theater | Cinema | Mall | Centre | Prison | Jail | Camp | Base | Zone |
  Province | Village | Town | Valley | Hills | Heights | Fields | Road | Highway | Expressway | Canal | Dam | Mine |
  Mines | Scheme | Yojana | Mission | Project | Programme | Program | Plan | Initiative | Policy | Summit | Conference |
  Forum | Talks | War | Crisis | Pandemic | Virus | Index | Report | Survey | Census | Election | Elections | Poll |
  Polls | Campaign | Series | Tour | Trophy | Match | Final | Finals | Race | Marathon | Grand | Prix | Motor |
  SpA | AB | AG | SA | NV | Bros | GmbH | Oy | ASA | KK | Bhd | Tbk | BV | Pty | Cos | Catholic | Protestant |
  Orthodox | Muslim | Moslem | Christian | Jewish | Hindu | Sikh | Buddhist |
  Foods | Capital | Partners | Securities | Investments | Insurance | Finance | Financial | Bancorp | Electric |
  Research | Analytics | Consulting | Advisors | Advisers | Associates | Ventures | Labs |
  Dynamics | Aerospace | Robotics | Semiconductor | Semiconductors | Electronics | Biotech | Therapeutics |
  Solutions | Logistics | Shipping | Mining | Resources | Automotive | Construction | Engineering | Brands |
  Beverages | Retail | Stores | Global | International | Worldwide | Marine | Stanley |
  Steel | Chemicals | Airlines | Rail | Railway | Railways | Telecom | Communications | Software | Labs | Studios |
  Pictures | Records | Entertainment | Sports | Hockey | Football | Cricket | Tennis | Golf | Basketball | Baseball |
  Sena | Dal | Morcha | Sangh | Parishad | Manch | Aghadi | Samiti | Sabha |
  Nagar | Vihar | Enclave | Colony | Chowk | Marg | Puram | Ganj
`);

/** Plural or collective nouns whose phrase is a group speaker: "angry workers", "the ministry". */
export const GROUP_NOUNS = words(`
  workers | protesters | protestors | demonstrators | residents | villagers | officials | police | officers |
  authorities | critics | supporters | fans | students | teachers | doctors | nurses | farmers | voters |
  activists | lawmakers | legislators | analysts | experts | sources | witnesses | people | crowd | crowds |
  members | leaders | ministers | observers | investigators | prosecutors | rebels | militants | soldiers |
  troops | employees | staff | families | parents | relatives | neighbours | neighbors | locals | citizens |
  ministry | government | administration | agency | department | company | firm | campaign | party | team |
  committee | council | court | police | army | military | spokespeople | statement | report | organisers |
  organizers | union | unions | group | groups | board | commission | office | embassy | house | palace |
  kremlin | pentagon | club | federation | association | bank | opposition | protesters | miners | strikers |
  players | chants | slogans | banners | placards | signs | posters | newspaper | paper | daily | magazine
`);

/** Nouns that name a role when they head an appositive: "X, the leader of ..."; "an analyst". */
export const ROLE_NOUNS = words(`
  leader | head | chief | president | minister | secretary | spokesman | spokeswoman | spokesperson | analyst |
  director | chairman | chairwoman | chairperson | founder | co-founder | executive | officer | official |
  candidate | nominee | adviser | advisor | aide | ambassador | envoy | governor | mayor | senator | lawmaker |
  legislator | professor | researcher | scientist | economist | expert | lawyer | attorney | judge | doctor |
  surgeon | teacher | student | activist | campaigner | organiser | organizer | coordinator | manager | coach |
  captain | player | striker | batsman | bowler | author | writer | journalist | editor | reporter | commentator |
  historian | member | representative | commander | general | colonel | officer | worker | resident | owner |
  farmer | driver | engineer | economist | strategist | consultant | pollster | diplomat | politician | mp | mla |
  councillor | deputy | vice-president | premier | chancellor | king | queen | prince | princess | partner |
  father | mother | son | daughter | wife | husband | brother | sister | friend | widow | survivor | victim |
  witness | veteran | chief-executive | ceo | cfo | coo | founder | principal | priest | bishop | imam | rabbi |
  monk | nun | singer | actor | actress | director | producer | artist | musician | athlete | champion | winner |
  runner-up | opponent | rival | successor | predecessor | specialist | professor | lecturer | inspector |
  superintendent | constable | sergeant | lieutenant | soldier | pilot | nurse | spokesperson | secretary-general |
  director-general | commissioner | treasurer | counsel | advocate | chair | fellow | scholar | official |
  collector | forecaster | negotiator | congressman | congresswoman | magistrate | prosecutor | detective |
  firefighter | paramedic | undersecretary | whip | speaker | sarpanch | tehsildar | headman | chieftain |
  broker | dealer | trader | banker | midfielder | goalkeeper | keeper | defender | winger | forward | playmaker |
  flanker | scrum-half | fly-half | centre | pitcher | catcher | outfielder | infielder | shortstop | quarterback |
  jockey | trainer | rider | cyclist | sprinter | hurdler | swimmer | boxer | golfer | wicketkeeper | spinner |
  seamer | substitute | compatriot | countryman | countrywoman | teammate | rookie | skipper | holder |
  businessman | businesswoman | billionaire | tycoon | entrepreneur | host | anchor | moderator | novelist | poet |
  playwright | composer | photographer | filmmaker | designer | chef | archbishop | cleric | preacher | pastor |
  man | woman | boy | girl | teenager | tourist | passenger | pilgrim | villager | shopper | voter | refugee |
  neighbour | neighbor | customer | patient | bystander | protester | demonstrator | supporter | fan |
  observer | monitor | mediator | envoy | delegate | commentator | seller | vendor | hawker | shopkeeper | fisherman | fishermen | labourer | laborer
`);

/**
 * Nouns that head an appositive about a thing, not a person: "Booz Allen Hamilton, the
 * consultancy,", "Odysseus, the first private lander,", "Lakshmi Vilas, a private lender,".
 */
export const THING_NOUNS = words(`
  company | firm | consultancy | corporation | conglomerate | group | giant | startup | start-up | bank | lender |
  insurer | retailer | carmaker | automaker | manufacturer | maker | chain | brand | platform | app | website | portal |
  broadcaster | network | channel | newspaper | daily | weekly | tabloid | magazine | agency | fund | charity |
  organisation | organization | outfit | party | university | hospital | spacecraft | lander | rover | probe |
  satellite | rocket | telescope | vessel | ship | aircraft | jet | drone | vaccine | drug | chatbot | software |
  operator | provider | supplier | exchange | regulator | airline | carrier | utility
`);

/**
 * Titles and honorifics written with a period ("Mr.", "Sen.", "Gov."): the period is part of
 * the word, not the end of a sentence or of a speaker phrase.
 */
export const ABBREVIATED_TITLES = words(`
  Mr | Mrs | Ms | Mx | Dr | Sen | Sens | Rep | Reps | Gov | Govs | Gen | Lt | Col | Capt | Cpt | Sgt | Maj | Adm | Cmdr |
  Prof | Rev | Hon | Supt | Insp | Atty | Amb | Pres | Jr | Sr | St | Fr | Mt
`);

/**
 * Things that "say" in news copy without being people or groups of people: "the letter reads",
 * "the ad's narrator says" aside, "the report said". Their phrase is a group speaker.
 */
export const DOCUMENT_NOUNS = words(`
  letter | statement | report | memo | memorandum | complaint | lawsuit | suit | filing | petition | article |
  piece | story | editorial | column | op-ed | book | memoir | ad | advert | advertisement | commercial | clip |
  video | spot | post | tweet | message | email | e-mail | note | study | survey | poll | analysis | review |
  website | site | blog | release | document | documents | order | ruling | verdict | judgment | indictment |
  resolution | motion | bill | law | policy | plan | proposal | draft | text | transcript | notice | sign |
  banner | placard | headline | caption | survey | audit | assessment | investigation | probe | findings |
  voice-over | voiceover | footnote | script | slogan
`);

/** Labels that open a paragraph in capitals like a transcript speaker ("PENCE: ...") but are not one. */
export const NOT_TRANSCRIPT_LABELS = words(`
  BREAKING | UPDATE | UPDATED | WATCH | EXCLUSIVE | NOTE | EDITOR | EDITORS | CORRECTION | CLARIFICATION | PHOTO |
  PHOTOS | VIDEO | READ | ALSO | LIVE | ANALYSIS | OPINION | COMMENT | FACT CHECK | SOURCE | SOURCES | WARNING |
  ALERT | URGENT | FLASH | BULLETIN | RELATED | MORE | SEE | LISTEN | QUESTION | ANSWER | TRANSCRIPT | TOPIC |
  SUBJECT | DATE | TIME | PLACE | WHERE | WHEN | WHAT | WHO | WHY | HOW | UPDATES | KEY | FACTS | BACKGROUND
`);

/** Irregular past tenses that end a clause's subject: "Brazil's central bank held its rate ...". */
export const IRREGULAR_PAST = words(`
  held | made | took | gave | went | got | kept | left | met | paid | put | ran | rose | fell | cut | set | sent |
  sold | spent | stood | struck | won | lost | led | brought | bought | built | began | came | found | saw |
  thought | became | hit | let | fought | drew | grew | knew | meant | sought | shut | slid | threw | broke |
  chose | spoke | stole | told | said | wrote | did | had | was | were | is | are | has | have | will | would |
  can | could | may | might | must | shall | should
`);

/** Peoples and faiths without a country of their own in the demonym tables: "Iraqi Kurds". */
export const PEOPLES = words(`
  Kurd | Kurds | Kurdish | Pashtun | Pashtuns | Tamil | Tamils | Sikh | Sikhs | Uighur | Uighurs | Uyghur | Uyghurs |
  Tutsi | Tutsis | Hutu | Hutus | Berber | Berbers | Arab | Arabs | Bedouin | Bedouins | Druze | Yazidi | Yazidis |
  Rohingya | Baloch | Maori | Aboriginal | Aborigines | Palestinian | Palestinians | Basque | Basques | Catalan |
  Catalans | Chechen | Chechens | Tatar | Tatars | Roma | Sunni | Sunnis | Shi'ite | Shi'ites | Shiite | Shiites |
  Shia | Alawite | Alawites | Latino | Latinos | Hispanic | Hispanics | Serb | Serbs | Croat | Croats | Bosniak |
  Bosniaks | Moslems | Muslims | Christians | Jews | Hindus | Catholics | Protestants | Marines | Cossacks | Zulu |
  Dalit | Dalits | Adivasi | Adivasis | Jat | Jats | Maratha | Marathas | Gurjar | Gurjars | Rajput | Rajputs | Yadavs
`);

/** Nations and places news names as countries that the country tables do not list. */
export const HOME_NATIONS = words(`
  Britain | England | Scotland | Wales | Northern Ireland | Ulster | Catalonia | Tibet | Kurdistan | Gaza |
  West Bank | Palestine | Chechnya | Crimea | Kashmir | Hong Kong | Macau | Puerto Rico | Greenland
`);

/** Abbreviated places that look like initials: "U.S. Treasury" names no one. */
export const PLACE_ABBREVIATIONS = words(`
  U.S. | U.K. | U.N. | E.U. | U.S.A. | U.A.E. | D.C. | N.Y. | L.A. | S.F. | N.J. | N.C. | S.C. | U.S.S.R.
`);

/** Words before a noun that make the next word in -s a plural noun, not a verb: "the protesters". */
export const DETERMINERS = words(`
  the | a | an | this | that | these | those | his | her | their | its | our | my | your | some | many | several |
  few | all | both | two | three | four | five | six | seven | eight | nine | ten | of | and | or
`);

/** Capitalised words that open a sentence as modifiers, not names: "Small groups of protesters". */
export const OPENING_MODIFIERS = words(`
  The | A | An | Small | Large | Many | Some | Most | Other | Several | Few | Local | Former | Young | Older | Angry
`);

/** Pronouns that can stand for the speaker of a quote, with what they can refer to. */
export const SPEAKER_PRONOUNS: ReadonlyMap<string, 'male' | 'female' | 'plural'> = new Map([
  ['he', 'male'],
  ['she', 'female'],
  ['they', 'plural'],
  ['him', 'male'],
  ['her', 'female'],
]);
