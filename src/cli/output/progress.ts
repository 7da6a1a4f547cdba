// A progress line on stderr for long runs: records done, throughput and, when the input's size
// is known, time left. Shown only when stderr is a terminal, never with --quiet or --debug, and
// only once a run has lasted a second (small inputs stay silent). Redrawn at most four times a
// second; cleared before any other stderr line and at the end.

import type { CliIo } from '../io.js';

const FIRST_DRAW_MS = 1000;
const REDRAW_MS = 250;

export class Progress {
  private readonly enabled: boolean;
  private readonly started = Date.now();
  private lastDraw = 0;
  private shown = false;
  private records = 0;
  private bytesRead = 0;
  private bytesExpected = 0;

  constructor(
    private readonly io: CliIo,
    settings: { quiet: boolean; debug: boolean },
  ) {
    this.enabled = io.stderrIsTTY && !settings.quiet && !settings.debug;
  }

  /** The size of an input about to be read, when known (files, not pipes). */
  expect(bytes: number): void {
    this.bytesExpected += bytes;
  }

  read(bytes: number): void {
    this.bytesRead += bytes;
  }

  /** One more record printed. */
  done(): void {
    this.records++;
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.started < FIRST_DRAW_MS || now - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = now;
    this.draw(now);
  }

  clear(): void {
    if (!this.shown) return;
    this.io.stderr.write('\r\x1b[K');
    this.shown = false;
  }

  private draw(now: number): void {
    const seconds = (now - this.started) / 1000;
    const mb = this.bytesRead / 1e6;
    const parts = [
      `${this.records.toLocaleString('en')} records`,
      `${(mb / seconds).toFixed(1)} MB/s`,
      `${Math.round(this.records / seconds)}/s`,
    ];
    if (this.bytesExpected > this.bytesRead && this.bytesRead > 0) {
      const left = ((this.bytesExpected - this.bytesRead) / this.bytesRead) * seconds;
      parts.push(`ETA ${Math.floor(left / 60)}:${String(Math.round(left % 60)).padStart(2, '0')}`);
    }
    this.io.stderr.write(`\r\x1b[K${parts.join(' · ')}`);
    this.shown = true;
  }
}
