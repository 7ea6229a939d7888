/**
 * WAL checkpoints in a worker thread, off the event loop. SQLite's automatic checkpoint runs in
 * the connection that commits, every 1,000 pages, and with `synchronous=NORMAL` it syncs the WAL
 * and the database file there: measured on the collector's inserts, three quarters of a commit's
 * time was that checkpoint, most of it waiting on the disk, while every request on the server
 * waited too (better-sqlite3 is synchronous). Here the writer's own automatic checkpoint is off
 * and a second connection in a worker thread copies the WAL into the database every 100 ms, so
 * the event loop goes on taking requests while the disk syncs.
 *
 * A PASSIVE checkpoint never waits for the writer, so under a steady load it never catches up
 * with the last commit and the WAL would grow for as long as the load lasts; past
 * `restartFrames` the worker takes a RESTART checkpoint, which waits for the writer's
 * transaction to end and makes the next one write the WAL from its start again. If the worker
 * fails, the writer's automatic checkpoint is turned back on: slower, never unbounded.
 *
 * Durability is SQLite's own: a transaction is in the WAL file when its commit returns (it
 * survives the process being killed), and the WAL is synced at each checkpoint, so a power
 * failure loses at most the commits of the last 100 ms or so, where the automatic checkpoint
 * could lose the last 1,000 pages' worth.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';

export interface CheckpointerOptions {
  /** How often the worker checkpoints, when the WAL has frames to copy. */
  intervalMs: number;
  /** WAL frames (pages) past which the worker waits for the writer to restart the WAL. */
  restartFrames: number;
}

export const DEFAULT_CHECKPOINTER: CheckpointerOptions = { intervalMs: 100, restartFrames: 16_384 };

/** SQLite's default automatic checkpoint, put back when the worker fails. */
const AUTOCHECKPOINT_PAGES = 1000;

/**
 * Plain JavaScript evaluated in the worker: the server runs from TypeScript under tsx, and the
 * tests under Vitest, and neither carries its loader into a worker thread, so the worker's code
 * must not need one. It opens its own connection (better-sqlite3 connections are per thread).
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { timeout: workerData.busyTimeoutMs });
db.pragma('synchronous = NORMAL');
function checkpoint() {
  const [{ log }] = db.pragma('wal_checkpoint(PASSIVE)');
  if (log >= workerData.restartFrames) db.pragma('wal_checkpoint(RESTART)');
}
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.on('message', () => {
  clearInterval(timer);
  checkpoint();
  db.close();
  parentPort.close();
});
`;

export interface Checkpointer {
  /** Checkpoints once more and stops the worker. */
  stop(): Promise<void>;
}

/** Takes over `db`'s checkpoints (a WAL database at `file`) until stopped. */
export function startCheckpointer(db: Database.Database, file: string, busyTimeoutMs: number, options: CheckpointerOptions): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  db.pragma('wal_autocheckpoint = 0');
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, file, busyTimeoutMs, ...options } });
  let failed = false;
  worker.on('error', () => {
    failed = true;
    if (db.open) db.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`);
  });
  // The worker holds no request: it must not keep a process alive that has nothing else to do.
  worker.unref();
  return {
    stop: () =>
      new Promise<void>((resolve) => {
        if (failed) return resolve();
        // Held again so the last checkpoint is not cut short by a process with nothing else to do.
        worker.ref();
        worker.once('exit', () => resolve());
        worker.postMessage('stop');
      }),
  };
}
