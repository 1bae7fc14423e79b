import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { createRequire } from 'node:module';

/**
 * `wxt build --mode e2e` (browser tests and headless `npm start` only) also grants the demo inbox's
 * host, so tests can drive the capture path without the toolbar click or permission prompt a
 * headless browser cannot give. The normal build never lists a host permission.
 */
const E2E_MODE = 'e2e';
const E2E_HOSTS = ['http://127.0.0.1/*'];

/**
 * tesseract.js's worker, its SIMD LSTM-only core (every browser with MV3 or a side panel has WASM
 * SIMD; the core's loader fetches the `.wasm` next to the worker script, so all sit in one folder)
 * and the Vietnamese model (`4.0.0_best_int`, LSTM). Nothing is fetched from a CDN at run time.
 */
const OCR_ASSETS: [string, string][] = [
  ['tesseract.js/dist/worker.min.js', 'tesseract/worker.min.js'],
  ['tesseract.js-core/tesseract-core-simd-lstm.js', 'tesseract/tesseract-core-simd-lstm.js'],
  ['tesseract.js-core/tesseract-core-simd-lstm.wasm', 'tesseract/tesseract-core-simd-lstm.wasm'],
  ['@tesseract.js-data/vie/4.0.0_best_int/vie.traineddata.gz', 'tesseract/vie.traineddata.gz'],
];

/** The default extension-page policy plus WebAssembly (see `OCR_ASSETS`). */
const EXTENSION_CSP = "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';";

/** Sites the user may grant one by one when a page is read without a toolbar click. */
const OPTIONAL_HOSTS = ['http://*/*', 'https://*/*'];

// See https://wxt.dev/api/config.html
export default defineConfig({
  // A separate output folder per working copy or job (`NHAC_VIEC_OUT_DIR`) keeps parallel builds apart.
  outDir: process.env.NHAC_VIEC_OUT_DIR || '.output',
  manifest: ({ mode, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'vi',
    // `sidePanel` is added by WXT for Chrome from the side panel entrypoint (not for Firefox).
    permissions: [
      'storage',
      'unlimitedStorage',
      'activeTab',
      'scripting',
      'contextMenus',
      // Deadline reminders: the next one as an alarm, shown as a notification (lib/reminders).
      'alarms',
      'notifications',
    ],
    // MV2 (Firefox) has no optional_host_permissions key (WXT drops it): hosts are optional permissions there.
    ...(manifestVersion === 2
      ? { optional_permissions: OPTIONAL_HOSTS as never[] }
      : { optional_host_permissions: OPTIONAL_HOSTS }),
    ...(mode === E2E_MODE ? { host_permissions: E2E_HOSTS } : {}),
    // OCR compiles tesseract's WebAssembly in a worker: Chromium refuses that without
    // 'wasm-unsafe-eval' (no other source is added; scripts still come from the package only).
    // Firefox MV2 only reports such a violation today; it is stated there too rather than relied on.
    content_security_policy: manifestVersion === 2 ? EXTENSION_CSP : { extension_pages: EXTENSION_CSP },
    // No popup: a toolbar click fires action.onClicked, which opens the side panel and captures.
    action: { default_title: '__MSG_captureAction__' },
    commands: {
      'capture-page': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: '__MSG_captureAction__',
      },
    },
    // Firefox: the add-on id, and the declaration that it collects no data (nothing leaves the machine).
    browser_specific_settings: { gecko: { id: 'nhac-viec@nhacviec.local', data_collection_permissions: { required: ['none'] } } },
  }),
  // The dev runner needs a display; browser tests drive Chromium themselves.
  webExt: { disabled: true },
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // pdf.js's worker ships with the extension (no CDN): the side panel points pdf.js at it when it
    // reads a PDF attachment (`lib/read/files/pdfjs-browser.ts`); nothing loads it before that.
    'build:publicAssets': (_wxt, files) => {
      files.push({ absoluteSrc: createRequire(import.meta.url).resolve('pdfjs-dist/build/pdf.worker.min.mjs'), relativeDest: 'pdfjs/pdf.worker.min.mjs' });
      // On-device OCR of scans (`lib/read/files/ocr-browser.ts`), loaded only when the user asks for it.
      files.push(...OCR_ASSETS.map(([from, to]) => ({ absoluteSrc: createRequire(import.meta.url).resolve(from), relativeDest: to })));
    },
  },
});
