import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

/**
 * Two builds into dist/widget: `--mode embed` makes the loader (kanalguide.js, a classic script
 * so `<script async>` works anywhere), the default makes the app module it imports on first use.
 */
export default defineConfig(({ mode }) => ({
  plugins: [preact()],
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
