import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** How long the checkpointer waits after a checkpoint that left (almost) nothing behind. */
const IDLE_INTERVAL_MS = 100;
/** How long it waits while the log holds more than `BEHIND_FRAMES` frames it has not copied yet. */
const BUSY_INTERVAL_MS = 5;
const BEHIND_FRAMES = 256;

/**
 * The worker's code (evaluated, so the server bundle needs no second entry point): its own connection to the
 * file; a PASSIVE checkpoint — it waits for no one and blocks no one — every `intervalMs`, sooner while it
 * is behind; a report of each to the parent; a close on `stop`.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('busy_timeout = 0');
db.pragma('synchronous = NORMAL');
let timer = null;
let stopped = false;
function tick() {
  timer = null;
  if (stopped) return;
  let behind = false;
  try {
    const [result] = db.pragma('wal_checkpoint(PASSIVE)');
    behind = result.busy === 0 && result.log - result.checkpointed > workerData.behindFrames;
    parentPort.postMessage(result);
  } catch {
    // Busy or locked for a moment: the next tick tries again.
  }
  timer = setTimeout(tick, behind ? workerData.busyMs : workerData.intervalMs);
}
parentPort.on('message', (message) => {
  if (message !== 'stop') return;
  stopped = true;
  if (timer) clearTimeout(timer);
  db.close();
  parentPort.close();
});
timer = setTimeout(tick, workerData.intervalMs);
`;

/** One checkpoint the worker ran: frames in the log, and how many of them are in the database file. */
export interface CheckpointReport {
  busy: number;
  log: number;
  checkpointed: number;
}

export interface SqliteCheckpointer {
  /** Calls `listener` after each checkpoint the worker ran; returns the unsubscribe. */
  onCheckpoint(listener: (report: CheckpointReport) => void): () => void;
  /** Closes the worker's connection and ends its thread. */
  stop(): Promise<void>;
}

/**
 * Copies a WAL-mode SQLite file's log into the database on a thread of its own. A checkpoint the writing
 * connection runs itself (SQLite's automatic one, after a commit) stops that connection — the server's only
 * one, on the event loop — while it copies and syncs thousands of pages: every request in flight waits tens
 * of milliseconds. Here a second connection copies the log as it grows, without waiting for or blocking
 * anyone (PASSIVE). The writer keeps its automatic checkpoint: it then finds almost everything copied, and
 * only it, between two of its transactions, can finish a checkpoint so that the log starts over.
 */
export function startSqliteCheckpointer(file: string, intervalMs = IDLE_INTERVAL_MS): SqliteCheckpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { file, driver, intervalMs, busyMs: BUSY_INTERVAL_MS, behindFrames: BEHIND_FRAMES },
  });
  // It never keeps the process alive; a worker that fails leaves the writer's own checkpoint to do the work.
  worker.unref();
  worker.on('error', () => undefined);
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  const listeners = new Set<(report: CheckpointReport) => void>();
  worker.on('message', (report: CheckpointReport) => {
    for (const listener of listeners) listener(report);
  });
  return {
    onCheckpoint(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async stop() {
      worker.postMessage('stop');
      await exited;
    },
  };
}
