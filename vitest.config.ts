import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // The calibration test starts a CPython process that allocates a few hundred MB.
    testTimeout: 60_000,
  },
});
