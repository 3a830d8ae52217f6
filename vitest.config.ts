import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { __READ_ONLY__: 'false', __SHELL__: JSON.stringify({ alliance: 'Test alliance', placeName: 'Testtown', placeCode: 'E06000014', snapshotDate: '2026-01-01' }) },
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
