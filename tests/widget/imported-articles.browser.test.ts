/**
 * An imported borger.dk article in the built widget (headless Chromium, our server, strict CSP):
 * a question the curated topics refuse finds it in the municipality's separate index, loaded only
 * then; its sections and self-service actions show, hostile text stays text, and axe finds nothing.
 * The municipality's imported files are served by routes, made from our own fixtures by the same
 * code the import and the build run, so the repository's content stays untouched.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertArticle } from '../../src/importer/article.js';
import type { ImportedArticle } from '../../src/model/imported-article.js';
import { importedIndexFile, widgetImportedArticle } from '../../src/widget-data/build/imported.js';
import { shippedContent } from '../support/content.js';
import { allStopwords } from '../../src/search/topic-docs.js';
import type { FakeArticle } from '../importer/support/fake-export.js';
import { HOSTILE, syntheticArticles } from '../importer/support/fixtures.js';
import { axe, type Harness, instrument, startHarness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const convert = (a: FakeArticle): ImportedArticle => convertArticle({ ...a, taskNames: a.tasks ?? [] }, { lang: 'da', municipalityCode: 0, topic: undefined });

// "Søg om juletræsindsamling" and friends: errands the curated catalog does not have.
const articles = [...syntheticArticles(60, 5), HOSTILE].map(convert);
const index = importedIndexFile(articles, allStopwords(shippedContent()));

async function serveImports(page: Page): Promise<string[]> {
  const fetched: string[] = [];
  const demo = JSON.parse(readFileSync('dist/widget/data/municipalities/demo.json', 'utf8')) as object;
  await page.route('**/widget/data/municipalities/demo.json', (route) => route.fulfill({ json: { ...demo, imported: ['da'] } }));
  await page.route('**/widget/data/imported/demo/da/*', (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop()!;
    fetched.push(name);
    if (name === 'index.json') return route.fulfill({ json: index });
    const article = articles.find((a) => `${a.id}.json` === name);
    return article ? route.fulfill({ json: widgetImportedArticle(article) }) : route.fulfill({ status: 404, body: '' });
  });
  return fetched;
}

async function ask(page: Page, text: string) {
  await page.getByRole('textbox').first().fill(text);
  await page.keyboard.press('Enter');
}

describe('imported borger.dk articles in the widget', () => {
  it('answers what the curated topics refuse with an imported article: sections, self-service action, source; axe-clean', async () => {
    const context = await h.browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const watch = await instrument(page);
    const fetched = await serveImports(page);
    await page.goto(h.url('/'));
    await page.getByRole('button', { name: 'Få hjælp til din henvendelse' }).click();
    await ask(page, 'pas');
    await page
      .getByRole('heading', { level: 3 })
      .filter({ hasText: /Pas|anbefaler|Hvad/ })
      .first()
      .waitFor();
    // A curated question never fetches the imported index.
    expect(fetched).toEqual([]);

    await page.getByRole('button', { name: 'Start forfra' }).click();
    await ask(page, 'juletræsindsamling');
    const first = page.getByRole('button', { name: /juletræsindsamling/ }).first();
    await first.waitFor();
    expect(fetched).toEqual(['index.json']);
    const title = await first.innerText();
    await first.click();
    const card = page.getByRole('region', { name: title });
    await card.waitFor();
    const article = articles.find((a) => a.title === title)!;
    for (const s of article.sections) await expect(card.getByRole('heading', { level: 4, name: s.title }).count()).resolves.toBeGreaterThan(0);
    if (article.actions[0]) {
      const action = card.getByRole('link', { name: article.actions[0].label }).first();
      expect(await action.getAttribute('href')).toBe(article.actions[0].href);
    }
    expect(await card.getByRole('link', { name: 'Læs artiklen på borger.dk' }).getAttribute('href')).toBe(article.source.url);
    expect(await axe(page)).toEqual([]);
    expect(watch.errors).toEqual([]);
    await context.close();
  });

  it('shows a hostile article as plain text with safe links only', async () => {
    const context = await h.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const watch = await instrument(page);
    await serveImports(page);
    await page.goto(h.url('/'));
    await page.getByRole('button', { name: 'Få hjælp til din henvendelse' }).click();
    await ask(page, 'fællesbørn');
    const choice = page.getByRole('button', { name: 'Fællesbørn & samvær' });
    await choice.waitFor();
    await choice.click();
    const card = page.getByRole('region', { name: 'Fællesbørn & samvær' });
    await card.waitFor();
    await expect(card.innerText()).resolves.toContain('Tegn: <b> er ikke fed & "citat"');
    const hrefs = await card.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^https:\/\//);
    expect(await card.locator('script, iframe, img, [onclick], [onerror]').count()).toBe(0);
    expect(await axe(page)).toEqual([]);
    expect(watch.errors).toEqual([]);
    await context.close();
  });
});
