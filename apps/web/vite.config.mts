/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webUi = fileURLToPath(new URL('../../libs/web-ui/src/index.ts', import.meta.url));
// Development (`npm run dev:web`): the dev server answers the page and hands the API's paths to `npm start` on :3000.
const api = process.env['KAKEHASHI_API_URL'] ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react(), tailwindcss()],
  resolve: { alias: { '@kakehashi/web-ui': webUi } },
  build: {
    outDir: fileURLToPath(new URL('../../dist/apps/web', import.meta.url)),
    emptyOutDir: true,
    // No inline script or style in index.html: the Content-Security-Policy forbids them.
    assetsInlineLimit: 0,
    // The primitives are pure modules: what a lazy screen alone uses (drag and drop, menus, tabs) stays in its chunk
    // instead of following the barrel (libs/web-ui/src/index.ts) into the sign-in and home bundle.
    rolldownOptions: {
      treeshake: { moduleSideEffects: (id: string) => !id.includes('/libs/web-ui/src/') },
    },
  },
  server: {
    port: 5173,
    // The API's own paths (apps/api/src/web/web-app.module.ts keeps the same list from the page): GraphQL, health and
    // the file exports the screens link to.
    proxy: {
      '/graphql': api,
      '/health': api,
      '/statistics/exports': api,
      '/referrals/exports': api,
      '/talent-bank/access-log/export': api,
      '/jobcard/exports': api,
    },
  },
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['apps/web/src/**/*.test.{ts,tsx}', 'libs/web-ui/src/**/*.test.{ts,tsx}'],
    environment: 'jsdom',
    globals: true,
    setupFiles: [fileURLToPath(new URL('./src/test/setup.ts', import.meta.url))],
    css: false,
    // jsdom with user-event and axe is slow on a busy 2-core machine: a test's own waits decide, not a 5 s default.
    testTimeout: 20_000,
    // Vitest leaves a core to its main process (cores - 1), which mostly waits while the files run: on a 2-core CI
    // machine that was one worker and an idle core (79 s in CI).
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
