import type { AuthorityId, ContentLang, Intent, TopicRule } from './vocabulary.js';
import type { ArticleMeta, Authorities, ChannelTable, Emergency, IntentCues, Municipality, Stopwords, Texts, TopicData, TopicWords } from './content-schema.js';

/** One topic's article in one language: the front matter plus the Markdown body. */
export interface Article extends ArticleMeta {
  body: string;
}

export interface Topic extends TopicData {
  authority: AuthorityId;
  rule?: TopicRule;
  defaultIntent: Intent;
  articles: Record<ContentLang, Article>;
}

/** Everything in content/, validated: what the routing core, search and the CLI run on. */
export interface ContentBundle {
  channelTable: ChannelTable;
  authorities: Authorities;
  municipalities: Record<string, Municipality>;
  topics: Record<string, Topic>;
  intentCues: IntentCues;
  stopwords: Stopwords;
  /** The words each topic's training sentences use; absent where the index comes prebuilt (the widget). */
  topicWords?: TopicWords;
  reasons: Texts;
  actionLabels: Texts;
  emergency: Emergency;
}

/** A problem in one content file, in words an editor can act on. */
export interface ContentError {
  file: string;
  field: string;
  message: string;
}

/** The one way a content problem is written: `file: field: message`. */
export function formatContentError(e: ContentError): string {
  return `${e.file}: ${e.field}: ${e.message}`;
}
