// The pipeline: one ordered list of stages over a draft, then assembly into the record.
// Each stage is a file under pipeline/ that can be read alone (see its header comment).

import { attributeQuotes } from './pipeline/attribution/index.js';
import { stripBoilerplate } from './pipeline/boilerplate/index.js';
import { findDateline } from './pipeline/dateline.js';
import { type Draft, splitBlocks } from './pipeline/draft.js';
import { findHeader, findHeadline } from './pipeline/header.js';
import { inferParagraphs } from './pipeline/paragraphs.js';
import { findPeople } from './pipeline/people/index.js';
import { findQuotes } from './pipeline/quotes.js';
import { cutRepeats } from './pipeline/repeats.js';
import { countWords } from './text/count.js';
import { dropBom } from './text/decode.js';
import { normaliseText } from './text/normalise.js';
import type { ArticleRecord, DateSource, ExtractOptions, Quote, Removed, Warning } from './types.js';

/** The stages, in order. Each reads and extends the draft. */
const STAGES: readonly ((d: Draft) => void)[] = [
  findHeader,
  findDateline,
  findHeadline,
  inferParagraphs,
  stripBoilerplate,
  cutRepeats,
  findQuotes,
  findPeople,
  attributeQuotes,
];

/** Extracts one article. Pure and synchronous; never throws on any string. */
export function extract(rawInput: string, options: ExtractOptions = {}): ArticleRecord {
  const input = dropBom(rawInput);
  const draft = newDraft(input, options);
  for (const stage of STAGES) stage(draft);
  return assemble(input, draft);
}

/**
 * The draft of one article after every stage before attribution, for scripts that study the
 * attribution stage (scripts/train-speakers.mjs). The input is without its BOM.
 */
export function draftBeforeAttribution(input: string, options: ExtractOptions = {}): Draft {
  const draft = newDraft(input, options);
  for (const stage of STAGES) if (stage !== attributeQuotes) stage(draft);
  return draft;
}

function newDraft(input: string, options: ExtractOptions): Draft {
  const norm = normaliseText(input);
  return {
    norm,
    text: norm.text,
    options,
    blocks: splitBlocks(norm.text),
    removed: [],
    warnings: [],
    headerDate: null,
    headline: null,
    dateline: null,
    storyStart: null,
    credits: [],
    quotes: [],
    people: [],
    mentions: [],
    tokens: null,
    trace: options.debug ? (line) => options.debug?.(line) : null,
  };
}

function assemble(input: string, d: Draft): ArticleRecord {
  const { norm } = d;
  const span = (s: { start: number; end: number }) => ({ start: norm.toInputStart(s.start), end: norm.toInputEnd(s.end) });
  const paragraphs = d.blocks.map((b) => d.text.slice(b.start, b.end));
  const body = paragraphs.join('\n\n');
  // Codes the repair cut carry input offsets already; every other stage's cuts are mapped back.
  const removed: Removed[] = d.removed
    .map((r) => {
      const s = span(r);
      return { kind: r.kind, text: input.slice(s.start, s.end), rule: r.rule, start: s.start, end: s.end };
    })
    .concat(norm.cuts.map((c) => ({ kind: c.kind, text: input.slice(c.start, c.end), rule: c.rule, start: c.start, end: c.end })))
    .sort((a, b) => a.start - b.start);
  const quotes: Quote[] = d.quotes.map((q) => ({
    text: d.text.slice(q.start, q.end),
    speaker: q.speaker,
    speakerType: q.speakerType,
    cue: q.cue,
    attribution: q.attribution,
    paragraphs: q.lastPara - q.firstPara + 1,
    ...span(q),
  }));
  const quoteCount = new Map<string, number>();
  for (const q of quotes) if (q.speakerType === 'person' && q.speaker) quoteCount.set(q.speaker, (quoteCount.get(q.speaker) ?? 0) + 1);
  const mentionCount = new Map<number, number>();
  for (const m of d.mentions) mentionCount.set(m.person, (mentionCount.get(m.person) ?? 0) + 1);
  const people = d.people.map((p, i) => ({
    name: p.name,
    aliases: p.aliases,
    roles: p.roles,
    mentions: mentionCount.get(i) ?? 0,
    quotes: quoteCount.get(p.name) ?? 0,
    gender: p.gender,
  }));
  const dl = d.dateline;
  const dateline = dl
    ? (() => {
        const s = span(dl);
        return {
          text: input.slice(s.start, s.end),
          place: dl.place,
          region: dl.region,
          date: dl.date,
          yearImplied: dl.yearImplied,
          agency: dl.agency,
          ...s,
        };
      })()
    : null;
  let date: string | null = null;
  let dateSource: DateSource = null;
  if (dl?.date) [date, dateSource] = [dl.date, 'dateline'];
  else if (d.headerDate) [date, dateSource] = [d.headerDate, 'header'];
  else if (d.options.date) [date, dateSource] = [d.options.date, d.options.dateFrom ?? 'option'];
  const agencies = [...new Set([...d.credits].sort((a, b) => a.at - b.at).map((c) => c.agency))];
  // Repair warnings carry input offsets; every other stage's are mapped back here.
  const warnings: Warning[] = capRepeats([
    ...d.norm.warnings,
    ...d.warnings.map((w) => (w.start === undefined || w.end === undefined ? w : { ...w, ...span({ start: w.start, end: w.end }) })),
  ]);
  if (body === '')
    warnings.push({
      code: 'empty',
      message: input.trim() === '' ? 'input has no text' : 'nothing of the story is left after removing boilerplate',
    });
  const words = countWords(body);
  return {
    source: d.options.source ?? null,
    headline: d.headline ? d.text.slice(d.headline.start, d.headline.end) : null,
    date,
    dateSource,
    dateField: dateSource === 'record' ? (d.options.dateField ?? null) : null,
    dateline,
    agencies,
    people,
    quotes,
    body,
    removed,
    warnings,
    stats: { characters: body.length, words, paragraphs: paragraphs.length, quotes: quotes.length },
  };
}

/** Most warnings of one code a record lists; the rest are counted in one more warning. */
const MAX_WARNINGS_PER_CODE = 10;

/** A story of 100,000 stray quote marks gets ten warnings and a count, not 100,000 warnings. */
function capRepeats(warnings: Warning[]): Warning[] {
  const seen = new Map<string, number>();
  const kept: Warning[] = [];
  for (const w of warnings) {
    const n = (seen.get(w.code) ?? 0) + 1;
    seen.set(w.code, n);
    if (n <= MAX_WARNINGS_PER_CODE) kept.push(w);
  }
  for (const [code, n] of seen) {
    if (n > MAX_WARNINGS_PER_CODE) kept.push({ code, message: `${n - MAX_WARNINGS_PER_CODE} more ${code} warnings like the ones above` });
  }
  return kept;
}
