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
];

const BY_SPELLING = new Map<string, string>();
for (const a of AGENCIES) for (const s of a.spellings) BY_SPELLING.set(s.toLowerCase(), a.name);

/** The canonical name for a spelling ("Associated Press" -> "AP"), or null. */
export function canonicalAgency(spelling: string): string | null {
  return BY_SPELLING.get(spelling.trim().toLowerCase()) ?? null;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every spelling as written and in capitals ("Reuters", "REUTERS"), longest first. */
export const AGENCY_SPELLINGS = [...new Set(AGENCIES.flatMap((a) => a.spellings.flatMap((s) => [s, s.toUpperCase()])))]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');
