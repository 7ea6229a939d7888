/** What one routing decision is about, shared by the channel options, the strategy and the reasons. */
import type { ContentBundle, Topic } from '../model/content-bundle.js';
import type { ChannelRow, LabelKey, Link, Municipality } from '../model/content-schema.js';
import type { Circumstances } from '../model/recommendation.js';
import type { AuthorityId, ContentLang, Intent } from '../model/vocabulary.js';
import { own } from '../model/own-key.js';
import { fill } from './sentences.js';

export interface RouteInput {
  topic: string;
  intent: Intent;
  circumstances: Circumstances;
  municipality: string;
  now: Date;
  /** Language of the action labels; reasons always come in Danish and English. */
  lang: ContentLang;
}

export interface RouteContext {
  content: ContentBundle;
  topic: Topic;
  /** Who handles this inquiry: the topic's authority, or the one the topic names for this inquiry type. */
  authority: AuthorityId;
  municipality: Municipality;
  input: RouteInput;
  /** The municipality's channel table row for this inquiry type (else the national one). */
  row: ChannelRow;
}

export function channelRow(content: ContentBundle, m: Municipality, intent: Intent): ChannelRow {
  return m.channelTable?.[intent] ?? content.channelTable[intent];
}

/** The municipality's own link for the topic, else the topic's. */
export function topicLink(ctx: RouteContext, channel: 'web' | 'selfservice' | 'minside' | 'digitalpost' | 'meeting'): Link | undefined {
  return own(ctx.municipality.topics, ctx.topic.id)?.[channel] ?? ctx.topic.channels[channel];
}

export function label(ctx: RouteContext, key: LabelKey, values: Record<string, string>): string {
  return fill(ctx.content.actionLabels[key]![ctx.input.lang], values);
}

/** The article's own words for an inquiry type's action, where it has them. */
export function articleAction(ctx: RouteContext, intent: Intent): string | undefined {
  return ctx.topic.articles[ctx.input.lang].intents[intent]?.action;
}
