// wirecut as a user gets it: `npm pack`, the tarball installed into a fresh project, and used
// from there: the ESM import and `wirecut/schema.json`, the types (the repo's tsc checks a small
// TypeScript file against the installed package), extractStream, the `wirecut` command, and the
// README's library examples and GNU parallel recipes, run as written. It is slow (a pack, an
// install, two type-checks, a few thousand records through GNU parallel: about 20 s) and needs
// the build (`npm test` builds first) and the npm cache that `npm ci` filled (the install is
// offline-first). The GNU parallel tests are skipped, saying so, when `parallel` is not installed.

import { type SpawnSyncOptions, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const FIXTURES = join(ROOT, 'fixtures');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
/** Pack, install and the slow runs below: generous, as the machine may be busy. */
const SLOW = 180_000;
const HAS_PARALLEL = spawnSync('parallel', ['--version'], { stdio: 'ignore' }).status === 0;
if (!HAS_PARALLEL)
  console.warn('tests/package.test.ts: GNU parallel is not installed; its recipe tests are skipped (apt-get install parallel)');

/**
 * The environment for commands run here, without the npm_* variables `npm test` sets: they point
 * npm at this repository (npm_config_local_prefix=/path/to/wirecut, npm_package_*), not at the
 * temporary project. Where npm keeps its cache and finds its registry and user config stay.
 */
const KEEP_NPM = new Set(['npm_config_cache', 'npm_config_registry', 'npm_config_userconfig', 'npm_config_cafile']);
const ENV = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !name.toLowerCase().startsWith('npm_') || KEEP_NPM.has(name.toLowerCase())),
);

interface Ran {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(command: string, args: readonly string[], options: SpawnSyncOptions = {}): Ran {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 256 << 20, env: ENV, ...options });
  if (result.error) throw result.error;
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

/** Runs a command that must succeed; its stdout. */
function ok(command: string, args: readonly string[], options: SpawnSyncOptions = {}): string {
  const result = run(command, args, options);
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}:\n${result.stderr}`);
  return result.stdout;
}

/** The fenced code block after `<!-- NAME -->` in the README, as written. */
function readmeBlock(name: string): string {
  const marker = README.indexOf(`<!-- ${name} -->`);
  if (marker === -1) throw new Error(`README has no <!-- ${name} --> marker`);
  const block = /```[a-z]*\n([\s\S]*?)```/.exec(README.slice(marker));
  if (!block?.[1]) throw new Error(`README has no code block after <!-- ${name} -->`);
  return block[1];
}

/** The fenced block of the first code fence whose text contains `needle`. */
function readmeBlockWith(needle: string): string {
  const block = [...README.matchAll(/```[a-z]*\n([\s\S]*?)```/g)].map((match) => match[1] ?? '').find((text) => text.includes(needle));
  if (!block) throw new Error(`README has no code block containing ${needle}`);
  return block;
}

let work: string;
/** The consumer project the tarball is installed into. */
let app: string;
let packed: { filename: string; files: { path: string }[] };
/** PATH with the installed package's bin folder first: `wirecut` there is the installed command. */
let userPath: string;

beforeAll(() => {
  for (const built of ['dist/index.js', 'dist/index.d.ts', 'dist/schema.json'])
    if (!existsSync(join(ROOT, built))) throw new Error(`${built} is missing: run \`npm run build\` first`);
  work = mkdtempSync(join(tmpdir(), 'wirecut-package-'));
  // --ignore-scripts: the build is done (`npm test` built it), and rebuilding dist now would pull
  // it from under the other test files running at the same time.
  const pack = ok('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: ROOT });
  packed = (JSON.parse(pack) as (typeof packed)[])[0] as typeof packed;
  app = join(work, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), `${JSON.stringify({ name: 'wirecut-user', private: true, type: 'module' }, null, 2)}\n`);
  ok('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', join(work, packed.filename)], { cwd: app });
  userPath = `${join(app, 'node_modules', '.bin')}${delimiter}${ENV.PATH ?? ''}`;
}, SLOW);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packed tarball', () => {
  it('holds the built library, its types, the schema, the command and the README; no sources, tests or fixtures', () => {
    const paths = packed.files.map((file) => file.path);
    for (const needed of ['package.json', 'README.md', 'bin/wirecut.js', 'dist/index.js', 'dist/index.d.ts', 'dist/schema.json'])
      expect(paths).toContain(needed);
    const unwanted = paths.filter((path) => /^(src|tests|fixtures|scripts|node_modules|\.ci)\//.test(path) || path.endsWith('.test.ts'));
    expect(unwanted).toEqual([]);
    // The generated word lists' declarations are half a megabyte and no part of the public types.
    expect(paths.filter((path) => path.startsWith('dist/data/generated/') && path.endsWith('.d.ts'))).toEqual([]);
  });
});

describe('the installed package', () => {
  it('imports from an ESM file; extract gives the fixture expectation; schema.json and package.json are exported, internals are not', () => {
    const fixture = 'ap-dateline-latestly';
    writeFileSync(
      join(app, 'use.mjs'),
      [
        "import { readFileSync } from 'node:fs';",
        "import { extract, serialiseRecord } from 'wirecut';",
        "import schema from 'wirecut/schema.json' with { type: 'json' };",
        "import pkg from 'wirecut/package.json' with { type: 'json' };",
        'const [file, name] = process.argv.slice(2);',
        'const record = extract(readFileSync(file, "utf8"), { source: name });',
        "const internal = await import('wirecut/dist/cli/commands/main.js').then(() => 'importable', (error) => error.code);",
        'console.log(JSON.stringify({ record: serialiseRecord(record, true), schema, version: pkg.version, internal }));',
      ].join('\n'),
    );
    const out = JSON.parse(ok('node', ['use.mjs', join(FIXTURES, `${fixture}.txt`), `${fixture}.txt`], { cwd: app })) as {
      record: string;
      schema: unknown;
      version: string;
      internal: string;
    };
    expect(existsSync(join(FIXTURES, `${fixture}.options.json`))).toBe(false);
    expect(JSON.parse(out.record)).toEqual(JSON.parse(readFileSync(join(FIXTURES, `${fixture}.json`), 'utf8')));
    expect(out.schema).toEqual(JSON.parse(ok('node', [join(ROOT, 'bin', 'wirecut.js'), 'schema'])));
    expect(out.version).toBe((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version);
    expect(out.internal).toBe('ERR_PACKAGE_PATH_NOT_EXPORTED');
  });

  it('type-checks a TypeScript file against the installed package (moduleResolution node16 and nodenext)', () => {
    // @ts-expect-error lines fail the check if the types are missing or loose (an `any` accepts anything).
    const uses = `import { type ArticleRecord, extract, extractStream, isErrorRecord, type OutputRecord, type StreamOptions } from 'wirecut';

export const record: ArticleRecord = extract('MINSK, Aug 17 (AP) -- Workers heckled the president.', { source: 'minsk' });
export const place: string | null | undefined = record.dateline?.place;
const options: StreamOptions = { from: 'ndjson', idField: 'id', name: 'feed.ndjson' };

export async function speakers(lines: AsyncIterable<string>): Promise<string[]> {
  const found: string[] = [];
  for await (const item of extractStream(lines, options)) {
    const out: OutputRecord = item;
    if (isErrorRecord(out)) found.push(out.error.code);
    else for (const quote of out.quotes) found.push(quote.speaker ?? '(none)');
  }
  return found;
}

// @ts-expect-error extract takes a string
extract(42);
// @ts-expect-error an article has no field 'speakers'
record.speakers;
// @ts-expect-error 'from' is 'text' or 'ndjson'
extractStream([], { from: 'csv' });
`;
    const schemaUse = `import schema from 'wirecut/schema.json' with { type: 'json' };
export const title: string = schema.title;
// @ts-expect-error the schema is typed from its JSON
export const nothing: number = schema.title;
`;
    writeFileSync(join(app, 'uses.ts'), uses);
    writeFileSync(join(app, 'schema-use.ts'), schemaUse);
    for (const [resolution, files] of [
      ['node16', ['uses.ts']],
      ['nodenext', ['uses.ts', 'schema-use.ts']],
    ] as const) {
      const config = {
        compilerOptions: {
          module: resolution,
          moduleResolution: resolution,
          target: 'es2022',
          lib: ['es2022'],
          types: [],
          strict: true,
          noEmit: true,
          resolveJsonModule: true,
          skipLibCheck: false,
        },
        files,
      };
      writeFileSync(join(app, `tsconfig.${resolution}.json`), JSON.stringify(config, null, 2));
      const checked = run('node', [TSC, '-p', `tsconfig.${resolution}.json`], { cwd: app });
      expect({ resolution, status: checked.status, errors: checked.stdout }).toEqual({ resolution, status: 0, errors: '' });
    }
  });

  it('the installed `wirecut` command: --version, help examples, and the same records as the repository build', () => {
    const wirecut = (...args: string[]) => run('wirecut', args, { cwd: app, env: { ...ENV, PATH: userPath } });
    expect(wirecut('--version').stdout.trim()).toBe(
      (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version,
    );
    expect(wirecut('--help').stdout).toMatch(/\nExamples:\n[\s\S]*\n {2}\$ wirecut [^\n]*\n$/);
    const fixtures = readdirSync(FIXTURES)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => join(FIXTURES, name));
    const installed = wirecut('--ndjson', ...fixtures);
    const repo = run('node', [join(ROOT, 'bin', 'wirecut.js'), '--ndjson', ...fixtures], { cwd: app });
    expect(installed.status).toBe(0);
    expect(installed.stdout).toBe(repo.stdout);
    expect(installed.stdout.split('\n').filter(Boolean)).toHaveLength(fixtures.length);
    expect(wirecut('schema').stdout).toBe(readFileSync(join(app, 'node_modules', 'wirecut', 'dist', 'schema.json'), 'utf8'));
  });
});

describe("the README's library examples, run as written against the installed package", () => {
  it('the library example prints what the README shows', () => {
    writeFileSync(join(app, 'readme-library.mjs'), readmeBlock('example:library'));
    expect(ok('node', ['readme-library.mjs'], { cwd: app })).toBe(readmeBlock('example:library-output'));
  });

  it('the NDJSON file example writes byte for byte what `wirecut --from ndjson` prints, error records included', () => {
    const dir = join(app, 'stream-file');
    mkdirSync(dir);
    const lines = storyLines(3).slice(0, 150);
    // What the CLI reads too: a line without an id, a broken line, a blank line, a record without text.
    lines.splice(20, 0, JSON.stringify({ text: 'BERLIN (dpa) - Rain.' }), '{"id": "cut", "text": "LONDON (Reuters) - ', '');
    writeFileSync(join(dir, 'stories.ndjson'), `${lines.join('\n')}\n`);
    writeFileSync(join(dir, 'example.mjs'), readmeBlock('example:stream-file'));
    ok('node', ['example.mjs'], { cwd: dir });
    const cli = run('wirecut', ['--from', 'ndjson', 'stories.ndjson'], { cwd: dir, env: { ...ENV, PATH: userPath } });
    expect(cli.status).toBe(1);
    const written = readFileSync(join(dir, 'records.ndjson'), 'utf8');
    expect(written).toBe(cli.stdout);
    expect(written.split('\n').filter(Boolean)).toHaveLength(lines.filter((line) => line.trim() !== '').length);
  });
});

describe.skipIf(!HAS_PARALLEL)("the README's GNU parallel recipes (skipped when GNU parallel is not installed)", () => {
  let dir: string;
  /** What one process prints for stories.ndjson: the output every recipe must equal. */
  let one: Ran;
  const inDir = (script: string, extraPath = ''): Ran =>
    run('sh', ['-c', script], { cwd: dir, env: { ...ENV, PATH: `${extraPath}${userPath}` } });

  beforeAll(() => {
    dir = join(app, 'scale-out');
    mkdirSync(dir);
    writeFileSync(join(dir, 'stories.ndjson'), `${storyLines(50).join('\n')}\n`);
    one = inDir('wirecut --from ndjson --quiet < stories.ndjson');
  }, SLOW);

  it(
    'on one machine, as written: byte for byte what one process prints, on a few thousand records in several blocks',
    () => {
      const records = one.stdout.split('\n').filter(Boolean);
      expect(records.length).toBeGreaterThan(2500);
      expect(records.filter((record) => record.includes('"missing-text"')).length).toBeGreaterThan(10);
      expect(one.status).toBe(1); // some records are error records
      const recipe = readmeBlock('example:parallel').trim();
      const ran = inDir(recipe);
      expect(ran.status, ran.stderr).toBeGreaterThan(0); // the number of blocks holding an error record
      expect(readFileSync(join(dir, 'records.ndjson'), 'utf8')).toBe(one.stdout);
      // The test means something only if the input makes several blocks at the recipe's --block.
      const block = /--block (\d+)M/.exec(recipe)?.[1];
      expect(readFileSync(join(dir, 'stories.ndjson')).length).toBeGreaterThan(2 * Number(block) * 2 ** 20);
    },
    SLOW,
  );

  it(
    'across machines, as written but for a stand-in ssh that runs each block here: the same bytes, exit status 0',
    () => {
      // The stand-in drops ssh's options and the host, then runs the command as sshd would, in a
      // shell with SHELL set: this checks the quoting, the exit-status wrapper and the order, not the network.
      const fake = join(dir, 'fake-ssh');
      mkdirSync(fake);
      writeFileSync(
        join(fake, 'ssh'),
        [
          '#!/bin/sh',
          'while [ $# -gt 0 ]; do case "$1" in -[olpiFS]) shift 2 ;; -*) shift ;; *) break ;; esac; done',
          'shift',
          '[ "$1" = "--" ] && shift',
          // sshd gives the remote command the user's login shell in SHELL, and parallel's remote
          // wrapper runs the job with it: without it every remote attempt fails (a CI runner may
          // have no SHELL), and parallel 20221122 then dropped the last block and still exited 0.
          '[ -n "$SHELL" ] || export SHELL=/bin/sh',
          'exec sh -c "$*"',
          '',
        ].join('\n'),
        { mode: 0o755 },
      );
      const recipe = readmeBlockWith('--sshlogin')
        .replace(/\\\n\s*/g, '')
        .trim();
      // Blocks small enough to go to every host; parallel's --ssh names the stand-in.
      const ran = inDir(recipe.replace(/--block \S+/, '--block 512k').replace(/^parallel /, `parallel --ssh ${join(fake, 'ssh')} `));
      expect(ran.status, ran.stderr).toBe(0);
      expect(readFileSync(join(dir, 'records.ndjson'), 'utf8')).toBe(one.stdout);
    },
    SLOW,
  );

  it('records without an id: the sources restart in each block (`-:LINE`), all else is the same', () => {
    const lines = storyLines(2).map((line) => JSON.stringify({ ...(JSON.parse(line) as object), id: undefined }));
    writeFileSync(join(dir, 'no-ids.ndjson'), `${lines.join('\n')}\n`);
    const single = inDir('wirecut --from ndjson --quiet < no-ids.ndjson').stdout.split('\n').filter(Boolean);
    const blocks = inDir('parallel --pipe --keep-order --block 20k wirecut --from ndjson --quiet < no-ids.ndjson')
      .stdout.split('\n')
      .filter(Boolean);
    expect(blocks).toHaveLength(single.length);
    const withoutSource = (line: string) => ({ ...(JSON.parse(line) as object), source: null });
    expect(blocks.map(withoutSource)).toEqual(single.map(withoutSource));
    const sources = blocks.map((line) => (JSON.parse(line) as { source: string }).source);
    expect(sources.filter((source) => source === '-:1').length).toBeGreaterThan(2);
    expect(sources).not.toEqual(single.map((line) => (JSON.parse(line) as { source: string }).source));
  });
});

describe('the README set-up is what CI runs', () => {
  it('.ci/run runs exactly the commands of the README "Set up" section, in order', () => {
    const setUp = README.slice(README.indexOf('## Set up'), README.indexOf('\n## ', README.indexOf('## Set up') + 1));
    const commands = (text: string, pattern: RegExp) =>
      [...text.matchAll(pattern)].map((match) => (match[1] ?? '').replace(/\s+#.*$/, '').trim()).filter(Boolean);
    const readme = commands(setUp, /^ {4}(\S.*)$/gm);
    const ci = commands(readFileSync(join(ROOT, '.ci', 'run'), 'utf8'), /^(?!#|set |cd )(\S.*)$/gm);
    expect(readme).toContain('npm test');
    expect(ci).toEqual(readme);
  });
});

/**
 * Stories as NDJSON lines, built from the fixtures: every fixture `rounds` times with an id
 * (NAME-ROUND) and its reference date when it has one, and after every 97th a record without a
 * text field (an error record in its place).
 */
function storyLines(rounds: number): string[] {
  const names = readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => name.slice(0, -4))
    .sort();
  const stories = names.map((name) => {
    const options = join(FIXTURES, `${name}.options.json`);
    const date = existsSync(options) ? (JSON.parse(readFileSync(options, 'utf8')) as { date?: string }).date : undefined;
    return { name, date, text: readFileSync(join(FIXTURES, `${name}.txt`), 'utf8') };
  });
  const lines: string[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const { name, date, text } of stories) {
      lines.push(JSON.stringify({ id: `${name}-${round}`, date, text }));
      if (lines.length % 97 === 0) lines.push(JSON.stringify({ id: `no-text-${lines.length}`, body: 42 }));
    }
  }
  return lines;
}
