/**
 * The console's search field: a combobox (WAI-ARIA 1.2 pattern, list autocomplete) whose list
 * holds, per matching topic, one option per inquiry type, the topic's default first, so Enter on
 * the first option picks the best topic and its usual intent at once. The last option searches
 * the words as free text with the routing's topic search (whole sentences, typos, danger signals).
 * Criteria: focus stays in the field while the arrow keys move the active option
 * (aria-activedescendant); the matched letters are marked; Escape empties the field.
 */
import type { TFunction } from 'i18next';
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Intent } from '../../model/vocabulary.js';
import type { Span, TopicSuggestion, TopicTypeahead } from './topic-typeahead.js';

/** What the staff member picked: a topic with an inquiry type, or the words as free text. */
export type SearchPick = { kind: 'topic'; topic: string; intent: Intent } | { kind: 'freeText'; text: string };

interface Props {
  t: TFunction;
  typeahead: TopicTypeahead;
  /** A topic's inquiry types, its default first. */
  intentsOf: (topic: string) => readonly Intent[];
  onPick: (pick: SearchPick) => void;
  /** Changes when a new contact starts: the field empties and takes focus. */
  contact: number;
}

interface Option {
  id: string;
  pick: SearchPick;
}

const MAX_QUERY = 200;

function Marked({ spans }: { spans: Span[] }) {
  return <>{spans.map((s, i) => (s.hit ? <mark key={i}>{s.text}</mark> : s.text))}</>;
}

function plain(spans: Span[]): string {
  return spans.map((s) => s.text).join('');
}

export function ConsoleSearch({ t, typeahead, intentsOf, onPick, contact }: Props) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  // After a pick the list closes, and the field keeps the words; typing or an arrow key opens it again.
  const [closed, setClosed] = useState(false);
  const field = useRef<HTMLInputElement>(null);

  // A new contact empties the field and focuses it before the next keystroke can land (a layout
  // effect, in the same commit; a plain effect's frame's delay let typing arrive first).
  useLayoutEffect(() => {
    setQuery('');
    setActive(0);
    setClosed(false);
    field.current?.focus();
  }, [contact]);

  const suggestions: TopicSuggestion[] = useMemo(() => typeahead.suggest(query), [typeahead, query]);
  const text = query.trim();
  const options: Option[] = [
    ...suggestions.flatMap((s) => intentsOf(s.topic).map((intent) => ({ id: `kc-opt-${s.topic}-${intent}`, pick: { kind: 'topic' as const, topic: s.topic, intent } }))),
    ...(text ? [{ id: 'kc-opt-free', pick: { kind: 'freeText' as const, text } }] : []),
  ];
  const open = options.length > 0 && !closed;
  const current = open ? options[Math.min(active, options.length - 1)] : undefined;

  const choose = (option: Option | undefined) => {
    if (!option) return;
    setClosed(true);
    onPick(option.pick);
  };

  return (
    <div class="kc-searchbox">
      <label for="kc-search">{t('console.search.label')}</label>
      <input
        ref={field}
        id="kc-search"
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls="kc-options"
        aria-activedescendant={current?.id}
        aria-describedby="kc-search-hint"
        autocomplete="off"
        spellcheck={false}
        maxLength={MAX_QUERY}
        value={query}
        onInput={(e) => {
          setQuery((e.target as HTMLInputElement).value);
          setActive(0);
          setClosed(false);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && closed && options.length > 0) {
            e.preventDefault();
            setClosed(false);
          } else if (e.key === 'ArrowDown' && open) {
            e.preventDefault();
            setActive((a) => Math.min(a + 1, options.length - 1));
          } else if (e.key === 'ArrowUp' && open) {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter' && open && !e.altKey && !e.ctrlKey && !e.metaKey) {
            e.preventDefault();
            choose(current);
          } else if (e.key === 'Escape' && query) {
            e.preventDefault();
            setQuery('');
            setActive(0);
            setClosed(false);
          }
        }}
      />
      <p id="kc-search-hint" class="kc-hint">
        {t('console.search.hint')}
      </p>
      <div id="kc-options" role="listbox" aria-label={t('console.search.options')} hidden={!open}>
        {suggestions.map((s) => (
          <div key={s.topic} role="group" aria-labelledby={`kc-group-${s.topic}`} class="kc-group">
            <div role="presentation" id={`kc-group-${s.topic}`} class="kc-group-title">
              <Marked spans={s.title} />
              {s.term && (
                <span class="kc-term">
                  {' · '}
                  <Marked spans={s.term} />
                </span>
              )}
            </div>
            {intentsOf(s.topic).map((intent) => {
              const id = `kc-opt-${s.topic}-${intent}`;
              return (
                <div
                  key={id}
                  id={id}
                  role="option"
                  aria-selected={current?.id === id}
                  aria-label={`${plain(s.title)}: ${t(`console.intent.${intent}`)}`}
                  class={current?.id === id ? 'kc-option kc-active' : 'kc-option'}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => choose(options.find((o) => o.id === id))}
                >
                  {t(`console.intent.${intent}`)}
                </div>
              );
            })}
          </div>
        ))}
        {text && (
          <div
            id="kc-opt-free"
            role="option"
            aria-selected={current?.id === 'kc-opt-free'}
            class={current?.id === 'kc-opt-free' ? 'kc-option kc-free kc-active' : 'kc-option kc-free'}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(options.find((o) => o.id === 'kc-opt-free'))}
          >
            {t('console.search.freeText', { text })}
          </div>
        )}
      </div>
    </div>
  );
}
