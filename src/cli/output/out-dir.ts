// `--out-dir DIR`: each record goes to DIR/NAME.json instead of standard output. It does not
// render records (run/) or print to a stream (output.ts).

import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Rendered } from '../run/tasks.js';

/**
 * `--out-dir DIR`: each record goes to DIR/NAME.json, NAME being the input's file name without
 * its extension (or the NDJSON id; "stdin" for standard input). An existing file is left alone
 * unless --force; two inputs with one NAME in a run never overwrite each other.
 */
export class OutDir {
  written = 0;
  private readonly used = new Set<string>();
  private ready = false;

  constructor(
    private readonly dir: string,
    private readonly force: boolean,
  ) {}

  /** Writes the record's file; a message saying why not, or null. */
  write(rendered: Rendered): string | null {
    const name = `${fileStem(rendered.source)}.json`;
    if (this.used.has(name)) return `not written: another input of this run is also ${name}`;
    this.used.add(name);
    try {
      if (!this.ready) mkdirSync(this.dir, { recursive: true });
      this.ready = true;
      writeFileSync(join(this.dir, name), rendered.line, { flag: this.force ? 'w' : 'wx' });
    } catch (error) {
      const code = (error as { code?: string }).code;
      return code === 'EEXIST'
        ? `not written: ${name} exists (use --force to overwrite)`
        : `cannot write ${name}: ${(error as Error).message}`;
    }
    this.written++;
    return null;
  }
}

/** "fixtures/ap-story.txt" -> "ap-story"; "feed.ndjson:12" -> "feed-12"; an id -> itself, made safe. */
function fileStem(source: string | null): string {
  if (source === null) return 'stdin';
  const base = basename(source).replace(/\.(?:txt|text|md|html?)$/i, '');
  return base.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^[.-]+/, '') || 'record';
}
