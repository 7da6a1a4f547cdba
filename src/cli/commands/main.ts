// The wirecut command line: parses arguments with commander and hands each command to its
// module, loaded only when that command runs (so `--help`, `--version` and `schema` stay quick).
// `main(io)` returns the exit status: 0 all good, 1 some input or fixture failed, 2 usage error.
// It never calls process.exit(): bin/wirecut.js sets process.exitCode so piped output is flushed.

import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import type { CliIo } from '../io.js';
import {
  DEFAULT_MAX_BYTES,
  type Jobs,
  parseByteSizeOption,
  parseDateOption,
  parseFieldListOption,
  parseFieldNameOption,
  parseJobsOption,
} from './options.js';

export { type CliIo, processIo } from '../io.js';

/** Exit statuses, as promised in the contract. */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/** The end of `wirecut --help`: three commands to copy, each with what it does (as gh and jq end theirs). */
const HELP_EXAMPLES = `
Examples:
  # one story, as indented JSON
  $ wirecut --pretty story.txt

  # a feed of JSON stories (one per line) to one record per line, on every core
  $ wirecut --from ndjson --jobs auto feed.ndjson > records.ndjson

  # who is quoted in each story of a folder
  $ wirecut --fields source,quotes stories/ | jq -c '{source, speakers: [.quotes[].speaker]}'`;

interface ExtractFlags {
  ndjson?: boolean;
  pretty?: boolean;
  from: 'text' | 'ndjson';
  textField: string | null;
  idField: string;
  dateField: string | null;
  fields: string[] | null;
  date: string | null;
  jobs: Jobs;
  debug: boolean;
  maxBytes: number;
  quiet: boolean;
  outDir: string | null;
  force: boolean;
}

export async function main(io: CliIo): Promise<number> {
  let status = EXIT_OK;
  const program = buildProgram(io, (code) => {
    status = code;
  });
  try {
    await program.parseAsync([...io.argv], { from: 'user' });
  } catch (error) {
    // Commander has already written its message (or the help/version text) to the right stream.
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    io.stderr.write(`wirecut: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT_FAILED;
  }
  return status;
}

function buildProgram(io: CliIo, setStatus: (code: number) => void): Command {
  const program = new Command('wirecut')
    .description('Turn raw syndicated news text into JSON records: dateline, people, quotes, clean body.')
    .usage('[options] [FILE...]\n       wirecut <command> [options]')
    .exitOverride()
    // Options after a command name belong to that command (`show --date` is show's own option).
    .enablePositionalOptions()
    .configureOutput({
      writeOut: (text) => void io.stdout.write(text),
      writeErr: (text) => void io.stderr.write(text),
    })
    .showHelpAfterError('(run wirecut --help for usage)')
    .helpCommand('help [command]', 'show help for a command')
    .addHelpText('after', HELP_EXAMPLES)
    .option('-V, --version', 'print the version and exit')
    .on('option:version', () => {
      io.stdout.write(`${readVersion()}\n`);
      throw new CommanderError(EXIT_OK, 'commander.version', 'version printed');
    })
    .argument('[FILE...]', 'story files; "-" or none: standard input (a file named like a command: ./check)')
    .addOption(new Option('--ndjson', 'one compact JSON record per line (default unless --pretty applies)').conflicts('pretty'))
    .addOption(new Option('--pretty', 'indented JSON (default for one text input when stdout is a terminal)'))
    .addOption(
      new Option('--from <kind>', 'input kind: one story per input, or one JSON story object per line')
        .choices(['text', 'ndjson'])
        .default('text'),
    )
    .addOption(
      new Option('--text-field <name>', 'NDJSON field holding the story')
        .argParser(parseFieldNameOption)
        .default(null, 'first of text, body, content, story'),
    )
    .addOption(
      new Option('--id-field <name>', 'NDJSON field giving the record source (else FILE:LINE)')
        .argParser(parseFieldNameOption)
        .default('id'),
    )
    .addOption(
      new Option('--date-field <name>', 'NDJSON field giving the story date (ISO 8601, RFC 822 or epoch)')
        .argParser(parseFieldNameOption)
        .default(null, 'first of date, published, publishedAt, published_at, pubDate, datePublished, publish_date, published_date'),
    )
    .addOption(
      new Option('--fields <list>', 'keep only these comma-separated top-level fields')
        .argParser(parseFieldListOption)
        .default(null, 'all'),
    )
    .addOption(
      new Option('--date <YYYY-MM-DD>', 'reference date for datelines without a year')
        .argParser(parseDateOption)
        .default(null, 'header date or NDJSON date, else none'),
    )
    .addOption(
      new Option(
        '--jobs <n>',
        'worker threads extracting in parallel ("auto": one per core); output is byte for byte the same, in input order',
      )
        .argParser(parseJobsOption)
        .default(1),
    )
    .addOption(
      new Option('--max-bytes <n>', 'largest input (or NDJSON line) accepted, e.g. 1048576 or 64M')
        .argParser(parseByteSizeOption)
        .default(DEFAULT_MAX_BYTES, '64M'),
    )
    .addOption(new Option('-o, --out-dir <dir>', 'write one NAME.json per input into DIR instead of printing records').default(null))
    .addOption(new Option('--force', 'with --out-dir: overwrite NAME.json files that already exist').default(false))
    .addOption(new Option('--debug', 'trace extraction decisions on stderr, prefixed with the source').default(false))
    .addOption(new Option('-q, --quiet', 'no diagnostics on stderr for failed inputs').default(false))
    .action(async (files: string[], flags: ExtractFlags) => {
      setStatus(await extractAction(io, program, files, flags));
    });

  program
    .command('check')
    .description('compare fixtures NAME.txt with their expected output NAME.json')
    .argument('[PATH...]', 'fixture directories or NAME.txt files', ['fixtures'])
    .addOption(new Option('--update', 'rewrite NAME.json files that differ (or are missing)').default(false))
    .action(async (paths: string[], flags: { update: boolean }) => {
      const { runCheck } = await import('./check.js');
      setStatus(await runCheck(io, { paths, update: flags.update }));
    });

  program
    .command('show')
    .description('the article in the terminal, coloured by what was found and removed')
    .argument('[FILE]', 'story file; "-" or none: standard input', '-')
    .addOption(
      new Option('--date <YYYY-MM-DD>', 'reference date for datelines without a year')
        .argParser(parseDateOption)
        .default(null, 'header date, else none'),
    )
    .action(async (file: string, flags: { date: string | null }) => {
      const { runShow } = await import('./show.js');
      setStatus(await runShow(io, { file, date: flags.date }));
    });

  program
    .command('schema')
    .description('print the JSON Schema of one output record')
    .action(async () => {
      const { recordSchema } = await import('../../index.js');
      io.stdout.write(`${JSON.stringify(recordSchema, null, 2)}\n`);
    });

  return program;
}

async function extractAction(io: CliIo, program: Command, files: string[], flags: ExtractFlags): Promise<number> {
  if (flags.from === 'text') {
    for (const [flag, name] of [
      ['textField', '--text-field'],
      ['idField', '--id-field'],
      ['dateField', '--date-field'],
    ] as const) {
      if (program.getOptionValueSource(flag) === 'cli')
        program.error(`error: ${name} needs --from ndjson`, { exitCode: EXIT_USAGE, code: 'wirecut.usage' });
    }
  }
  if (flags.force && !flags.outDir) program.error('error: --force needs --out-dir', { exitCode: EXIT_USAGE, code: 'wirecut.usage' });
  const inputs = files.length > 0 ? files : ['-'];
  const { runExtract } = await import('./extract.js');
  if (flags.fields) {
    const { knownFields } = await import('./known-fields.js');
    const known = knownFields();
    const unknown = flags.fields.filter((field) => !known.has(field));
    if (unknown.length > 0) {
      program.error(`error: --fields: unknown field ${unknown.join(', ')} (known: ${[...known].join(', ')})`, {
        exitCode: EXIT_USAGE,
        code: 'wirecut.usage',
      });
    }
  }
  const singleText = flags.from === 'text' && inputs.length === 1;
  const pretty = flags.pretty === true || (flags.ndjson !== true && singleText && io.stdoutIsTTY);
  return runExtract(io, {
    input: { files: inputs, from: flags.from, maxBytes: flags.maxBytes, date: flags.date },
    run: {
      pretty,
      fields: flags.fields,
      debug: flags.debug,
      jobs: flags.jobs,
      ndjson: { textField: flags.textField, idField: flags.idField, date: flags.date, dateField: flags.dateField },
    },
    output: { outDir: flags.outDir, force: flags.force, quiet: flags.quiet },
  });
}

/** The package version, read only when asked for (dist/cli/commands/main.js -> ../../../package.json). */
function readVersion(): string {
  const text = readFileSync(new URL('../../../package.json', import.meta.url), 'utf8');
  const version = (JSON.parse(text) as { version?: unknown }).version;
  return typeof version === 'string' ? version : 'unknown';
}
