// Worker threads for --jobs N. Tasks go out in batches; each batch's lines come back as a
// promise, and the caller awaits them in the order it sent them, so output order never depends
// on which worker finishes first. A worker that dies fails its pending batches with an error
// record per task (nothing lost, nothing printed twice).

import { Worker } from 'node:worker_threads';
import { isBlank, type LineChunk, linesOf } from '../input/line-chunks.js';
import { type Rendered, type RenderSettings, renderTask, type Task } from './tasks.js';

/** What one batch carries: tasks, or a chunk of NDJSON lines. */
export type Work = Task[] | LineChunk;

interface Pending {
  work: Work;
  resolve: (rendered: Rendered[]) => void;
}

/** The source a task's record would have had, for its error record. */
const sourceOf = (task: Task): string | null => (task.kind === 'line' ? `${task.input}:${task.number}` : task.source);

/** The sources of the records a batch would have given (a chunk's blank lines give none). */
function sourcesOf(work: Work): (string | null)[] {
  if (Array.isArray(work)) return work.map(sourceOf);
  const sources: string[] = [];
  for (const line of linesOf(work)) if (!isBlank(line)) sources.push(`${work.input}:${line.number}`);
  return sources;
}

export class Pool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, Pending>();
  private readonly owner = new Map<number, Worker>();
  private nextId = 0;
  private nextWorker = 0;

  constructor(
    size: number,
    private readonly settings: RenderSettings,
  ) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: settings });
      worker.on('message', (message: { id: number; rendered: Rendered[] }) => this.settle(message.id, message.rendered));
      worker.on('error', (error) => this.failAll(worker, error));
      worker.on('exit', (code) => {
        if (code !== 0) this.failAll(worker, new Error(`worker stopped with exit code ${code}`));
      });
      this.workers.push(worker);
    }
  }

  get size(): number {
    return this.workers.length;
  }

  /**
   * Renders a batch on the worker with the fewest batches waiting (the first such in turn): a
   * worker given a slow batch is not handed the next one while another stands idle.
   */
  run(work: Work): Promise<Rendered[]> {
    const id = this.nextId++;
    const load = new Map<Worker, number>(this.workers.map((w) => [w, 0]));
    for (const w of this.owner.values()) load.set(w, (load.get(w) ?? 0) + 1);
    let worker = this.workers[this.nextWorker % this.workers.length] as Worker;
    for (let k = 0; k < this.workers.length; k++) {
      const candidate = this.workers[(this.nextWorker + k) % this.workers.length] as Worker;
      if ((load.get(candidate) ?? 0) < (load.get(worker) ?? 0)) worker = candidate;
    }
    this.nextWorker = (this.workers.indexOf(worker) + 1) % this.workers.length;
    this.owner.set(id, worker);
    return new Promise<Rendered[]>((resolve) => {
      this.pending.set(id, { work, resolve });
      worker.postMessage(Array.isArray(work) ? { id, tasks: work } : { id, chunk: work });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private settle(id: number, rendered: Rendered[]): void {
    const pending = this.pending.get(id);
    this.pending.delete(id);
    this.owner.delete(id);
    pending?.resolve(rendered);
  }

  private failAll(worker: Worker, error: Error): void {
    for (const [id, pending] of this.pending) {
      if (this.owner.get(id) !== worker) continue;
      const message = `extraction failed: ${error.message}`;
      this.settle(
        id,
        sourcesOf(pending.work).map((source) =>
          renderTask({ kind: 'failed', source, error: { code: 'internal-error', message } }, this.settings),
        ),
      );
    }
  }
}
