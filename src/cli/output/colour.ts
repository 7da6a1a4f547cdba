// Decides whether and how richly to colour one output stream, from the injected io rather
// than `process` (chalk's own detection reads the real process, which tests replace).
// Order: FORCE_COLOR when set (0/false: none; 1/true/empty: 16 colours; 2: 256; 3: truecolor),
// then NO_COLOR when non-empty (https://no-color.org), then "is it a terminal", then TERM.
// It never colours JSON; only `check` and `show` ask, and only for their human-readable text.

import type { ChalkInstance } from 'chalk';

export type ColourLevel = 0 | 1 | 2 | 3;

type Env = Readonly<Record<string, string | undefined>>;

export function colourLevel(env: Env, isTTY: boolean): ColourLevel {
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '' || force === 'true') return 1;
    if (force === 'false') return 0;
    const level = Number.parseInt(force, 10);
    return Number.isNaN(level) ? 1 : (Math.max(0, Math.min(level, 3)) as ColourLevel);
  }
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  if (!isTTY || env.TERM === 'dumb') return 0;
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
  if (env.TERM !== undefined && /-256(color)?$/i.test(env.TERM)) return 2;
  return 1;
}

/** A chalk instance at a fixed level (level 0 returns text unchanged). Loaded only when asked for. */
export async function loadChalk(level: ColourLevel): Promise<ChalkInstance> {
  const { Chalk } = await import('chalk');
  return new Chalk({ level });
}
