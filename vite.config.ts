import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // The CLI tests start real processes; give them room on a loaded two-core machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
