import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Builds dist/ once: the server and CLI tests spawn the compiled `bin/kotae.js`.
    globalSetup: ['tests/global-setup.ts'],
    // Real servers, child processes and a real browser on a small, busy machine: be patient.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
