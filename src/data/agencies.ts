// Wire agencies: the canonical short name wirecut prints, and the spellings that credit it.
// Adding an agency is adding an entry. Names of agencies are facts, matched as written.

export interface Agency {
  /** Canonical short name, as printed in `dateline.agency` and `agencies`. */
  name: string;
  /** Spellings that credit the agency in a dateline tag "(X)" or a trailer "-- X". */
  spellings: readonly string[];
}

export const AGENCIES: readonly Agency[] = [
  { name: 'AP', spellings: ['AP', 'Associated Press', 'The Associated Press'] },
  { name: 'Reuters', spellings: ['Reuters', 'REUTERS', 'Thomson Reuters'] },
  { name: 'AFP', spellings: ['AFP', 'Agence France-Presse', 'Agence France Presse'] },
  { name: 'PTI', spellings: ['PTI', 'Press Trust of India'] },
  { name: 'ANI', spellings: ['ANI', 'Asian News International'] },
  { name: 'IANS', spellings: ['IANS', 'Indo-Asian News Service'] },
  { name: 'UNI', spellings: ['UNI', 'United News of India'] },
  { name: 'Xinhua', spellings: ['Xinhua', 'XINHUA'] },
  { name: 'dpa', spellings: ['dpa', 'DPA', 'Deutsche Presse-Agentur'] },
  { name: 'Bloomberg', spellings: ['Bloomberg'] },
  { name: 'Kyodo', spellings: ['Kyodo', 'Kyodo News'] },
  { name: 'Yonhap', spellings: ['Yonhap'] },
  { name: 'EFE', spellings: ['EFE'] },
  { name: 'ANSA', spellings: ['ANSA'] },
  { name: 'TASS', spellings: ['TASS', 'Tass'] },
  { name: 'RIA Novosti', spellings: ['RIA Novosti', 'RIA'] },
  { name: 'Anadolu', spellings: ['Anadolu', 'Anadolu Agency', 'AA'] },
  { name: 'WAM', spellings: ['WAM'] },
  { name: 'SPA', spellings: ['SPA'] },
  { name: 'Bernama', spellings: ['Bernama', 'BERNAMA'] },
  { name: 'AAP', spellings: ['AAP'] },
  { name: 'CNA', spellings: ['CNA'] },
  { name: 'KUNA', spellings: ['KUNA'] },
  { name: 'PNA', spellings: ['PNA'] },
  { name: 'NAN', spellings: ['NAN', 'News Agency of Nigeria'] },
  { name: 'APP', spellings: ['APP', 'Associated Press of Pakistan'] },
  { name: 'BSS', spellings: ['BSS', 'Bangladesh Sangbad Sangstha'] },
  { name: 'UNB', spellings: ['UNB', 'United News of Bangladesh'] },
  { name: 'Antara', spellings: ['Antara', 'ANTARA'] },
  { name: 'VNA', spellings: ['VNA', 'Vietnam News Agency'] },
  { name: 'Jiji', spellings: ['Jiji', 'Jiji Press'] },
  { name: 'KCNA', spellings: ['KCNA', 'Korean Central News Agency'] },
  { name: 'CNS', spellings: ['China News Service'] },
  { name: 'Interfax', spellings: ['Interfax'] },
  { name: 'IRNA', spellings: ['IRNA'] },
  { name: 'SANA', spellings: ['SANA'] },
  { name: 'QNA', spellings: ['QNA', 'Qatar News Agency'] },
  { name: 'MENA', spellings: ['MENA', 'Middle East News Agency'] },
  { name: 'GNA', spellings: ['GNA', 'Ghana News Agency'] },
  { name: 'KNA', spellings: ['KNA', 'Kenya News Agency'] },
  { name: 'Lusa', spellings: ['Lusa'] },
  { name: 'Europa Press', spellings: ['Europa Press'] },
  { name: 'Prensa Latina', spellings: ['Prensa Latina'] },
  { name: 'CP', spellings: ['CP', 'The Canadian Press', 'Canadian Press'] },
  { name: 'NZPA', spellings: ['NZPA'] },
  { name: 'PA', spellings: ['PA Media'] },
];

/**
 * Outlets whose name stands in a dateline where an agency's would ("(CNN) --"): they make a
 * dateline, but credit no wire agency.
 */
export const DATELINE_OUTLET_TAGS: readonly string[] = ['CNN', 'CNN Business'];

const BY_SPELLING = new Map<string, string>();
for (const a of AGENCIES) for (const s of a.spellings) BY_SPELLING.set(s.toLowerCase(), a.name);

/** The canonical name for a spelling ("Associated Press" -> "AP"), or null. */
export function canonicalAgency(spelling: string): string | null {
  return BY_SPELLING.get(spelling.trim().toLowerCase()) ?? null;
}

/** The first words of every spelling ("associated" for "Associated Press"), for a cheap first test. */
const FIRST_WORDS = new Set([...BY_SPELLING.keys()].map((s) => s.split(' ')[0] as string));
const WORD = /[\p{L}-]+/gu;

/**
 * Whether a text names an agency as written (exactly, in any case): a cheap test, by words,
 * for rules whose patterns hold every spelling and cost much to compile and to run.
 */
export function namesAgency(text: string): boolean {
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const word = m[0].toLowerCase();
    if (!FIRST_WORDS.has(word)) continue;
    if (BY_SPELLING.has(word)) return true;
    // A spelling of several words: the words that follow.
    const rest = text.slice(m.index, m.index + 40).toLowerCase();
    for (const spelling of BY_SPELLING.keys()) if (spelling.startsWith(`${word} `) && rest.startsWith(spelling)) return true;
  }
  return false;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every spelling as written and in capitals ("Reuters", "REUTERS"), longest first. */
export const AGENCY_SPELLINGS = [...new Set(AGENCIES.flatMap((a) => a.spellings.flatMap((s) => [s, s.toUpperCase()])))]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');
