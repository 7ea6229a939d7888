import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, normalize } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import { loadContent } from './src/content/load.js';
import { LANGS } from './src/model/vocabulary.js';
import { typeaheadTopics } from './src/widget-data/build/typeahead-pack.js';

/**
 * The staff pages (staff/index.html → dist/staff), served by our server at /staff/. DKFDS's
 * stylesheet is copied beside them, with exactly the fonts and images it refers to, rather than
 * bundled: it stays one file the size test can report apart from our own code, and everything it
 * loads comes from our origin (the CSP allows styles, fonts and images from 'self' only).
 */
const DKFDS_DIST = join(dirname(createRequire(import.meta.url).resolve('dkfds')), '..');
const DKFDS_CSS = 'css/dkfds.min.css';

function dkfdsStylesheet(): Plugin {
  return {
    name: 'kanalguide-dkfds-stylesheet',
    apply: 'build',
    generateBundle() {
      const css = readFileSync(join(DKFDS_DIST, DKFDS_CSS), 'utf8');
      this.emitFile({ type: 'asset', fileName: `dkfds/${DKFDS_CSS}`, source: css });
      const referenced = new Set([...css.matchAll(/url\((?:"|')?([^"')?#]+)/g)].map((m) => m[1]!).filter((u) => !u.startsWith('data:')));
      for (const url of referenced) {
        const file = normalize(join('css', url));
        // The stylesheet's own folders only: a reference outside them would be a packaging error.
        if (file.startsWith('..')) throw new Error(`DKFDS refers to ${url}, outside its package`);
        this.emitFile({ type: 'asset', fileName: `dkfds/${file}`, source: readFileSync(join(DKFDS_DIST, file)) });
      }
    },
    // Added after Vite has resolved the page's own links: the file exists only in the build.
    transformIndexHtml: () => [{ tag: 'link', attrs: { rel: 'stylesheet', href: `/staff/dkfds/${DKFDS_CSS}` }, injectTo: 'head-prepend' }],
  };
}

/**
 * The console's type-ahead words (each topic's title and search terms, per content language) as
 * assets/typeahead.<lang>.json, served with the staff pages' other files: the citizen widget's
 * data never carries them (its search runs on the prebuilt index instead).
 */
function typeaheadData(): Plugin {
  return {
    name: 'kanalguide-console-typeahead',
    apply: 'build',
    generateBundle() {
      const content = loadContent(join(process.cwd(), 'content'));
      for (const lang of LANGS) this.emitFile({ type: 'asset', fileName: `assets/typeahead.${lang}.json`, source: JSON.stringify(typeaheadTopics(content, lang)) });
    },
  };
}

export default defineConfig({
  root: 'staff',
  base: '/staff/',
  plugins: [preact(), dkfdsStylesheet(), typeaheadData()],
  build: {
    outDir: '../dist/staff',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    // One stylesheet for the shell and the pages it loads lazily: no style is injected at run
    // time (style-src 'self' forbids it).
    cssCodeSplit: false,
  },
});
