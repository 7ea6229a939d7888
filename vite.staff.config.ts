import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, normalize } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';

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

export default defineConfig({
  root: 'staff',
  base: '/staff/',
  plugins: [preact(), dkfdsStylesheet()],
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
