// extractStream against the CLI: the same inputs give the same records, byte for byte once
// serialised, error records included; one record per item, in order, pulled only as consumed.
// The CLI runs in-process (main(io)), so these tests follow the extractor without hand-written output.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Duplex, Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractStream, isErrorRecord, type OutputRecord, type StoryRecord, type StreamOptions, serialiseRecord } from '../src/index.js';
import { collector, runCli } from './helpers/run-cli.js';

const STORY = 'NEW DELHI, Aug 17 (PTI) -- "We will finish the road by winter," said Transport Minister Nitin Gadkari.\n';
const UNDATED = 'TOKYO, Feb 11 (Reuters) - Exports rose for a third month.\n\n"Demand is back," said trade minister Aiko Tanaka.';

/** NDJSON lines of every kind the CLI reads: ids of both types, no id, dates, blanks and broken lines. */
const LINES = [
  JSON.stringify({ id: 'a1', date: '2024-02-12', text: UNDATED }),
  JSON.stringify({ text: STORY }),
  '',
  JSON.stringify({ id: 7, body: UNDATED, date: '2024-02-12T08:00:00Z' }),
  '{"id": "cut", "text": "LONDON (Reuters) - ',
  '[1, 2, 3]',
  '   ',
  JSON.stringify({ id: 'no-text', body: 42 }),
  JSON.stringify({ id: '', story: STORY }),
  JSON.stringify({ id: 'other-fields', headline: 'x', content: STORY, date: 'soon' }),
];

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wirecut-stream-'));
  await writeFile(join(dir, 'feed.ndjson'), `${LINES.join('\n')}\n`);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function collect(items: Parameters<typeof extractStream>[0], options?: StreamOptions): Promise<OutputRecord[]> {
  const records: OutputRecord[] = [];
  for await (const record of extractStream(items, options)) records.push(record);
  return records;
}

const ndjson = (records: readonly OutputRecord[]): string => records.map((record) => `${serialiseRecord(record, false)}\n`).join('');

describe('extractStream gives what the CLI prints', () => {
  it("NDJSON lines (from: 'ndjson'): the records of `wirecut --from ndjson FILE`, byte for byte", async () => {
    const cli = await runCli(['--from', 'ndjson', 'feed.ndjson'], { cwd: dir });
    expect(cli.code).toBe(1);
    const records = await collect(LINES, { from: 'ndjson', name: 'feed.ndjson' });
    expect(ndjson(records)).toBe(cli.stdout);
    // Blank lines give no record; every other line gives one, error records in place.
    expect(records).toHaveLength(LINES.filter((line) => line.trim() !== '').length);
    expect(records.filter(isErrorRecord).map((record) => record.error.code)).toEqual(['invalid-json', 'not-an-object', 'missing-text']);
  });

  it('a BOM before the first line is dropped, as the CLI drops it from a file', async () => {
    await writeFile(join(dir, 'bom.ndjson'), `\uFEFF${LINES.slice(0, 2).join('\n')}\n`);
    const cli = await runCli(['--from', 'ndjson', 'bom.ndjson'], { cwd: dir });
    expect(cli.code).toBe(0);
    const records = await collect([`\uFEFF${LINES[0]}`, LINES[1] as string], { from: 'ndjson', name: 'bom.ndjson' });
    expect(ndjson(records)).toBe(cli.stdout);
  });

  it('the same with --text-field, --id-field and --date', async () => {
    const args = ['--from', 'ndjson', '--text-field', 'content', '--id-field', 'headline', '--date', '2021-03-04', 'feed.ndjson'];
    const cli = await runCli(args, { cwd: dir });
    const records = await collect(LINES, {
      from: 'ndjson',
      name: 'feed.ndjson',
      textField: 'content',
      idField: 'headline',
      date: '2021-03-04',
    });
    expect(ndjson(records)).toBe(cli.stdout);
  });

  it('records (the objects on the lines): the same records, sources of records without an id counted by item', async () => {
    const parsed = LINES.filter((line) => line.trim().startsWith('{')).flatMap((line): StoryRecord[] => {
      try {
        return [JSON.parse(line) as StoryRecord];
      } catch {
        return [];
      }
    });
    const cli = await runCli(['--from', 'ndjson'], { stdin: parsed.map((value) => JSON.stringify(value)).join('\n') });
    const records = await collect(parsed);
    expect(ndjson(records)).toBe(cli.stdout);
    expect(records[1]?.source).toBe('-:2');
    expect(records[3]).toEqual({ source: 'no-text', error: { code: 'missing-text', message: expect.stringContaining('text fields') } });
  });

  it('texts: the record of `wirecut -` for each (source null), --date applied', async () => {
    const records = await collect([STORY, UNDATED, ''], { date: '2021-03-04' });
    const cli = await Promise.all([STORY, UNDATED, ''].map((text) => runCli(['--date', '2021-03-04', '-'], { stdin: text })));
    expect(records.map((record) => `${serialiseRecord(record, false)}\n`)).toEqual(cli.map((run) => run.stdout));
    expect(records.map((record) => record.source)).toEqual([null, null, null]);
  });

  it('bytes: decoded as `wirecut FILE` decodes a file (Windows-1252, binary), source null', async () => {
    const files = {
      'latin1.txt': Buffer.from('Caf\xe9 owners said "fine," said Ana Ruiz.\n', 'latin1'),
      'binary.dat': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02, 0x03]),
    };
    for (const [name, bytes] of Object.entries(files)) await writeFile(join(dir, name), bytes);
    const cli = await runCli(Object.keys(files), { cwd: dir });
    const records = await collect(Object.values(files).map((bytes) => new Uint8Array(bytes)));
    const fromCli = cli.stdout
      .trim()
      .split('\n')
      .map((line) => ({ ...(JSON.parse(line) as OutputRecord), source: null }));
    expect(records).toEqual(fromCli);
    expect(records.map((record) => (isErrorRecord(record) ? record.error.code : record.warnings[0]?.code))).toEqual([
      'decoded-as-windows-1252',
      'binary',
    ]);
  });

  it('an item that is no story gives a not-an-object record in its place, and the others go on', async () => {
    const items = [STORY, 42, null, ['a'], { id: 'x', text: STORY }] as unknown as string[];
    const records = await collect(items, { name: 'batch' });
    expect(records.map((record) => record.source)).toEqual([null, 'batch:2', 'batch:3', 'batch:4', 'x']);
    expect(records[1]).toEqual({
      source: 'batch:2',
      error: { code: 'not-an-object', message: 'item 2 is a number, not a story (a string, bytes or an object)' },
    });
    expect(records[2]).toMatchObject({ error: { code: 'not-an-object', message: expect.stringContaining('item 3 is null') } });
  });
});

describe('extractStream as a stream', () => {
  it('pulls an item only when the next record is asked for', async () => {
    let pulled = 0;
    async function* source() {
      for (let i = 0; i < 1000; i++) {
        pulled++;
        yield { id: `s${i}`, text: STORY };
      }
    }
    const seen: string[] = [];
    for await (const record of extractStream(source())) {
      seen.push(record.source ?? '');
      if (seen.length === 3) break;
    }
    expect(seen).toEqual(['s0', 's1', 's2']);
    expect(pulled).toBe(3);
  });

  it('works as a Node transform (Duplex.from), in order', async () => {
    const out = collector();
    const items = Array.from({ length: 50 }, (_, i) => ({ id: `n${i}`, text: i % 7 === 3 ? 7 : STORY }));
    await pipeline(
      Readable.from(items),
      Duplex.from((source: AsyncIterable<Record<string, unknown>>) => extractStream(source)),
      async function* (records: AsyncIterable<OutputRecord>) {
        for await (const record of records) yield `${serialiseRecord(record, false)}\n`;
      },
      out,
    );
    const lines = out.text().trim().split('\n');
    expect(lines.map((line) => (JSON.parse(line) as OutputRecord).source)).toEqual(items.map((item) => item.id));
    expect(lines.filter((line) => line.includes('"missing-text"'))).toHaveLength(7);
  });
});
