/**
 * The SIGKILL test's child: four senders submit batches through the collector's group commit
 * until the process is killed, printing each batch before it is submitted ("try") and its ids
 * once the submission has resolved ("ack"), the moment the collector would answer 202. Now and
 * then a batch is sent again, as a sender retrying after a lost answer does; senders share some
 * batches, so one group often carries the same id twice. Each line is awaited until it is in the
 * pipe: stdout queues what a full pipe does not take, and SQLite's synchronous inserts would
 * never let the queue drain, so a batch could be stored with its "try" line still in the dying
 * process.
 */
import type { LogEvent } from '../../../../src/model/log-event.js';
import { groupCommit } from '../../../../src/server/collect/group-commit.js';
import { routed } from '../../../support/log-events.js';
import { openTarget, type Target } from './targets.js';

const target = JSON.parse(process.argv[2]!) as Target;
const store = await openTarget(target);
const commits = groupCommit(store, { maxEvents: 400, maxWaitMs: 2, maxInFlight: 2 });
const print = (line: string) => new Promise<void>((resolve, reject) => process.stdout.write(`${line}\n`, (error) => (error ? reject(error) : resolve())));
const sent: LogEvent[][] = [];
let next = 0;

async function sender(): Promise<never> {
  for (;;) {
    const i = next++;
    const batch =
      i % 7 === 6
        ? sent[i - 3]!
        : Array.from({ length: [1, 50, 100][i % 3]! }, (_, j) => routed({ ts: new Date(Date.UTC(2026, 11, 1, 8, 0, i * 100 + j)).toISOString(), topic: j % 2 ? 'pas' : 'flytning' }));
    sent[i] = batch;
    await print(`try ${JSON.stringify(batch)}`);
    await commits.submit(batch, new Date());
    await print(`ack ${JSON.stringify(batch.map((e) => e.id))}`);
  }
}

await Promise.all(Array.from({ length: 4 }, sender));
