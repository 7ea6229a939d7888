/** The widget's session at its boundary: names from a page or a link never reach inherited properties. */
import { describe, expect, it, vi } from 'vitest';
import { WidgetSession } from '../../src/ui/widget-session.js';
import { widgetArticle, widgetCore } from '../../src/widget-data/build/pack.js';
import { shippedContent } from '../support/content.js';

const content = shippedContent();

function session() {
  const loadArticle = vi.fn(async (lang: 'da' | 'en', topic: string) => widgetArticle(content.topics[topic]!.articles[lang]));
  const s = new WidgetSession({ core: widgetCore(content, 'da'), municipality: content.municipalities.demo!, uiLang: 'da', assisted: false, loadArticle });
  s.start(() => undefined);
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

  it('a real topic loads its article and is recommended', async () => {
    const { s, loadArticle } = session();
    await s.chooseTopic('pas');
    expect(loadArticle).toHaveBeenCalledWith('da', 'pas');
    expect(s.actor.getSnapshot().context.recommendation?.topic).toBe('pas');
  });
});
