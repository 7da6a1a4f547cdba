// Windows-1252 bytes 0x80-0x9F and the characters they stand for (the rest of 0xA0-0xFF is
// Latin-1). A fact table from the encoding's definition; used to undo mojibake, where UTF-8
// bytes were read as Windows-1252 ("â€œ" for “).

export const WINDOWS_1252_HIGH: ReadonlyMap<string, number> = new Map([
  ['€', 0x80],
  ['‚', 0x82],
  ['ƒ', 0x83],
  ['„', 0x84],
  ['…', 0x85],
  ['†', 0x86],
  ['‡', 0x87],
  ['ˆ', 0x88],
  ['‰', 0x89],
  ['Š', 0x8a],
  ['‹', 0x8b],
  ['Œ', 0x8c],
  ['Ž', 0x8e],
  ['‘', 0x91],
  ['’', 0x92],
  ['“', 0x93],
  ['”', 0x94],
  ['•', 0x95],
  ['–', 0x96],
  ['—', 0x97],
  ['˜', 0x98],
  ['™', 0x99],
  ['š', 0x9a],
  ['›', 0x9b],
  ['œ', 0x9c],
  ['ž', 0x9e],
  ['Ÿ', 0x9f],
  // Bytes Windows-1252 leaves undefined survive as C1 controls, or as U+FFFD once lost; a lost
  // byte after "â€" is almost always 0x9D (the close quote ”).
  ['\u0081', 0x81],
  ['\u008d', 0x8d],
  ['\u008f', 0x8f],
  ['\u0090', 0x90],
  ['\u009d', 0x9d],
  ['\ufffd', 0x9d],
]);

/** One continuation byte (0x80-0xBF) as Windows-1252 shows it. */
export const CONTINUATION_CHAR = `[${[...WINDOWS_1252_HIGH.keys()].join('')}\\u00A0-\\u00BF]`;
