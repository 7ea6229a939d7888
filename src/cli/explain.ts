/** The decision told for a person: content editors and staff read this, not JSON. */
import { toIsoWithOffset } from '../domain/copenhagen-time.js';
import { contentLangOf } from '../model/vocabulary.js';
import type { ChannelRouter } from '../routing/channel-router.js';
import type { RouteRequest } from '../routing/route-request.js';
import { own } from '../model/own-key.js';

export function explain(router: ChannelRouter, request: RouteRequest): string {
  const answer = router.route(request);
  const lang = contentLangOf(request.lang);
  const out: string[] = [];
  out.push(`Question:      ${JSON.stringify(request.q)}`);
  out.push(`Municipality:  ${request.municipality}   now: ${toIsoWithOffset(request.now)} (Europe/Copenhagen)`);
  out.push(`Circumstances: can use digital: ${request.canUseDigital ?? 'not asked'}; assisted by staff: ${request.assisted}`);
  if (answer.urgent) out.push('DANGER SIGNALLED: the emergency answer comes first.');
  if (answer.caution) out.push('CAUTION: a weaker danger signal; the answer comes under "Is anyone in danger right now? Call 112" and the fitting crisis line.');
  out.push('');
  out.push(answer.topics.length ? 'Matched topics:' : 'Matched topics: none with confidence (the question is refused).');
  for (const t of answer.topics) out.push(`  ${t.score.toFixed(3)}  ${t.id}  (${own(router.content.topics, t.id)?.articles[lang].title ?? t.id})`);
  out.push(`Inquiry type:  ${answer.intent ?? '-'}`);
  const r = answer.recommendation;
  if (r) {
    out.push('');
    out.push(`Recommended:   ${r.channel} — ${r.action.label}`);
    out.push(`               ${r.action.href}${r.open === null ? '' : r.open ? '   (open now)' : `   (closed; opens ${r.opensAt ?? 'not within three weeks'})`}`);
    out.push(`Authority:     ${r.authority ?? '-'}`);
    for (const a of r.alternatives) out.push(`Alternative:   ${a.channel} — ${a.action.label}  ${a.action.href}`);
    out.push('');
    out.push(`Reason (da):   ${r.reason.da}`);
    out.push(`Reason (en):   ${r.reason.en}`);
  }
  return out.join('\n');
}
