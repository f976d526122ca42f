import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The JSON report lets .ci/run print a plain "N passed, N failed" line.
    reporters: ['default', ['json', { outputFile: 'test-artifacts/vitest.json' }]],
    // Generous hang guards, not speed limits: the suite must pass on a loaded 2-core machine.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // Two cores: the end-to-end tests spawn real processes.
    pool: 'forks',
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
  },
});
