#!/usr/bin/env node
// The installed `wirecut` command: runs the compiled CLI on the real process. All logic is in
// src/cli/commands/main.ts; the exit status is set, not forced, so piped output is flushed first.
// `wirecut --version` alone is answered here, before any module loads: it is the start-up a
// script pays most often.
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
} else {
  const { main, processIo } = await import('../dist/cli/commands/main.js');
  process.exitCode = await main(processIo(process));
}
