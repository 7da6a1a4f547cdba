#!/usr/bin/env node
// The installed `wirecut` command: runs the compiled CLI on the real process. All logic is in
// src/cli/main.ts; the exit status is set, not forced, so piped output is flushed first.
import { main, processIo } from '../dist/cli/main.js';

process.exitCode = await main(processIo(process));
