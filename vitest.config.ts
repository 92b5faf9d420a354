import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'apps/*/src/**/*.test.ts', 'apps/*/src/**/*.test.tsx', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    reporters: ['default', './test/summary-reporter.ts'],
  },
});
