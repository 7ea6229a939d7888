/**
 * The console's type-ahead: as the staff member types, the topics whose title or search terms
 * match, best first, with the matched characters marked. fuse.js does this job: the strings are
 * short (titles and terms, not articles), it ranks a title match over a term match by key weight
 * and a short field over a long one, and it returns the matched index ranges to highlight. The
 * routing's own topic search (src/search) stays the tool for a whole sentence: it stems, splits
 * compounds and checks for danger, but it neither ranks prefixes nor says which letters matched.
 */
import Fuse, { type FuseResultMatch } from 'fuse.js';
import type { TypeaheadTopic } from '../../widget-data/typeahead.js';

/** A run of a displayed string, marked when the staff member's letters matched it. */
export interface Span {
  text: string;
  hit: boolean;
}

export interface TopicSuggestion {
  topic: string;
  /** The title, split into runs, the matched ones marked. */
  title: Span[];
  /** The search term that matched, when the title itself did not. */
  term: Span[] | null;
}

/** How many topics the list shows: enough to choose among, few enough to read at a glance. */
export const MAX_SUGGESTIONS = 6;

/**
 * Fuse's cut-off (0 exact … 1 anything). 0.3 keeps one typo in a five-letter word ("flyting")
 * and drops the scattered-letter matches that a looser threshold lets through for short queries.
 */
const THRESHOLD = 0.3;

/** Splits `text` into runs at the matched ranges (inclusive, as fuse.js gives them). */
export function spans(text: string, ranges: ReadonlyArray<readonly [number, number]>): Span[] {
  const out: Span[] = [];
  let at = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (start < at) continue;
    if (start > at) out.push({ text: text.slice(at, start), hit: false });
    out.push({ text: text.slice(start, end + 1), hit: true });
    at = end + 1;
  }
  if (at < text.length) out.push({ text: text.slice(at), hit: false });
  return out;
}

/**
 * fuse.js marks every character its fuzzy match used, including single letters scattered over
 * the string; only runs at least as long as the query (or two letters) read as "this matched".
 */
function meaningfulRanges(match: FuseResultMatch, query: string): Array<readonly [number, number]> {
  const least = Math.min(query.length, 2);
  const runs = match.indices.filter(([start, end]) => end - start + 1 >= least);
  // One typed letter occurs all over a title; its first place is the one that reads as the match.
  return query.length === 1 ? runs.slice(0, 1) : runs;
}

function longestRun(ranges: ReadonlyArray<readonly [number, number]>): number {
  return Math.max(0, ...ranges.map(([start, end]) => end - start + 1));
}

export class TopicTypeahead {
  private readonly fuse: Fuse<TypeaheadTopic>;

  constructor(topics: readonly TypeaheadTopic[]) {
    this.fuse = new Fuse(topics, {
      keys: [
        { name: 'title', weight: 2 },
        { name: 'terms', weight: 1 },
      ],
      includeMatches: true,
      includeScore: true,
      // A term matched in its middle ("skifte adresse" for "adresse") counts as much as at its start.
      ignoreLocation: true,
      threshold: THRESHOLD,
    });
  }

  /** The topics matching what was typed, best first; nothing for an empty query. */
  suggest(query: string, limit = MAX_SUGGESTIONS): TopicSuggestion[] {
    const q = query.trim();
    if (!q) return [];
    return this.fuse.search(q, { limit }).map(({ item, matches = [] }) => {
      const titleMatch = matches.find((m) => m.key === 'title');
      const titleRanges = titleMatch ? meaningfulRanges(titleMatch, q) : [];
      if (titleRanges.length > 0) return { topic: item.id, title: spans(item.title, titleRanges), term: null };
      // The term whose matched run is longest shows why the topic is on the list.
      const terms = matches
        .filter((m) => m.key === 'terms' && m.value !== undefined)
        .map((m) => ({ value: m.value!, ranges: meaningfulRanges(m, q) }))
        .sort((a, b) => longestRun(b.ranges) - longestRun(a.ranges));
      const best = terms[0];
      return { topic: item.id, title: spans(item.title, []), term: best ? spans(best.value, best.ranges) : null };
    });
  }
}
