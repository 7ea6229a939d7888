/**
 * The recommendation: one primary action, its opening state, what you need and can expect, the
 * alternatives, who handles it and why. Criteria: the primary action is the first focusable
 * element and the most prominent; every link is https: or tel:; the reason is one keypress away.
 */
import type { TFunction } from 'i18next';
import { validFacts } from '../../domain/valid-facts.js';
import type { CardArticle } from '../../widget-data/unpack.js';
import type { Action, Recommendation } from '../../model/recommendation.js';
import { sayWhen } from '../../domain/sentences.js';
import type { ContentLang, RoutableChannel } from '../../model/vocabulary.js';
import { safeHref } from '../safe-href.js';

interface Props {
  t: TFunction;
  recommendation: Recommendation;
  article: CardArticle | null;
  authorityName: string;
  lang: ContentLang;
  now: Date;
  /** The citizen said they cannot use MitID: do not list it among what they need. */
  withoutMitId: boolean;
  onFollow: (channel: RoutableChannel) => void;
}

function ActionLink({ action, primary, onClick }: { action: Action; primary: boolean; onClick: () => void }) {
  const href = safeHref(action.href);
  const external = href?.startsWith('https:');
  return (
    <a class={`button ${primary ? 'primary' : 'secondary'}`} href={href} target={external ? '_blank' : undefined} rel={external ? 'noopener' : undefined} onClick={onClick}>
      {action.label}
    </a>
  );
}

function openingLine(t: TFunction, r: Recommendation, lang: ContentLang, now: Date): string | null {
  if (r.open === true) return r.closesAt ? t('card.openNow', { time: r.closesAt.slice(11, 16) }) : t('card.openNowAllDay');
  if (r.open === false && r.opensAt) return t('card.closed', { when: sayWhen(new Date(r.opensAt), now, lang) });
  if (r.channel === 'selfservice' || r.channel === 'minside' || r.channel === 'web') return t('card.alwaysOpen');
  return null;
}

export function RecommendationCard({ t, recommendation: r, article, authorityName, lang, now, withoutMitId, onFollow }: Props) {
  const needs = ((r.intent && article?.intents[r.intent]?.needs) || []).filter((n) => !(withoutMitId && /mit ?id/i.test(n)));
  const facts = validFacts(article?.facts ?? [], now).filter((f) => f.kind !== 'other');
  const state = openingLine(t, r, lang, now);
  return (
    <section class="card" aria-labelledby="kg-card-title">
      <h3 id="kg-card-title">{article?.title ?? t('card.heading')}</h3>
      <ActionLink action={r.action} primary onClick={() => onFollow(r.channel)} />
      {state && <p class="state">{state}</p>}
      {needs.length > 0 && (
        <div>
          <strong>{t('card.needs')}</strong>
          <ul>
            {needs.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </div>
      )}
      {facts.length > 0 && (
        <div>
          <strong>{t('card.expect')}</strong>
          <ul>
            {facts.map((f) => (
              <li key={f.text}>
                {f.text} {f.verify && <span class="hint">{t('card.verify')}</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
      {r.alternatives.length > 0 && (
        <div>
          <strong>{t('card.alternatives')}</strong>
          <ul class="alternatives">
            {r.alternatives.map((a) => (
              <li key={a.channel}>
                <ActionLink action={a.action} primary={false} onClick={() => onFollow(a.channel)} />
              </li>
            ))}
          </ul>
        </div>
      )}
      <p class="hint">{t('card.authority', { name: authorityName })}</p>
      <details>
        <summary>{t('card.why')}</summary>
        <p>{r.reason[lang]}</p>
      </details>
    </section>
  );
}
