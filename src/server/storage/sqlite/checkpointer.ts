/**
 * WAL checkpoints in a worker thread, off the event loop. SQLite's automatic checkpoint runs in
 * the connection that commits, every 1,000 pages, and with `synchronous=NORMAL` it syncs the WAL
 * and the database file there: measured on the collector's inserts, three quarters of a commit's
 * time was that checkpoint, most of it waiting on the disk, while every request on the server
 * waited too (better-sqlite3 is synchronous). Here the writer's automatic checkpoint is off and a
 * second connection in a worker thread copies the WAL into the database every `intervalMs`, so
 * the event loop goes on taking requests while the disk syncs.
 *
 * A PASSIVE checkpoint never waits for the writer, so under a steady load it never catches up
 * with the last commit and the WAL would grow for as long as the load lasts; a RESTART
 * checkpoint, which makes the next commit write the WAL from its start again, needs the write
 * lock, and a writer committing back to back starves it (measured: the WAL reached 17,000
 * frames). So past `restartFrames` the worker asks, the store holds its next transaction back
 * (the requests keep gathering in memory; the event loop is not blocked) and the worker
 * restarts the WAL, then lets the writer go on. If the worker fails, the writer's automatic
 * checkpoint is turned back on: slower, never unbounded.
 *
 * Durability is SQLite's own: a transaction is in the WAL file when its commit returns (it
 * survives the process being killed), and the WAL is synced at each checkpoint, so a power
 * failure loses at most the commits since the last one (`intervalMs` and the checkpoint's own
 * time), where the automatic checkpoint could lose the last 1,000 pages' worth.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';

export interface CheckpointerOptions {
  /** How often the worker checkpoints. */
  intervalMs: number;
  /** WAL frames (pages) past which the writer pauses while the worker restarts the WAL. */
  restartFrames: number;
}

export const DEFAULT_CHECKPOINTER: CheckpointerOptions = { intervalMs: 100, restartFrames: 16_384 };

/** SQLite's default automatic checkpoint, put back when the worker fails. */
const AUTOCHECKPOINT_PAGES = 1000;

/** The longest the writer waits for a restart: a worker that hangs must not stop the collector. */
const MAX_PAUSE_MS = 5000;

/**
 * Plain JavaScript evaluated in the worker: the server runs from TypeScript under tsx, and the
 * tests under Vitest, and neither carries its loader into a worker thread, so the worker's code
 * must not need one. It opens its own connection (better-sqlite3 connections are per thread).
 * Messages: it sends 'pause' when the WAL is long, the writer answers 'paused' once no
 * transaction of its own is open, it sends 'restarted'; 'stop' checkpoints once more and ends.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { timeout: workerData.busyTimeoutMs });
db.pragma('synchronous = NORMAL');
let waiting = false;
function checkpoint() {
  if (waiting) return;
  const [{ log }] = db.pragma('wal_checkpoint(PASSIVE)');
  if (log >= workerData.restartFrames) {
    waiting = true;
    parentPort.postMessage('pause');
  }
}
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.on('message', (message) => {
  if (message === 'paused') {
    try {
      db.pragma('wal_checkpoint(RESTART)');
    } finally {
      waiting = false;
      parentPort.postMessage('restarted');
    }
    return;
  }
  clearInterval(timer);
  db.pragma('wal_checkpoint(PASSIVE)');
  db.close();
  parentPort.close();
});
`;

export interface Checkpointer {
  /** While the worker restarts the WAL, a promise for the end of it; otherwise undefined (write now). */
  pause(): Promise<void> | undefined;
  /** Checkpoints once more and stops the worker. */
  stop(): Promise<void>;
}

/** Takes over `db`'s checkpoints (a WAL database at `file`) until stopped. */
export function startCheckpointer(db: Database.Database, file: string, busyTimeoutMs: number, options: CheckpointerOptions): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  db.pragma('wal_autocheckpoint = 0');
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, file, busyTimeoutMs, ...options } });
  let stopped = false;
  let paused: { promise: Promise<void>; resume: () => void } | undefined;

  const resume = () => {
    paused?.resume();
    paused = undefined;
  };

  worker.on('message', (message: string) => {
    if (message === 'restarted') return resume();
    // 'pause': this runs between two tasks of the event loop, so no transaction of ours is open.
    let done!: () => void;
    const promise = new Promise<void>((resolve) => (done = resolve));
    const timeout = setTimeout(resume, MAX_PAUSE_MS);
    paused = {
      promise,
      resume: () => {
        clearTimeout(timeout);
        done();
      },
    };
    worker.postMessage('paused');
  });
  worker.on('error', () => {
    stopped = true;
    resume();
    if (db.open) db.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`);
  });
  worker.on('exit', () => {
    stopped = true;
    resume();
  });
  // The worker holds no request: it must not keep a process alive that has nothing else to do.
  worker.unref();

  return {
    pause: () => paused?.promise,
    stop: () =>
      new Promise<void>((resolve) => {
        if (stopped) return resolve();
        // Held again so the last checkpoint is not cut short by a process with nothing else to do.
        worker.ref();
        worker.once('exit', () => resolve());
        worker.postMessage('stop');
      }),
  };
}
