import { defineConfig } from 'vitest/config';

// Two projects: fast unit tests (Node, happy-dom where a file asks for it) and browser tests that
// drive real Chromium against the built app. `npm test` (scripts/gate.mjs) runs both after the build.
export default defineConfig({
  define: { __DEV__: 'false' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/browser/**'],
          environment: 'node',
          // vitest's 5 s default is tight on a loaded 2-core CI machine; slow files set their own.
          testTimeout: 20_000,
          // One module graph per worker instead of per file: the unit suite spent 100 of its 140 s
          // re-importing the same modules. Tests make fresh stores and restore what they stub;
          // the suite passes in shuffled file orders this way (--sequence.shuffle.files).
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // One Chromium at a time: two cores, and the SIGKILL tests own their profile.
          fileParallelism: false,
        },
      },
    ],
  },
});
