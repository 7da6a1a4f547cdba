// `wirecut show [FILE]`: the input text as it was, marked up with what extract found:
// removed spans struck through and dimmed, the dateline in one colour, each quote in its
// speaker's colour followed by ` [Speaker]`, people's names in bold; then a short legend.
// Without colour (not a terminal, NO_COLOR) the same view in plain text: `[-removed: ...-]`
// and the speaker tags. It is for eyes only: nothing parses this output.

import { resolve } from 'node:path';
import type { ChalkInstance } from 'chalk';
import type { ArticleRecord, ErrorRecord, Span } from '../../index.js';
import { isErrorRecord, recordFromDecoded } from '../../records.js';
import { decodeRead } from '../input/decode.js';
import { type ReadResult, readFileLimited, readStreamLimited } from '../input/read.js';
import type { CliIo } from '../io.js';
import { colourLevel, loadChalk } from '../output/colour.js';
import { Output } from '../output/output.js';
import { DEFAULT_MAX_BYTES } from './options.js';

export interface ShowSettings {
  file: string;
  date: string | null;
}

/** Speaker colours, handed out in order of each speaker's first quote (cyan is the dateline's). */
const SPEAKER_COLOURS = [
  'yellow',
  'green',
  'magenta',
  'blue',
  'red',
  'yellowBright',
  'greenBright',
  'magentaBright',
  'blueBright',
  'redBright',
] as const;
/** Characters that close a quotation; a speaker tag goes after it rather than inside. */
const CLOSING_MARKS = new Set(['"', '”', '’', "'", '»', '›', '」']);
/** Tag for a quote whose speaker the story never names. */
const UNKNOWN_SPEAKER = '?';

interface Painter {
  coloured: boolean;
  removed(text: string): string;
  dateline(text: string): string;
  mention(text: string): string;
  speaker(index: number, text: string): string;
  heading(text: string): string;
}

export async function runShow(io: CliIo, settings: ShowSettings): Promise<number> {
  const source = settings.file === '-' ? null : settings.file;
  const read: ReadResult =
    source === null
      ? await readStreamLimited(io.stdin, DEFAULT_MAX_BYTES)
      : await readFileLimited(resolve(io.cwd, source), DEFAULT_MAX_BYTES);
  const decoded = decodeRead(read);
  const record = recordFromDecoded(decoded, { source, date: settings.date });
  if (!decoded.ok || isErrorRecord(record)) {
    const error = decoded.ok ? (record as ErrorRecord).error : decoded.error;
    io.stderr.write(`wirecut show: ${source ?? '-'}: ${error.message} (${error.code})\n`);
    return 1;
  }
  const text = decoded.text;
  const painter = makePainter(await loadChalk(colourLevel(io.env, io.stdoutIsTTY)));
  const output = new Output(io.stdout);
  try {
    await output.write(`${renderStory(text, record, painter).trimEnd()}\n\n${renderLegend(record, painter)}\n`);
  } finally {
    await output.end();
  }
  return 0;
}

function makePainter(chalk: ChalkInstance): Painter {
  const coloured = chalk.level > 0;
  const perLine = (style: (text: string) => string) => (text: string) =>
    text
      .split('\n')
      .map((line) => (line ? style(line) : line))
      .join('\n');
  return {
    coloured,
    removed: coloured ? perLine(chalk.dim.strikethrough) : (text) => `[-removed: ${text}-]`,
    dateline: perLine(chalk.cyan.underline),
    mention: perLine(chalk.bold),
    speaker: (index, text) => perLine(chalk[SPEAKER_COLOURS[index % SPEAKER_COLOURS.length] ?? 'yellow'])(text),
    heading: chalk.bold,
  };
}

/** Speaker name -> colour index, in order of first quote. */
function speakerIndexes(record: ArticleRecord): Map<string, number> {
  const indexes = new Map<string, number>();
  for (const quote of record.quotes) {
    const key = quote.speaker ?? UNKNOWN_SPEAKER;
    if (!indexes.has(key)) indexes.set(key, indexes.size);
  }
  return indexes;
}

/** Every place the text names a person (any name or alias), longest form first, not overlapping. */
function findMentions(text: string, record: ArticleRecord): Span[] {
  const names = [...new Set(record.people.flatMap((person) => [person.name, ...person.aliases]))].filter((name) => name.trim() !== '');
  if (names.length === 0) return [];
  names.sort((a, b) => b.length - a.length);
  const alternatives = names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives})(?![\\p{L}\\p{N}_])`, 'gu');
  return [...text.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

interface Layered extends Span {
  style: (text: string) => string;
}

export function renderStory(text: string, record: ArticleRecord, painter: Painter): string {
  const removed = mergeSpans(record.removed.map(({ start, end }) => ({ start, end })));
  const speakers = speakerIndexes(record);
  const layers: Layered[] = [];
  if (record.dateline) layers.push({ start: record.dateline.start, end: record.dateline.end, style: painter.dateline });
  const tags = new Map<number, string[]>();
  for (const quote of record.quotes) {
    const speaker = quote.speaker ?? UNKNOWN_SPEAKER;
    const index = speakers.get(speaker) ?? 0;
    const colour = (part: string): string => painter.speaker(index, part);
    layers.push({ start: quote.start, end: quote.end, style: colour });
    const at = CLOSING_MARKS.has(text[quote.end] ?? '') ? quote.end + 1 : quote.end;
    tags.set(at, [...(tags.get(at) ?? []), colour(` [${speaker}]`)]);
  }
  for (const mention of findMentions(text, record)) layers.push({ ...mention, style: painter.mention });

  const cuts = new Set<number>([0, text.length]);
  for (const span of [...removed, ...layers]) cuts.add(clamp(span.start, text)).add(clamp(span.end, text));
  for (const at of tags.keys()) cuts.add(clamp(at, text));
  const points = [...cuts].sort((a, b) => a - b);

  let out = '';
  let position = 0;
  let nextRemoved = 0;
  for (const point of points) {
    if (point < position) {
      // A tag whose quote ends inside removed text still shows, just after the removed part.
      out += (tags.get(point) ?? []).join('');
      continue;
    }
    if (point > position) {
      const active = layers.filter((layer) => layer.start <= position && layer.end >= point);
      out += active.reduce((piece, layer) => layer.style(piece), text.slice(position, point));
      position = point;
    }
    out += (tags.get(point) ?? []).join('');
    const span = removed[nextRemoved];
    if (span && span.start === point) {
      out += painter.removed(text.slice(span.start, span.end));
      position = clamp(span.end, text);
      nextRemoved++;
    }
  }
  return out;
}

export function renderLegend(record: ArticleRecord, painter: Painter): string {
  const lines: string[] = [painter.coloured ? painter.heading('─'.repeat(40)) : '-'.repeat(40)];
  const row = (label: string, value: string): void => {
    lines.push(`${painter.heading(label.padEnd(10))}${value}`);
  };
  const dateline = record.dateline;
  if (dateline) {
    const parts = [
      dateline.place && `place ${dateline.place}`,
      dateline.region && `region ${dateline.region}`,
      dateline.date && `date ${dateline.date}${dateline.yearImplied ? ' (year implied)' : ''}`,
      dateline.agency && `agency ${dateline.agency}`,
    ].filter((part): part is string => Boolean(part));
    row('dateline', `${painter.dateline(JSON.stringify(dateline.text))}${parts.length ? `: ${parts.join('; ')}` : ''}`);
  } else {
    row('dateline', 'none');
  }
  row('date', record.date ? `${record.date}${record.dateSource ? ` (from ${record.dateSource})` : ''}` : 'none');
  row('agencies', record.agencies.join(', ') || 'none');
  const speakers = speakerIndexes(record);
  if (record.people.length === 0) row('people', 'none');
  record.people.forEach((person, i) => {
    const index = speakers.get(person.name);
    const name = index === undefined ? painter.mention(person.name) : painter.speaker(index, painter.mention(person.name));
    const roles = person.roles.length ? ` (${person.roles.join('; ')})` : '';
    const aliases = person.aliases.length ? `, also ${person.aliases.join(', ')}` : '';
    row(i === 0 ? 'people' : '', `${name}${roles}${aliases}: ${plural(person.mentions, 'mention')}, ${plural(person.quotes, 'quote')}`);
  });
  const unattributed = record.quotes.filter((quote) => quote.speaker === null).length;
  row('quotes', `${record.quotes.length}${unattributed ? ` (${unattributed} without a speaker)` : ''}`);
  row('removed', countBy(record.removed.map((item) => item.kind)) || 'nothing');
  for (const warning of record.warnings) row('warning', `${warning.code}: ${warning.message}`);
  return lines.join('\n');
}

function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

function countBy(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].map(([value, count]) => `${count} ${value}`).join(', ');
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function clamp(offset: number, text: string): number {
  return Math.max(0, Math.min(offset, text.length));
}
