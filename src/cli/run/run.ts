// Runs an extract run's items through rendering, in this thread (--jobs 1) or in a pool of
// workers (--jobs N), and hands each rendered record to `emit` in input order. Input is read only
// as fast as output is written: memory stays flat on any input size. It does not read inputs
// (input/) or write output (output/); `emit` does, and says when nobody reads any more.

import type { Item } from '../input/inputs.js';
import type { Pool } from './pool.js';
import { type Rendered, type RenderSettings, renderChunk, renderTask, type Task } from './tasks.js';

/** Prints one rendered record; false once nobody reads the output any more. */
export type Emit = (rendered: Rendered) => Promise<boolean>;

/** --jobs 1: renders each item in this thread and prints it, until output closes. */
export async function runHere(items: AsyncIterable<Item>, render: RenderSettings, emit: Emit): Promise<void> {
  for await (const item of items) {
    if (item.kind !== 'chunk') {
      if (!(await emit(renderTask(item, render)))) return;
      continue;
    }
    for (const rendered of renderChunk(item.chunk, render)) if (!(await emit(rendered))) return;
  }
}

/** Tasks per batch sent to a worker, and the most text one batch carries. */
const BATCH_TASKS = 64;
const BATCH_CHARS = 1 << 20;
/** Batches in flight per worker: enough to keep each busy, few enough to keep memory flat. */
const BATCHES_PER_WORKER = 2;

/**
 * Sends tasks to the pool in batches and prints the results in input order. Input is read only
 * while fewer than BATCHES_PER_WORKER batches per worker are in flight, and a batch's lines are
 * printed with backpressure before the next is awaited: memory stays flat on any input size.
 */
export async function runInPool(pool: Pool, items: AsyncIterable<Item>, emit: Emit): Promise<void> {
  const inFlight: Promise<Rendered[]>[] = [];
  let open = true;
  const drainOne = async (): Promise<void> => {
    const rendered = await (inFlight.shift() as Promise<Rendered[]>);
    for (const r of rendered) if (open && !(await emit(r))) open = false;
  };
  let batch: Task[] = [];
  let chars = 0;
  for await (const item of items) {
    if (item.kind === 'chunk') {
      // A chunk is a batch of its own; the tasks before it go first.
      if (batch.length > 0) inFlight.push(pool.run(batch));
      inFlight.push(pool.run(item.chunk));
    } else {
      batch.push(item);
      chars += item.kind === 'failed' ? 0 : item.text.length;
      if (batch.length < BATCH_TASKS && chars < BATCH_CHARS) continue;
      inFlight.push(pool.run(batch));
    }
    batch = [];
    chars = 0;
    while (inFlight.length >= pool.size * BATCHES_PER_WORKER) await drainOne();
    if (!open) return;
  }
  if (batch.length > 0) inFlight.push(pool.run(batch));
  while (inFlight.length > 0 && open) await drainOne();
}
