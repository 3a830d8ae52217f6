import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { __READ_ONLY__: 'false' },
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
