/**
 * The SIGKILL test's child: inserts batches into the target until it is killed, printing each
 * batch before it is sent ("try") and its ids once insertEvents has resolved ("ack"), the moment
 * the collector would answer 202. Now and then it sends an earlier batch again, as a sender
 * retrying after a lost answer does. Writes to a pipe are synchronous on Linux, so a printed
 * line is out before the next statement runs.
 */
import type { LogEvent } from '../../../../src/model/log-event.js';
import { routed } from '../../../support/log-events.js';
import { openTarget, type Target } from './targets.js';

const target = JSON.parse(process.argv[2]!) as Target;
const store = await openTarget(target);
const sent: LogEvent[][] = [];
for (let i = 0; ; i += 1) {
  const batch =
    i % 7 === 6
      ? sent[i - 3]!
      : Array.from({ length: [1, 50, 100][i % 3]! }, (_, j) =>
          routed({ ts: new Date(Date.UTC(2026, 11, 1, 8, 0, i * 100 + j)).toISOString(), topic: j % 2 ? 'pas' : 'flytning' }),
        );
  sent.push(batch);
  process.stdout.write(`try ${JSON.stringify(batch)}\n`);
  await store.insertEvents(batch, new Date());
  process.stdout.write(`ack ${JSON.stringify(batch.map((e) => e.id))}\n`);
}
