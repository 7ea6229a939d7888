// @vitest-environment jsdom
/** The question field, topic choices, the emergency card and read-aloud. */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AskForm } from '../../src/ui/components/ask-form.js';
import { CautionLine } from '../../src/ui/components/caution-line.js';
import { EmergencyCard } from '../../src/ui/components/emergency-card.js';
import { ReadAloud } from '../../src/ui/components/read-aloud.js';
import { TopicChoices } from '../../src/ui/components/topic-choices.js';
import { testI18n } from './i18n.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('AskForm', () => {
  it('submits the trimmed question on Enter and ignores an empty one', () => {
    const onAsk = vi.fn();
    render(<AskForm t={testI18n('da')} onAsk={onAsk} autoFocus />);
    const field = screen.getByLabelText('Hvad har du brug for hjælp til?');
    expect(document.activeElement).toBe(field);
    fireEvent.submit(field.closest('form')!);
    expect(onAsk).not.toHaveBeenCalled();
    fireEvent.input(field, { target: { value: '  jeg skal flytte  ' } });
    fireEvent.submit(field.closest('form')!);
    expect(onAsk).toHaveBeenCalledWith('jeg skal flytte');
  });

  it('warns against personal data, tied to the field', () => {
    render(<AskForm t={testI18n('da')} onAsk={vi.fn()} autoFocus={false} />);
    const hint = document.getElementById(screen.getByRole('textbox').getAttribute('aria-describedby')!);
    expect(hint?.textContent).toMatch(/CPR-nummer/);
  });
});

describe('TopicChoices', () => {
  it('offers each topic as a button', () => {
    const onChoose = vi.fn();
    render(<TopicChoices heading="Det spørger mange om" label="Det spørger mange om" topics={['pas', 'affald']} title={(id) => id.toUpperCase()} onChoose={onChoose} />);
    fireEvent.click(screen.getByRole('button', { name: 'AFFALD' }));
    expect(onChoose).toHaveBeenCalledWith('affald');
  });
});

describe('EmergencyCard', () => {
  it('puts 112 first and the crisis line next, as tel: links', () => {
    render(
      <EmergencyCard
        t={testI18n('da')}
        lang="da"
        canContinue={false}
        onContinue={vi.fn()}
        recommendation={{
          topic: null,
          intent: null,
          channel: 'emergency',
          action: { kind: 'phone', href: 'tel:112', label: 'Ring 112' },
          alternatives: [{ channel: 'emergency', action: { kind: 'phone', href: 'tel:+4570201201', label: 'Livslinien: 70 201 201' } }],
          authority: null,
          open: true,
          opensAt: null,
          closesAt: null,
          reason: { da: 'Ring 112 nu.', en: 'Call 112 now.' },
        }}
      />,
    );
    const links = screen.getAllByRole('link');
    expect(links.map((l) => l.getAttribute('href'))).toEqual(['tel:112', 'tel:+4570201201']);
    expect(screen.getByRole('alert')).toBeTruthy();
  });
});

describe('ReadAloud', () => {
  it('is not offered where the browser has no voice for the language', () => {
    vi.stubGlobal('speechSynthesis', { getVoices: () => [], addEventListener: vi.fn(), removeEventListener: vi.fn() });
    render(<ReadAloud text="Hej" lang="da" label="Læs op" />);
    expect(screen.queryByRole('button', { name: 'Læs op' })).toBeNull();
  });

  it('speaks the message in a Danish voice where there is one', () => {
    const speak = vi.fn();
    const voice = { lang: 'da-DK', name: 'Dansk' };
    vi.stubGlobal('speechSynthesis', { getVoices: () => [voice], addEventListener: vi.fn(), removeEventListener: vi.fn(), speak, cancel: vi.fn() });
    vi.stubGlobal(
      'SpeechSynthesisUtterance',
      class {
        voice: unknown;
        lang = '';
        constructor(readonly text: string) {}
      },
    );
    render(<ReadAloud text="Hvad har du brug for?" lang="da" label="Læs op" />);
    fireEvent.click(screen.getByRole('button', { name: 'Læs op' }));
    expect(speak).toHaveBeenCalledWith(expect.objectContaining({ text: 'Hvad har du brug for?', lang: 'da-DK', voice }));
  });
});

describe('CautionLine', () => {
  const emergency = {
    emergency: { name: { da: 'Alarm 112', en: 'Emergency 112' }, phone: { href: 'tel:112', label: '112', verify: false } },
    lines: {
      suicide: [{ name: { da: 'Livslinien', en: 'Livslinien' }, phone: { href: 'tel:+4570201201', label: '70 201 201', verify: false } }],
      fire: [],
    },
  };
  it('asks whether anyone is in danger, with 112 and the crisis line for the kind', () => {
    render(<CautionLine t={testI18n('da')} kind="suicide" emergency={emergency} lang="da" />);
    const region = screen.getByRole('region', { name: 'Er nogen i fare lige nu? Ring 112.' });
    expect(region).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Ring 112' }).getAttribute('href')).toBe('tel:112');
    expect(screen.getByRole('link', { name: /Livslinien/ }).getAttribute('href')).toBe('tel:+4570201201');
  });

  it('offers 112 alone where the kind has no line of its own (fire)', () => {
    render(<CautionLine t={testI18n('en')} kind="fire" emergency={emergency} lang="en" />);
    expect(screen.getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual(['tel:112']);
  });
});
