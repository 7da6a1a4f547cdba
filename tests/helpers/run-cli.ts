// Drives the real CLI in-process: main(io) with fake streams, returning what it printed.
// Used by tests/cli.test.ts; no process state is touched.

import { Readable, Writable } from 'node:stream';
import { type CliIo, main } from '../../src/cli/commands/main.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  stdin?: string | Uint8Array;
  stdoutIsTTY?: boolean;
  stderrIsTTY?: boolean;
  env?: Record<string, string | undefined>;
  cwd?: string;
  /** Replaces the collecting stdout (for EPIPE and backpressure tests). */
  stdout?: Writable;
}

/** A Writable that keeps everything written to it as one string. */
export function collector(): Writable & { text(): string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  });
  return Object.assign(stream, { text: () => Buffer.concat(chunks).toString('utf8') });
}

export async function runCli(args: readonly string[], options: RunOptions = {}): Promise<CliRun> {
  const stdout = collector();
  const stderr = collector();
  const input = options.stdin ?? '';
  const io: CliIo = {
    argv: args,
    stdin: Readable.from([typeof input === 'string' ? Buffer.from(input, 'utf8') : Buffer.from(input)]),
    stdout: options.stdout ?? stdout,
    stderr,
    env: options.env ?? {},
    stdinIsTTY: false,
    stdoutIsTTY: options.stdoutIsTTY ?? false,
    stderrIsTTY: options.stderrIsTTY ?? false,
    cwd: options.cwd ?? process.cwd(),
  };
  const code = await main(io);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/** Parses NDJSON output into records. */
export function parseLines(text: string): Array<Record<string, unknown>> {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
