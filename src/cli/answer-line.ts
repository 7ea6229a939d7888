/** One line of the route contract answered: what `route --jsonl` writes for each line it reads. */
import type { RouteAnswer } from '../model/route-answer.js';
import { type ChannelRouter, contractLine } from '../routing/channel-router.js';
import { parseRouteLine } from '../routing/route-request.js';

export type LineError = { error: string; line: number };

/** One line in, exactly one line out: an answer, or `{error, line}` whatever went wrong, so no line is lost. */
export function answerLine(router: ChannelRouter, line: string, n: number): RouteAnswer | LineError {
  try {
    const parsed = parseRouteLine(line, router.content);
    if (!parsed.ok) return { error: parsed.error, line: n };
    return contractLine(router.route(parsed.request));
  } catch (e) {
    return { error: `could not route: ${e instanceof Error ? e.message : String(e)}`, line: n };
  }
}
