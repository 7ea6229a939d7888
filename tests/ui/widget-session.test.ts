/** The widget's session at its boundary: names from a page or a link never reach inherited properties. */
import { describe, expect, it, vi } from 'vitest';
import { WidgetSession } from '../../src/ui/widget-session.js';
import { widgetArticle, widgetCore } from '../../src/widget-data/build/pack.js';
import { shippedContent } from '../support/content.js';

const content = shippedContent();

const at = () => new Date('2026-12-01T10:30:00+01:00');

function session(lang: 'da' | 'en' = 'da') {
  const loadArticle = vi.fn(async (l: 'da' | 'en', topic: string) => widgetArticle(content.topics[topic]!, l));
  const s = new WidgetSession({ core: widgetCore(content, lang), municipality: content.municipalities.demo!, uiLang: lang, assisted: false, loadArticle, clock: at });
  void s.start(() => undefined);
  return { s, loadArticle };
}

describe('a topic named from outside (Kanalguide.openTopic, #kanalguide=…)', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('"%s" is no topic: nothing is fetched and the conversation stays at its start', async (name) => {
    const { s, loadArticle } = session();
    await s.chooseTopic(name);
    expect(loadArticle).not.toHaveBeenCalled();
    expect(s.actor.getSnapshot().value).toBe('askingNeed');
    expect(s.title(name)).toBe(name);
    expect(s.article(name)).toBeNull();
  });

  it('a topic brings the topics often needed next with its article (after moving: a new doctor)', async () => {
    const { s } = session();
    expect(s.bundle.topics.flytning!.related).toEqual([]);
    await s.chooseTopic('flytning');
    expect(s.bundle.topics.flytning!.related).toContain('skift-laege');
  });

  it('a real topic loads its article and is recommended', async () => {
    const { s, loadArticle } = session();
    await s.chooseTopic('pas');
    expect(loadArticle).toHaveBeenCalledWith('da', 'pas');
    expect(s.actor.getSnapshot().context.recommendation?.topic).toBe('pas');
  });
});

describe('switching between Danish and English content', () => {
  async function switched(from: ReturnType<typeof session>['s']) {
    const loadArticle = vi.fn(async (l: 'da' | 'en', topic: string) => widgetArticle(content.topics[topic]!, l));
    const next = new WidgetSession({ core: widgetCore(content, 'en'), municipality: content.municipalities.demo!, uiLang: 'en', assisted: false, loadArticle, clock: at });
    const reported: unknown[] = [];
    await next.start((e) => reported.push(e), from.conversation);
    return { next, reported };
  }

  it('keeps the citizen at the recommendation, now in English, without reporting the decision twice', async () => {
    const { s } = session();
    await s.ask('jeg skal melde flytning');
    s.answerDigital(true);
    expect(s.actor.getSnapshot().value).toBe('recommending');
    const { next, reported } = await switched(s);
    const ctx = next.actor.getSnapshot().context;
    expect(next.actor.getSnapshot().value).toBe('recommending');
    expect(ctx.topic).toBe('flytning');
    expect(ctx.canUseDigital).toBe(true);
    expect(ctx.recommendation?.channel).toBe(s.actor.getSnapshot().context.recommendation?.channel);
    expect(ctx.recommendation?.action.label).toBe(content.topics.flytning!.articles.en.intents.transaction!.action);
    expect(reported).toEqual([]);
  });

  it('keeps the emergency card in front', async () => {
    const { s } = session();
    await s.ask('jeg vil ikke leve mere');
    expect(s.actor.getSnapshot().value).toBe('emergency');
    const { next } = await switched(s);
    expect(next.actor.getSnapshot().value).toBe('emergency');
    expect(next.actor.getSnapshot().context.recommendation?.action.href).toBe('tel:112');
  });

  it('starts fresh after the citizen started over', async () => {
    const { s } = session();
    await s.ask('jeg skal melde flytning');
    s.startOver();
    const { next } = await switched(s);
    expect(next.actor.getSnapshot().value).toBe('askingNeed');
  });
});

describe('loading the articles a step needs', () => {
  it('a question loads the best match’s article only, and once', async () => {
    const { s, loadArticle } = session();
    await s.ask('jeg skal have nyt pas');
    expect(loadArticle.mock.calls).toEqual([['da', 'pas']]);
    expect(s.article('pas')?.title).toBe(content.topics.pas!.articles.da.title);
    s.startOver();
    await s.ask('nyt pas');
    await s.chooseTopic('pas');
    expect(loadArticle).toHaveBeenCalledTimes(1);
  });

  it('continuing after an emergency loads every matched topic’s article (each once) before the recommendation', async () => {
    const { s, loadArticle } = session();
    await s.ask('han slår mig lige nu, hvor kan jeg få hjælp til vold');
    expect(s.actor.getSnapshot().value).toBe('emergency');
    const matched = s.actor.getSnapshot().context.matches.map((m) => m.id);
    expect(matched.length).toBeGreaterThan(1);
    await s.continueAfterEmergency();
    expect(loadArticle.mock.calls.map(([, topic]) => topic).sort()).toEqual([...matched].sort());
    expect(s.actor.getSnapshot().context.recommendation?.topic).toBe('vold');
    expect(s.article('vold')).not.toBeNull();
  });

  it('an article that fails to load leaves the conversation where it was, and the next try loads it', async () => {
    const { s, loadArticle } = session();
    loadArticle.mockRejectedValueOnce(new Error('offline'));
    await expect(s.chooseTopic('pas')).rejects.toThrow('offline');
    expect(s.actor.getSnapshot().value).toBe('askingNeed');
    expect(s.article('pas')).toBeNull();
    expect(s.conversation).toEqual([]);
    await s.chooseTopic('pas');
    expect(loadArticle).toHaveBeenCalledTimes(2);
    expect(s.actor.getSnapshot().context.recommendation?.topic).toBe('pas');
  });

  it('a replayed conversation loads the articles of its steps in the new language', async () => {
    const { s } = session();
    await s.chooseTopic('flytning');
    const loadArticle = vi.fn(async (l: 'da' | 'en', topic: string) => widgetArticle(content.topics[topic]!, l));
    const next = new WidgetSession({ core: widgetCore(content, 'en'), municipality: content.municipalities.demo!, uiLang: 'en', assisted: false, loadArticle, clock: at });
    await next.start(() => undefined, s.conversation);
    expect(loadArticle.mock.calls).toEqual([['en', 'flytning']]);
    expect(next.article('flytning')?.title).toBe(content.topics.flytning!.articles.en.title);
  });
});
