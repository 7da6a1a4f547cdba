// Word tables for checking a speaker phrase (src/pipeline/attribution/phrase-checks.ts): the words that
// show a phrase is a clause fragment, an adverb, a place or an event, never someone speaking.
// Nouns for people and the place names come generated from compromise's lexicon
// (generated/speaker-words.ts); these are the small hand-kept tables beside them.

const words = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s*\|\s*/));

/**
 * First words (lower-cased) that open an adverbial or a clause, not a noun phrase: "in the way
 * the United States", "Hours later", "Absent Sanders", "after".
 */
export const REFUSED_OPENERS = words(`
  in | on | at | for | during | after | before | against | upon | since | until | despite | given | absent |
  alongside | amid | with | without | by | from | into | like | unlike | as | while | when | whenever |
  if | then | though | although | because | unless | whereas | where | whether | hours | days | weeks | months |
  years | minutes | moments | once | soon | here | there | today |
  tonight | yesterday | tomorrow | discuss | begin | to | not | no | never | than | through | throughout |
  toward | towards | under | above | below | beside | besides | between | among | across | near |
  inside | outside | beyond | within | per | via | plus | except | including | following | according | regarding |
  concerning | considering | speaking | continuing | what | which | who | whom | whose | how | why | that | this |
  whatever | whoever | whichever | wherever |
  it | i | we | you | us | me | nor
`);

/**
 * Words before a speaker phrase that are not part of it: "Even China said", "Also Smith",
 * "And the ministry". They are dropped and the rest is checked.
 */
export const DROPPED_OPENERS = words(`
  also | even | still | so | now | meanwhile | however | nevertheless | instead | indeed | perhaps |
  maybe | yet | then | and | or | but | again | finally | later | earlier | separately | similarly | likewise
`);

/** Auxiliaries and modals: a phrase holding one is a clause ("the two-term president will"). */
export const AUXILIARIES = words(`
  will | would | can | could | may | might | must | shall | should | did | does | do | is | are | was | were |
  has | have | had | been | being | am | won't | wouldn't | can't | couldn't | didn't | doesn't | don't | isn't |
  aren't | wasn't | weren't | hasn't | haven't | hadn't
`);

/**
 * Past forms that are verbs, not adjectives, when a determiner, preposition or particle follows
 * them: "Rubio's campaign sent out a press release", "the Vermont senator won a number".
 */
export const VERB_FOLLOWERS = words(`
  the | a | an | his | her | their | its | our | my | your | this | that | these | those | out | up | off | down |
  back | to | into | on | in | at | for | with | from | over | about | him | them | it | us | me | some | all |
  no | what | how | who
`);

/**
 * Lower-case heads that can speak or publish besides the person, group and document nouns of
 * words.ts: "the platform", "the network", "the outlet".
 */
export const OTHER_SPEAKER_HEADS = words(`
  network | networks | outlet | outlets | station | channel | broadcaster | platform | publisher | publication |
  tabloid | newsletter | magazine | journal | wire | service | website | account | accounts | page | feed |
  handle | spokesman | spokeswoman | spokesperson | spokespeople | aide | aides | adviser | advisers | advisor |
  advisors | surrogate | surrogates | source | sources | insider | insiders | official | officials | person | persons | people | someone |
  somebody | everyone | anyone | one | another | others | all | both | many | some | most | few | several |
  second | third | fourth | fifth | sixth |
  majority | minority | percent | per cent | respondents | participants | attendees | delegates | delegate |
  voters | voter | pollster | pollsters | strategist | strategists | operative | operatives | consultant |
  consultants | donor | donors | backer | backers | ally | allies | opponent | opponents | detractor | detractors |
  member | members | lawmaker | lawmakers | representative | representatives | counsel | prosecution | defense |
  defence | plaintiff | plaintiffs | defendant | defendants | caller | callers | questioner | listener |
  listeners | viewer | viewers | reader | readers | commenter | commenters | poster | user | users | tweeter |
  organization | organisation | institute | foundation | coalition | alliance | movement |
  caucus | chamber | bureau | secretariat | cabinet | panel | jury | tribunal | senate | congress | parliament |
  assembly | legislature | regime | junta | authority | watchdog | regulator | regulators | exchange | index |
  study | studies | data | figures | numbers | records | minutes | readout | communique | communiqué | sources |
  slogan | chant | sign | shirt | t-shirt | hat | cap | headline | banner | ad | ads | commercial | spot | photo |
  caption | label | billboard | placard | flyer | leaflet | pamphlet | brochure | manifesto | platform | charter |
  constitution | article | section | clause | amendment | act | rule | rules | bylaws | guidelines | code | agreement |
  deal | treaty | accord | voice | voices | crowd | audience | chorus | choir | throng | mob | family | families |
  household | couple | pair | trio | duo | side | camp | wing | faction | bloc | base | establishment | media | press
`);

/**
 * Speech verbs whose next words are their object, never their subject: `“...,” telling
 * reporters`, `“...,” called the plan`. After a quote, `said X` names the speaker; these do not.
 */
export const OBJECT_FIRST_VERBS = words(`
  told | tells | tell | called | calls | dubbed | branded | labelled | labeled | termed | hailed | welcomed |
  criticised | criticized | slammed | blasted | accused | accuses | urged | urges | described | describes |
  quoted | scolded | mocked | rated | rates | ruled | deemed |
  telling | calling | dubbing | branding | labeling | labelling | terming | hailing | welcoming | criticising |
  criticizing | slamming | blasting | accusing | urging | describing | quoting | scolding | mocking
`);

/**
 * Verbs by which someone puts out a document: "Mackler issued a statement saying ...", "he
 * released a video telling ...". The one who issued it speaks, not the document.
 */
export const ISSUING_VERBS = words(`
  issued | issues | released | releases | posted | posts | sent | sends | put out | puts out | published |
  publishes | shared | shares | tweeted | tweets | wrote | writes | aired | airs | ran | runs | circulated |
  distributed | delivered | read out | filed | files | unveiled | launched
`);
