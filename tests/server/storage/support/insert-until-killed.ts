/**
 * The SIGKILL test's child: inserts batches into the target until it is killed, printing each
 * batch before it is sent ("try") and its ids once insertEvents has resolved ("ack"), the moment
 * the collector would answer 202. Now and then it sends an earlier batch again, as a sender
 * retrying after a lost answer does. Each line is awaited until it is in the pipe: stdout queues
 * what a full pipe does not take, and SQLite's synchronous inserts would never let the queue
 * drain, so a batch could be stored with its "try" line still in the dying process.
 */
import type { LogEvent } from '../../../../src/model/log-event.js';
import { routed } from '../../../support/log-events.js';
import { openTarget, type Target } from './targets.js';

const target = JSON.parse(process.argv[2]!) as Target;
const store = await openTarget(target);
const print = (line: string) => new Promise<void>((resolve, reject) => process.stdout.write(`${line}\n`, (error) => (error ? reject(error) : resolve())));
const sent: LogEvent[][] = [];
for (let i = 0; ; i += 1) {
  const batch =
    i % 7 === 6
      ? sent[i - 3]!
      : Array.from({ length: [1, 50, 100][i % 3]! }, (_, j) =>
          routed({ ts: new Date(Date.UTC(2026, 11, 1, 8, 0, i * 100 + j)).toISOString(), topic: j % 2 ? 'pas' : 'flytning' }),
        );
  sent.push(batch);
  await print(`try ${JSON.stringify(batch)}`);
  await store.insertEvents(batch, new Date());
  await print(`ack ${JSON.stringify(batch.map((e) => e.id))}`);
}
