/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { DEFAULT_CONFIG_DIR } from './src/server/lib/config-bundle.ts';
import { bundleReportPlugin } from './src/tools/bundle-report-plugin.ts';
import { firstLoadChunk } from './src/tools/first-load-chunk-plugin.ts';
import { kioskConfigPlugin } from './src/tools/vite-config-plugin.ts';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const configDir = process.env.KIOSK_CONFIG_DIR ?? DEFAULT_CONFIG_DIR;
// The kiosk's first load in one chunk (src/tools/first-load-chunk-plugin.ts).
const firstLoad = firstLoadChunk(import.meta.dirname, 'src/kiosk/main.tsx', [
  'src/staff/main.tsx',
  'src/kiosk/ui/showcase/main.tsx',
]);

export default defineConfig({
  // NUANXIN_BUILD_VERSION labels a build apart from package.json (the update test makes two).
  define: { __APP_VERSION__: JSON.stringify(process.env.NUANXIN_BUILD_VERSION ?? version) },
  plugins: [
    preact(),
    kioskConfigPlugin(configDir),
    // `npm run bench` asks for a list of what each chunk holds (its bundle visualiser).
    bundleReportPlugin(process.env.NUANXIN_BUNDLE_REPORT),
    firstLoad.plugin,
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      // Registered by hand with workbox-window so a new version waits for an idle kiosk.
      injectRegister: false,
      manifest: false,
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,png,woff2,webmanifest,mp3,wav}'],
        // Azure speech is used only online, so its 400 KB need not sit in every kiosk's cache.
        // The staff console's page and its own code are for the centre's PC, never a kiosk.
        globIgnores: [
          '**/config.json',
          'src/staff/**',
          'assets/console-*',
          '**/web-speech-cognitive-services-*.js',
        ],
      },
    }),
  ],
  build: {
    target: 'es2022',
    // No preload lists: each lazy flow's list of the chunks it imports sat in the first load
    // (1.3 KB gzip) to save a round trip the first time that flow opens. The kiosk fetches every
    // flow as soon as an elder leaves the attract screen, on the centre's LAN or from the service
    // worker, so those round trips cost milliseconds; the polyfill was never needed (Chromium).
    // CSS a lazy chunk needs is still loaded with it.
    modulePreload: false,
    rolldownOptions: {
      output: { codeSplitting: { groups: firstLoad.groups } },
      input: {
        kiosk: 'index.html',
        showcase: 'src/kiosk/ui/showcase/index.html',
        console: 'src/staff/index.html',
      },
    },
  },
  test: {
    globals: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          setupFiles: ['tests/unit/setup-i18n.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['tests/unit/**/*.dom.test.tsx'],
          setupFiles: ['tests/unit/setup-i18n.ts', 'tests/unit/setup-dom.ts'],
          // A flow walked through in jsdom takes 1–4 s; on a machine busy with other test
          // projects it took 6.5 s, past vitest's 5 s default. Waits inside keep their own limits.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          include: ['tests/server/**/*.test.ts'],
          globalSetup: ['tests/server/support/postgres-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          // The every-state walks take 60–120 s on a quiet machine and 250 s on a loaded one; a
          // step that hangs still fails at its own 15 s wait, long before this.
          testTimeout: 480_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
