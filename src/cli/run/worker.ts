// A worker thread for --jobs N: renders batches sent by the pool (tasks, or chunks of NDJSON
// lines) and posts the lines back, batch by batch. All it runs is renderTask and renderChunk,
// as the main thread does with --jobs 1.

import { parentPort, workerData } from 'node:worker_threads';
import type { LineChunk } from '../input/line-chunks.js';
import { trimHeap } from './heap.js';
import { type RenderSettings, renderChunk, renderTask, type Task } from './tasks.js';

const settings = workerData as RenderSettings;
// The worker's heap is trimmed like the main thread's; the timer never keeps the worker alive.
trimHeap();

/** A batch: tasks, or a chunk of NDJSON lines the worker splits and decodes itself. */
type Batch = { id: number; tasks: Task[] } | { id: number; chunk: LineChunk };

parentPort?.on('message', (message: Batch) => {
  const rendered = 'chunk' in message ? [...renderChunk(message.chunk, settings)] : message.tasks.map((task) => renderTask(task, settings));
  parentPort?.postMessage({ id: message.id, rendered });
});
