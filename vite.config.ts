import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * Vite wraps every lazy import() in a helper that preloads the imported chunk's own dependencies
 * (other chunks, CSS) and adds it even with `modulePreload: false` (vitejs/vite#13952): 0.6 KB
 * gzip on the path to a recommendation. The widget's lazy parts (the locales, the imported
 * answers) depend on app.js alone, which has loaded, and its styles are inline, so here the
 * helper only calls the import; the build stops if a lazy part ever gets another dependency.
 */
function directLazyImports(): Plugin {
  return {
    name: 'kanalguide-direct-lazy-imports',
    enforce: 'pre',
    load: (id) => (id === '\0vite/preload-helper.js' ? 'export const __vitePreload = (load) => load();' : undefined),
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const lazy of chunk.dynamicImports) {
          const target = bundle[lazy];
          if (target?.type !== 'chunk') continue;
          const needs = [...target.imports.filter((f) => f !== chunk.fileName), ...(target.viteMetadata?.importedCss ?? [])];
          if (needs.length) this.error(`${lazy}, imported lazily by ${chunk.fileName}, needs ${needs.join(', ')} too: the lazy import would no longer preload it`);
        }
      }
    },
  };
}

/**
 * Two builds into dist/widget: `--mode embed` makes the loader (kanalguide.js, a classic script
 * so `<script async>` works anywhere), the default makes the app module it imports on first use.
 */
export default defineConfig(({ mode }) => ({
  plugins: [preact(), directLazyImports()],
  build: {
    outDir: 'dist/widget',
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    // Library mode would leave an ES module's whitespace unminified; a plain build with one
    // entry keeps its export (`mount`) and minifies it whole.
    ...(mode === 'embed'
      ? { lib: { entry: 'widget/embed.ts', formats: ['iife' as const], name: 'KanalguideLoader', fileName: () => 'kanalguide.js' } }
      : {
          rollupOptions: {
            input: 'widget/app.tsx',
            // 'allow-extension': a lazily loaded part (the imported articles) imports what it shares
            // with the app from app.js itself; under 'strict' Rollup moved the shared search code
            // into a separate chunk that every first load would fetch too.
            preserveEntrySignatures: 'allow-extension' as const,
            output: { format: 'es' as const, entryFileNames: 'app.js', chunkFileNames: 'app-[name]-[hash].js' },
          },
        }),
  },
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    environment: 'node',
    // The CLI and browser tests start real processes; give them room on a loaded two-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
}));
