/**
 * A one-line progress bar for long imports, redrawn in place. Only on a terminal: in CI logs and
 * pipes a bar is a screenful of carriage returns, so there the import says nothing until its summary.
 */
import type { WriteStream } from 'node:tty';

const WIDTH = 30;

export function progressBar(stream: NodeJS.WriteStream | WriteStream, label: string): ((done: number, total: number) => void) & { end: () => void } {
  const enabled = Boolean(stream.isTTY);
  const started = Date.now();
  let lastDraw = 0;
  let drawn = false;
  const draw = (done: number, total: number) => {
    if (!enabled || total === 0) return;
    const now = Date.now();
    // Ten redraws a second are enough to see it move; thousands would slow a fast import down.
    if (done < total && now - lastDraw < 100) return;
    lastDraw = now;
    const share = Math.min(1, done / total);
    const filled = Math.round(share * WIDTH);
    const seconds = (now - started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const left = rate > 0 ? Math.ceil((total - done) / rate) : 0;
    stream.write(`\r${label} [${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${done}/${total} ${Math.round(share * 100)}%${done < total && rate > 0 ? `, about ${left} s left` : ''}  `);
    drawn = true;
  };
  return Object.assign(draw, {
    end: () => {
      if (drawn) stream.write('\n');
    },
  });
}
