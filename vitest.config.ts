import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The CLI tests spawn node once and run extraction over a few thousand NDJSON lines.
    testTimeout: 30_000,
  },
});
