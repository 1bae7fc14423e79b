import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';
import preact from '@preact/preset-vite';

export default defineConfig({
  // The WXT test plugin does not read wxt.config's Vite plugins, so Preact is added here too.
  plugins: [WxtVitest(), preact()],
  test: {
    environment: 'happy-dom',
    setupFiles: ['fake-indexeddb/auto'],
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    testTimeout: 20_000,
  },
});
