// A worker thread for --jobs N: renders batches of tasks sent by the pool and posts the lines
// back, batch by batch. All it runs is renderTask, as the main thread does with --jobs 1.

import { parentPort, workerData } from 'node:worker_threads';
import { trimHeap } from './heap.js';
import { type RenderSettings, renderTask, type Task } from './render.js';

const settings = workerData as RenderSettings;
// The worker's heap is trimmed like the main thread's; the timer never keeps the worker alive.
trimHeap();

parentPort?.on('message', (message: { id: number; tasks: Task[] }) => {
  parentPort?.postMessage({ id: message.id, rendered: message.tasks.map((task) => renderTask(task, settings)) });
});
