import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'packages/web/e2e/**/*.test.ts'],
    // Browser tests on a loaded two-core CI machine need more than the default.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    env: { LODESTAR_VALIDATE_RESPONSES: '1' },
    // In CI a JSON report is written too, from which .ci/run prints a plain pass/fail count.
    reporters: process.env.CI
      ? ['default', ['json', { outputFile: 'test-results/vitest.json' }]]
      : ['default'],
  },
});
