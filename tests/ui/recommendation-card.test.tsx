// @vitest-environment jsdom
/** The card as a citizen meets it: the primary action first, only safe links, the reason on demand. */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RecommendationCard } from '../../src/ui/components/recommendation-card.js';
import type { Recommendation } from '../../src/model/recommendation.js';
import { testI18n } from './i18n.js';

afterEach(cleanup);

const base: Recommendation = {
  topic: 'flytning',
  intent: 'transaction',
  channel: 'selfservice',
  action: { kind: 'link', href: 'https://www.borger.dk/flytning', label: 'Anmeld flytning på borger.dk' },
  alternatives: [{ channel: 'phone', action: { kind: 'phone', href: 'tel:+4589402000', label: 'Ring til Borgerservice: 89 40 20 00' } }],
  authority: 'kommune',
  open: null,
  opensAt: null,
  closesAt: null,
  reason: { da: 'Det klarer du selv digitalt med MitID.', en: 'You can do this yourself online with MitID.' },
};

function renderCard(r: Recommendation, onFollow = vi.fn(), withoutMitId = false) {
  const t = testI18n('da');
  render(
    <RecommendationCard
      t={t}
      recommendation={r}
      article={{
        title: 'Anmeld flytning',
        summary: '',
        intents: { transaction: { action: 'Anmeld flytning', needs: ['MitID'], cues: [] } },
        facts: [{ kind: 'deadline', text: 'Senest 5 dage efter.', verify: false }],
      }}
      authorityName="Aarhus Kommune"
      lang="da"
      now={new Date('2026-12-01T10:30:00+01:00')}
      withoutMitId={withoutMitId}
      onFollow={onFollow}
    />,
  );
  return onFollow;
}

describe('RecommendationCard', () => {
  it('puts the primary action first, as a link that opens the self-service', () => {
    renderCard(base);
    const links = screen.getAllByRole('link');
    expect(links[0]).toHaveProperty('href', 'https://www.borger.dk/flytning');
    expect(links[0]!.textContent).toBe('Anmeld flytning på borger.dk');
  });

  it('shows what you need, the deadline, the alternatives and who handles it', () => {
    renderCard(base);
    expect(screen.getByText('MitID')).toBeTruthy();
    expect(screen.getByText('Senest 5 dage efter.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Ring til Borgerservice: 89 40 20 00' }).getAttribute('href')).toBe('tel:+4589402000');
    expect(screen.getByText('Det er Aarhus Kommune, der behandler sagen.')).toBeTruthy();
  });

  it('does not ask a citizen without MitID to bring MitID', () => {
    renderCard({ ...base, channel: 'assisted' }, vi.fn(), true);
    expect(screen.queryByText('MitID')).toBeNull();
  });

  it('tells the machine which action the citizen followed', () => {
    const onFollow = renderCard(base);
    fireEvent.click(screen.getByRole('link', { name: 'Ring til Borgerservice: 89 40 20 00' }));
    expect(onFollow).toHaveBeenCalledWith('phone');
  });

  it('never puts a javascript: URL in an href, whatever the configuration says', () => {
    renderCard({ ...base, action: { kind: 'link', href: 'javascript:alert(1)', label: 'Klik' } });
    expect(screen.getByText('Klik').getAttribute('href')).toBeNull();
  });

  it('says when a closed channel opens, in words', () => {
    renderCard({ ...base, channel: 'assisted', open: false, opensAt: '2026-12-02T08:00:00+01:00', action: { kind: 'booking', href: 'https://aarhus.dk/bestil-tid', label: 'Bestil tid' } });
    expect(screen.getByText('Lukket nu – åbner i morgen kl. 08:00')).toBeTruthy();
  });

  it('says when an open phone closes', () => {
    renderCard({ ...base, channel: 'phone', open: true, closesAt: '2026-12-01T15:00:00+01:00', action: { kind: 'phone', href: 'tel:+4589402000', label: 'Ring' } });
    expect(screen.getByText('Åbent nu – lukker kl. 15:00')).toBeTruthy();
  });
});

describe('dated facts', () => {
  it('an expired fee is not shown; one that holds today is', () => {
    const t = testI18n('da');
    render(
      <RecommendationCard
        t={t}
        recommendation={base}
        article={{
          title: 'Pas',
          summary: '',
          intents: {},
          facts: [
            { kind: 'fee', text: 'Et pas koster 600 kr.', verify: true, validTo: '2025-12-31' },
            { kind: 'fee', text: 'Et pas koster 700 kr.', verify: true, validFrom: '2026-01-01' },
          ],
        }}
        authorityName="Aarhus Kommune"
        lang="da"
        now={new Date('2026-12-01T10:30:00+01:00')}
        withoutMitId={false}
        onFollow={vi.fn()}
      />,
    );
    expect(screen.queryByText(/600 kr/)).toBeNull();
    expect(screen.getByText(/700 kr/)).toBeTruthy();
  });
});
