/** The recommendation's reason in plain words: the strategy's sentence, then what else applies. */
import type { ContentLang } from '../model/vocabulary.js';
import { authorityName } from './authority-name.js';
import type { Option } from './channel-options.js';
import type { OpeningState } from './opening-hours.js';
import type { RouteContext } from './route-context.js';
import { fill, sayWhen } from './sentences.js';
import { validFacts } from './valid-facts.js';
import type { Plan } from './strategy.js';

/**
 * `phone` is the answering phone's state: a closed phone's opening time is said unless the
 * citizen is sent to assisted help anyway.
 */
export function reasonText(ctx: RouteContext, plan: Plan, phone: OpeningState | null, primary: Option, offered: Option[], lang: ContentLang): string {
  const { content, topic, input } = ctx;
  const values = {
    title: topic.articles[lang].title,
    authority: authorityName(content, topic, ctx.authority, ctx.municipality.name[lang], lang),
    opensAt: primary.state?.opensAt ? sayWhen(primary.state.opensAt, input.now, lang) : '',
    afterHours: ctx.municipality.afterHours?.name[lang] ?? '',
  };
  const sentences = [fill(content.reasons[plan.reason]![lang], values)];
  if (ctx.authority !== 'kommune') sentences.push(fill(content.reasons.authority![lang], values));
  if (!phone?.open && phone?.opensAt && primary.channel !== 'assisted') sentences.push(fill(content.reasons.closed![lang], { ...values, opensAt: sayWhen(phone.opensAt, input.now, lang) }));
  if (offered.some((o) => o !== primary && o.channel === 'assisted' && o.state?.open && o.action.href === ctx.municipality.afterHours?.phone?.href))
    sentences.push(fill(content.reasons['after-hours']![lang], values));
  if (input.circumstances.canUseDigital === null && (primary.channel === 'selfservice' || primary.channel === 'minside')) sentences.push(content.reasons['not-asked']![lang]);
  const level = validFacts(topic.articles[lang].facts, input.now).find((f) => f.kind === 'deadline' || f.kind === 'processing-time');
  if (level) sentences.push(level.text);
  return sentences.join(' ');
}
