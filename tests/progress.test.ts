// The progress line: only on a terminal, only after a second, cleared at the end.
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CliIo } from '../src/cli/io.js';
import { Progress } from '../src/cli/output/progress.js';

function fakeIo(stderrIsTTY: boolean): { io: CliIo; written: () => string } {
  const stderr = new PassThrough();
  let text = '';
  stderr.on('data', (chunk: Buffer) => {
    text += chunk.toString('utf8');
  });
  const io: CliIo = {
    argv: [],
    stdin: new PassThrough(),
    stdout: new PassThrough(),
    stderr,
    env: {},
    stdinIsTTY: false,
    stdoutIsTTY: false,
    stderrIsTTY,
    cwd: '/',
  };
  return { io, written: () => text };
}

describe('Progress', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('draws records, rate and time left once a run has lasted a second, and clears itself', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(0);
    const { io, written } = fakeIo(true);
    const progress = new Progress(io, { quiet: false, debug: false });
    progress.expect(4_000_000);
    progress.read(1_000_000);
    progress.done();
    await Promise.resolve();
    expect(written()).toBe(''); // not yet: a second has not passed
    vi.setSystemTime(2000);
    progress.done();
    progress.clear();
    await new Promise((resolve) => setImmediate(resolve));
    const erase = '\r\u001b[K';
    expect(written()).toBe(`${erase}2 records · 0.5 MB/s · 1/s · ETA 0:06${erase}`);
  });

  it.each([
    ['stderr is not a terminal', false, { quiet: false, debug: false }],
    ['--quiet', true, { quiet: true, debug: false }],
    ['--debug', true, { quiet: false, debug: true }],
  ])('stays silent when %s', async (_why, tty, flags) => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(0);
    const { io, written } = fakeIo(tty);
    const progress = new Progress(io, flags);
    vi.setSystemTime(5000);
    progress.read(1000);
    progress.done();
    progress.clear();
    await new Promise((resolve) => setImmediate(resolve));
    expect(written()).toBe('');
  });
});
