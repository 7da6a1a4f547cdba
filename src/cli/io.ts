// The CLI's view of the outside world: arguments, streams, environment, working directory.
// `main(io)` receives one of these, so tests drive the real CLI with fake streams and the
// only place that reads `process` is `processIo()` below (called from bin/wirecut.js).
// It does not open files or decide colour; see input/read.ts and output/colour.ts.

import type { Readable, Writable } from 'node:stream';

export interface CliIo {
  /** The user's arguments only: `process.argv.slice(2)`. */
  argv: readonly string[];
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  env: Readonly<Record<string, string | undefined>>;
  stdinIsTTY: boolean;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  /** Relative FILE and PATH arguments are resolved against this directory. */
  cwd: string;
}

/** The real process as a CliIo. The one place in wirecut that reads `process`. */
export function processIo(proc: NodeJS.Process = process): CliIo {
  return {
    argv: proc.argv.slice(2),
    stdin: proc.stdin,
    stdout: proc.stdout,
    stderr: proc.stderr,
    env: proc.env,
    stdinIsTTY: proc.stdin.isTTY === true,
    stdoutIsTTY: proc.stdout.isTTY === true,
    stderrIsTTY: proc.stderr.isTTY === true,
    cwd: proc.cwd(),
  };
}
