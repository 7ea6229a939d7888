// @vitest-environment jsdom
/**
 * The staff console's parts in jsdom: the type-ahead (marked letters, arrow keys, Enter), the
 * registration form, the shortcuts, the link handover, and registration when the server fails.
 * The content is the shipped content, the conversation the real machine in assisted mode.
 */
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import type { TFunction } from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createConsoleI18n } from '../../src/i18n/create-console-i18n.js';
import type { ContactEvent } from '../../src/model/contact-event.js';
import { AssistedConsole } from '../../src/staff/console/assisted-console.js';
import { ConsoleSearch } from '../../src/staff/console/console-search.js';
import { ContactOutbox, SendError } from '../../src/staff/console/contact-outbox.js';
import { LinkHandover } from '../../src/staff/console/link-handover.js';
import { RegisterForm } from '../../src/staff/console/register-form.js';
import { TopicTypeahead } from '../../src/staff/console/topic-typeahead.js';
import { WidgetSession } from '../../src/ui/widget-session.js';
import { widgetArticle, widgetCore } from '../../src/widget-data/build/pack.js';
import { typeaheadTopics } from '../../src/widget-data/build/typeahead-pack.js';
import { resolve } from 'node:path';
import { readContent } from '../../src/content/read.js';

// Read by path: content/load.ts finds the folder from import.meta.url, which is no file: URL under jsdom.
const content = readContent(resolve('content')).bundle!;
const typeahead = new TopicTypeahead(typeaheadTopics(content, 'da'));
const intentsOf = (topic: string) => {
  const t = content.topics[topic]!;
  return [t.defaultIntent, ...t.intents.filter((i) => i !== t.defaultIntent)];
};
let t: TFunction;

beforeAll(async () => {
  const i18n = await createConsoleI18n();
  t = i18n.t.bind(i18n);
});

afterEach(() => cleanup());

function field(): HTMLInputElement {
  return screen.getByRole('combobox', { name: 'Emne eller borgerens ord' }) as HTMLInputElement;
}

function activeOption(): HTMLElement | null {
  const id = field().getAttribute('aria-activedescendant');
  return id ? document.getElementById(id) : null;
}

describe('the type-ahead', () => {
  it('starts with focus in the search field, and the list closed', () => {
    render(<ConsoleSearch t={t} typeahead={typeahead} intentsOf={intentsOf} onPick={vi.fn()} contact={0} />);
    expect(document.activeElement).toBe(field());
    expect(field().getAttribute('aria-expanded')).toBe('false');
  });

  it("'fly' shows Anmeld flytning first with the typed letters marked, its usual intent active", () => {
    render(<ConsoleSearch t={t} typeahead={typeahead} intentsOf={intentsOf} onPick={vi.fn()} contact={0} />);
    fireEvent.input(field(), { target: { value: 'fly' } });
    expect(field().getAttribute('aria-expanded')).toBe('true');
    const groups = screen.getAllByRole('group');
    expect(groups[0]!.textContent).toContain('Anmeld flytning');
    expect([...groups[0]!.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['fly']);
    expect(activeOption()?.getAttribute('aria-label')).toBe('Anmeld flytning: Søge, bestille eller anmelde');
    expect(activeOption()?.getAttribute('aria-selected')).toBe('true');
  });

  it('a topic found by a search term shows that term, marked', () => {
    render(<ConsoleSearch t={t} typeahead={typeahead} intentsOf={intentsOf} onPick={vi.fn()} contact={0} />);
    fireEvent.input(field(), { target: { value: 'adresseænd' } });
    const first = screen.getAllByRole('group')[0]!;
    expect(first.textContent).toContain('Anmeld flytning');
    expect(first.querySelector('.kc-term mark')?.textContent).toBe('adresseænd');
  });

  it('arrow keys move the active option and Enter picks the topic with that intent', () => {
    const onPick = vi.fn();
    render(<ConsoleSearch t={t} typeahead={typeahead} intentsOf={intentsOf} onPick={onPick} contact={0} />);
    fireEvent.input(field(), { target: { value: 'fly' } });
    fireEvent.keyDown(field(), { key: 'ArrowDown' });
    expect(activeOption()?.getAttribute('aria-label')).toBe('Anmeld flytning: Læse om regler, priser og frister');
    fireEvent.keyDown(field(), { key: 'ArrowDown' });
    fireEvent.keyDown(field(), { key: 'ArrowUp' });
    fireEvent.keyDown(field(), { key: 'Enter' });
    expect(onPick).toHaveBeenCalledWith({ kind: 'topic', topic: 'flytning', intent: 'information' });
    // Focus never left the field: aria-activedescendant moved instead.
    expect(document.activeElement).toBe(field());
    expect(field().getAttribute('aria-expanded')).toBe('false');
  });

  it("Enter at once picks the first topic and its usual intent: 'pa' + Enter is a passport application", () => {
    const onPick = vi.fn();
    render(<ConsoleSearch t={t} typeahead={typeahead} intentsOf={intentsOf} onPick={onPick} contact={0} />);
    fireEvent.input(field(), { target: { value: 'pa' } });
    fireEvent.keyDown(field(), { key: 'Enter' });
    expect(onPick).toHaveBeenCalledWith({ kind: 'topic', topic: 'pas', intent: 'transaction' });
  });

  it('the last option searches the words as free text; with no topic matching, it is the only one', () => {
    const onPick = vi.fn();
    render(<ConsoleSearch t={t} typeahead={typeahead} intentsOf={intentsOf} onPick={onPick} contact={0} />);
    fireEvent.input(field(), { target: { value: 'qqqzzz' } });
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Søg i fritekst: »qqqzzz«']);
    fireEvent.keyDown(field(), { key: 'Enter' });
    expect(onPick).toHaveBeenCalledWith({ kind: 'freeText', text: 'qqqzzz' });
  });

  it('Escape empties the field and closes the list', () => {
    render(<ConsoleSearch t={t} typeahead={typeahead} intentsOf={intentsOf} onPick={vi.fn()} contact={0} />);
    fireEvent.input(field(), { target: { value: 'pas' } });
    fireEvent.keyDown(field(), { key: 'Escape' });
    expect(field().value).toBe('');
    expect(field().getAttribute('aria-expanded')).toBe('false');
  });
});

describe('the registration form', () => {
  const props = () => ({ t, onCame: vi.fn(), onRegister: vi.fn(), onMissingCame: vi.fn(), status: null, busy: false });

  it('registers in two clicks: how the citizen came, then an outcome', () => {
    const p = props();
    const { rerender } = render(<RegisterForm {...p} came={null} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Skranke' }));
    expect(p.onCame).toHaveBeenCalledWith('desk');
    rerender(<RegisterForm {...p} came="desk" />);
    fireEvent.click(screen.getByRole('button', { name: 'Ikke løst – selvbetjent med hjælp' }));
    expect(p.onRegister).toHaveBeenCalledWith({ came: 'desk', solvedAtFirstContact: false, selfServiceWithHelp: true });
  });

  it('an outcome before the way in registers nothing and sends focus to the first way in', () => {
    const p = props();
    render(<RegisterForm {...p} came={null} />);
    fireEvent.click(screen.getByRole('button', { name: 'Løst – selvbetjent med hjælp' }));
    expect(p.onRegister).not.toHaveBeenCalled();
    expect(p.onMissingCame).toHaveBeenCalled();
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Telefon' }));
  });

  it('says what happened in a live region', () => {
    render(<RegisterForm {...props()} came="phone" status={{ kind: 'error', text: 'Henvendelsen kunne ikke gemmes.' }} />);
    expect(screen.getByRole('status').textContent).toBe('Henvendelsen kunne ikke gemmes.');
  });
});

describe('the outbox', () => {
  it('keeps a contact the server refused and sends it first at the next registration, never twice', async () => {
    const sent: string[] = [];
    let down = true;
    const outbox = new ContactOutbox<string>(async (c) => {
      if (down) throw new SendError('serveren kunne ikke nås');
      sent.push(c);
    });
    expect(await outbox.register('a')).toEqual({ sent: 0, waiting: 1, error: 'serveren kunne ikke nås' });
    down = false;
    const [first, second] = await Promise.all([outbox.register('b'), outbox.register('c')]);
    expect(sent).toEqual(['a', 'b', 'c']);
    expect(first.error).toBeNull();
    expect(first.sent + second.sent).toBe(3);
    expect(outbox.waiting).toBe(0);
  });
});

describe('the link handover', () => {
  it('copies the link and says so in a live region; the QR code is an SVG path with no inline style', async () => {
    const copy = vi.fn(async () => undefined);
    render(<LinkHandover t={t} href="https://www.borger.dk/pas" label="Bestil tid" copy={copy} />);
    fireEvent.click(screen.getByRole('button', { name: 'Kopiér linket' }));
    expect(copy).toHaveBeenCalledWith('https://www.borger.dk/pas');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Linket er kopieret.'));
    const qr = screen.getByRole('img', { name: 'QR-kode til Bestil tid' });
    expect(qr.querySelector('path')?.getAttribute('d')).toMatch(/^M/);
    expect(qr.outerHTML).not.toMatch(/style=/);
  });

  it('says in words when the clipboard refuses', async () => {
    render(<LinkHandover t={t} href="https://www.borger.dk/pas" label="Bestil tid" copy={() => Promise.reject(new Error('denied'))} />);
    fireEvent.click(screen.getByRole('button', { name: 'Kopiér linket' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/kunne ikke kopieres/));
  });
});

describe('the console', () => {
  const at = () => new Date('2026-12-01T10:30:00+01:00');

  async function renderConsole(send: (c: ContactEvent) => Promise<void> = async () => undefined) {
    const session = new WidgetSession({
      core: widgetCore(content, 'da'),
      municipality: content.municipalities.demo!,
      uiLang: 'da',
      assisted: true,
      loadArticle: async (l, topic) => widgetArticle(content.topics[topic]!, l),
      clock: at,
    });
    await session.start(() => undefined);
    const loadGuidance = vi.fn(async () => ({}));
    const outbox = new ContactOutbox<ContactEvent>(send);
    render(<AssistedConsole t={t} session={session} typeahead={typeahead} municipalityName="Kanalby Kommune" loadGuidance={loadGuidance} outbox={outbox} copy={async () => undefined} />);
    return { session, loadGuidance, outbox };
  }

  async function recommendPassport() {
    fireEvent.input(field(), { target: { value: 'pa' } });
    fireEvent.keyDown(field(), { key: 'Enter' });
    await screen.findByRole('heading', { name: 'Anbefaling: Pas' });
  }

  it('Alt+N starts a new contact from anywhere: the conversation starts over, the field empties and takes focus', async () => {
    const { session } = await renderConsole();
    await recommendPassport();
    expect(session.actor.getSnapshot().value).toBe('recommending');
    act(() => {
      fireEvent.keyDown(document.body, { key: 'n', code: 'KeyN', altKey: true });
    });
    expect(session.actor.getSnapshot().value).toBe('askingNeed');
    await waitFor(() => expect(document.activeElement).toBe(field()));
    expect(field().value).toBe('');
  });

  it('a key without its modifier is no shortcut (WCAG 2.1.4): n and r alone do nothing', async () => {
    const { session } = await renderConsole();
    await recommendPassport();
    fireEvent.keyDown(document.body, { key: 'n', code: 'KeyN' });
    fireEvent.keyDown(document.body, { key: 'r', code: 'KeyR' });
    expect(session.actor.getSnapshot().value).toBe('recommending');
    expect(document.activeElement?.closest('#kc-register')).toBeNull();
  });

  it('Alt+R puts focus on the first outcome; with the way in chosen, Enter there registers the topic and intent', async () => {
    const sent: ContactEvent[] = [];
    await renderConsole(async (c) => void sent.push(c));
    await recommendPassport();
    fireEvent.click(screen.getByRole('radio', { name: 'Telefon' }));
    fireEvent.keyDown(document.body, { key: 'r', code: 'KeyR', altKey: true });
    expect(document.activeElement?.textContent).toBe('Løst – selvbetjent med hjælp');
    fireEvent.click(document.activeElement!);
    await waitFor(() => expect(screen.getByText('Henvendelsen er registreret.')).toBeTruthy());
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ v: 1, topic: 'pas', intent: 'transaction', came: 'phone', solvedAtFirstContact: true, selfServiceWithHelp: true });
    expect(sent[0]!.ts).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
  });

  it('a registration the server refuses is said in words, kept, and sent with the next one', async () => {
    let fail = true;
    const sent: ContactEvent[] = [];
    const { outbox } = await renderConsole(async (c) => {
      if (fail) throw new SendError('serveren svarede 500: the contact was not stored; send it again');
      sent.push(c);
    });
    await recommendPassport();
    fireEvent.click(screen.getByRole('radio', { name: 'Chat' }));
    fireEvent.click(screen.getByRole('button', { name: 'Løst – uden selvbetjening' }));
    await screen.findByText(/Henvendelsen kunne ikke gemmes på serveren: serveren svarede 500/);
    expect(outbox.waiting).toBe(1);
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Ikke løst ved første kontakt' }));
    await screen.findByText('Registreret: 2 henvendelser, også dem der ventede.');
    expect(sent.map((c) => [c.came, c.solvedAtFirstContact, c.selfServiceWithHelp])).toEqual([
      ['chat', true, false],
      ['chat', false, false],
    ]);
  });

  it('shows the staff guidance for the chosen topic and intent beside the recommendation', async () => {
    const { loadGuidance } = await renderConsole();
    loadGuidance.mockResolvedValue({
      transaction: {
        steps: ['Bed borgeren booke tid.', 'Tjek billedet.'],
        have: ['det gamle pas'],
        pitfalls: ['Borgeren tror, det kan ske online.'],
        meeting: 'Altid møde.',
        proxy: 'Ingen fuldmagt: borgeren skal selv møde op.',
        verify: true,
      },
    } as never);
    await recommendPassport();
    const panel = await screen.findByRole('region', { name: 'Vejledning til dig' });
    await waitFor(() => expect(panel.textContent).toContain('Bed borgeren booke tid.'));
    expect(panel.textContent).toContain('Tjek lokalt');
    expect(panel.textContent).toContain('Ingen fuldmagt');
    expect(loadGuidance).toHaveBeenCalledWith('pas');
  });
});

describe('marking the matched letters', () => {
  it('one typed letter is marked once, where it first occurs, not at every occurrence', () => {
    const first = typeahead.suggest('a')[0]!;
    expect(first.title.filter((s) => s.hit)).toHaveLength(1);
  });

  it('scattered single letters of a fuzzy match are not marked: only runs as long as the query', () => {
    for (const s of typeahead.suggest('flyt')) {
      const marked = [...s.title, ...(s.term ?? [])].filter((p) => p.hit).map((p) => p.text.length);
      expect(marked.every((n) => n >= 2)).toBe(true);
    }
  });
});
