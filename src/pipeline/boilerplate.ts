// Stage: cuts what is not the story from the paragraphs: syndication notices, related-story
// links, promos, credits (whole paragraphs, by the rules in data/boilerplate.ts) and agency
// tags at the end of a paragraph ("... he said. (AP)", "-- IANS"). Every cut is reported.
// It does not cut inside a sentence: "Also read the report" in a story stays.

import { AGENCY_SPELLINGS, canonicalAgency } from '../data/agencies.js';
import { DESK_CODE, OUTLET_NOTICES, PARAGRAPH_RULES } from '../data/boilerplate.js';
import type { RemovedKind } from '../types.js';
import { type Block, blockText, type Draft, trimSpan } from './draft.js';

/** "(AP)", "[PTI]" or "-- IANS" closing a paragraph. */
const TRAILING_AGENCY_TAG = new RegExp(
  String.raw`(?:[([](?<bracketed>${AGENCY_SPELLINGS})[)\]]|(?:--|[-–—]) ?(?<dashed>${AGENCY_SPELLINGS}))\s*$`,
  'u',
);
/** Agencies named in a notice ("With inputs from PTI and ANI"). */
const AGENCY_IN_NOTICE = new RegExp(String.raw`\b(?:${AGENCY_SPELLINGS})\b`, 'gu');

export function stripBoilerplate(d: Draft): void {
  const kept: Block[] = [];
  const blocks = d.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as Block;
    const text = blockText(d, block);
    // A notice hard-wrapped over two lines is cut whole: "(This story has not been ... and is" / "... feed.)".
    const next = blocks[i + 1];
    const opensBracket = text.startsWith('(') && !text.includes(')');
    const rule = opensBracket ? undefined : PARAGRAPH_RULES.find((r) => r.pattern.test(text));
    if (rule) {
      cut(d, rule.kind, rule.rule, block, text);
      continue;
    }
    if (next) {
      const joined = `${text} ${blockText(d, next)}`;
      const notice = OUTLET_NOTICES.find((r) => r.pattern.test(joined));
      if (notice) {
        cut(d, notice.kind, `${notice.rule}-wrapped`, { start: block.start, end: next.end }, joined);
        i++;
        continue;
      }
    }
    const unclosed = opensBracket ? PARAGRAPH_RULES.find((r) => r.pattern.test(text)) : undefined;
    if (unclosed) {
      cut(d, unclosed.kind, unclosed.rule, block, text);
      continue;
    }
    const rest = cutTrailingTag(d, block, text);
    if (rest) kept.push(...cutInlineLinks(d, rest));
  }
  // PTI's desk code ("ABC DEF GHI") closes a story; the same shape mid-story is a table row.
  const last = kept.at(-1);
  if (last && DESK_CODE.test(blockText(d, last))) {
    cut(d, 'trailer', 'desk-code', last, blockText(d, last));
    kept.pop();
  }
  d.blocks = kept;
}

function cut(d: Draft, kind: RemovedKind, rule: string, span: Block, text: string): void {
  d.removed.push({ kind, rule, start: span.start, end: span.end });
  if (kind === 'disclaimer') creditAgenciesIn(d, text, span.start);
  d.trace?.(`boilerplate: ${rule} ${JSON.stringify(text.slice(0, 60))}`);
}

/** "Also Read | Title" inside a paragraph (a story flattened to one line), after a sentence end. */
const INLINE_LINK =
  /(?<=^|[.!?"”’]\s{1,3})(?:Also Read|ALSO READ|Read Also|READ ALSO|Also Watch|ALSO WATCH|WATCH|Read More|READ MORE)\s*[|:]\s*/g;
const HEADLINE_SMALL_WORDS = new Set('a an the of to in on for and or at with by as is are vs from after over into amid'.split(' '));
/** Longest related headline, in words. */
const MAX_LINK_WORDS = 30;

/**
 * Cuts inline related links. The headline runs while its words are capitalised (or small words);
 * the story resumes at the capitalised word just before the first ordinary lower-case word:
 * "Also Read | Five Things To Know The council will meet" cuts up to "Know".
 */
function cutInlineLinks(d: Draft, block: Block): Block[] {
  const text = blockText(d, block);
  const out: Block[] = [];
  let from = block.start;
  for (const m of text.matchAll(INLINE_LINK)) {
    const at = block.start + (m.index ?? 0);
    if (at < from) continue;
    const words = [...d.text.slice(at + m[0].length, block.end).matchAll(/\S+/g)];
    let end = -1;
    for (let k = 0; k < words.length && k < MAX_LINK_WORDS; k++) {
      const w = (words[k] as RegExpMatchArray)[0];
      const headlineWord = /^[\p{Lu}\p{N}"“‘'(]/u.test(w) || HEADLINE_SMALL_WORDS.has(w.toLowerCase());
      if (!headlineWord) {
        end = k - 1; // the capitalised word before the first ordinary one starts the story again
        break;
      }
      if (/[.!?]["”’]?$/.test(w)) {
        end = k + 1;
        break;
      }
    }
    if (end <= 0) continue;
    const last = words[end - 1] as RegExpMatchArray;
    const cutEnd = at + m[0].length + (last.index ?? 0) + last[0].length;
    d.removed.push({ kind: 'related-link', rule: 'also-read-inline', start: at, end: cutEnd });
    const before = trimSpan(d.text, from, at);
    if (before.end > before.start) out.push(before);
    from = cutEnd;
  }
  const after = trimSpan(d.text, from, block.end);
  if (after.end > after.start) out.push(after);
  return out;
}

function cutTrailingTag(d: Draft, block: Block, text: string): Block | null {
  const m = TRAILING_AGENCY_TAG.exec(text);
  if (!m) return block;
  const before = text.slice(0, m.index);
  // Only after the end of a sentence (or alone): "met the (AP)" is not a tag.
  if (before.trim() !== '' && !/[.!?'"”’)\]]\s*$/.test(before)) return block;
  const name = m.groups?.bracketed ?? m.groups?.dashed ?? '';
  const agency = canonicalAgency(name);
  const start = block.start + m.index + (m[0].length - m[0].trimStart().length);
  const cut = trimSpan(d.text, start, block.end);
  d.removed.push({ kind: 'agency-tag', rule: 'trailing-agency-tag', start: cut.start, end: cut.end });
  if (agency) d.credits.push({ agency, at: cut.start });
  const rest = trimSpan(d.text, block.start, start);
  return rest.end > rest.start ? rest : null;
}

function creditAgenciesIn(d: Draft, text: string, at: number): void {
  for (const m of text.matchAll(AGENCY_IN_NOTICE)) {
    const agency = canonicalAgency(m[0]);
    if (agency) d.credits.push({ agency, at: at + (m.index ?? 0) });
  }
}
