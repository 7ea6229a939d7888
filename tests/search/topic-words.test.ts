/** The words each topic's training sentences use: that the shipped file is what they give, and that search reads them. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ChannelRouter } from '../../src/routing/channel-router.js';
import { shippedContent, shippedRouter } from '../support/content.js';

const content = shippedContent();
const router = shippedRouter();

describe('the learned topic words', () => {
  it('are the ones the shipped training sentences give (npm run train:words)', () => {
    const run = spawnSync('npx', ['tsx', 'src/training/train-words.ts', '--check'], { encoding: 'utf8' });
    expect(run.stdout + run.stderr).toMatch(/content\/topic-words\.json is what training\/intent and training\/topics trains/);
    expect(run.status).toBe(0);
  });

  it('cover every topic in both languages, and name no other', () => {
    expect(Object.keys(content.topicWords!).sort()).toEqual(Object.keys(content.topics).sort());
    for (const byLang of Object.values(content.topicWords!)) expect(Object.keys(byLang).sort()).toEqual(['da', 'en']);
  });

  // "defekt" is in none of the road-fault article's own words: the training sentences taught it.
  it('let search find a topic by a word only its training sentences use', () => {
    expect(content.topicWords!['vej-fejl']!.da).toContain('defekt');
    expect(new ChannelRouter({ ...content, topicWords: undefined }).search('vejlampen er defekt')).toEqual([]);
    expect(router.search('vejlampen er defekt')[0]?.id).toBe('vej-fejl');
  });
});
