import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

/** Where Chromium or Chrome usually lives; `CHROMIUM_PATH` (if set) is tried first. */
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** How to install Chromium by hand, for the messages below. */
export const INSTALL_HINT = 'Cài Chromium: sudo apt-get install -y chromium (Debian/Ubuntu), hoặc đặt CHROMIUM_PATH=/đường/dẫn/tới/chromium.';

/** The first Chromium or Chrome found on this machine, or null. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const listed = env.CHROMIUM_PATH ? [env.CHROMIUM_PATH, ...CANDIDATES] : CANDIDATES;
  return listed.find((path) => existsSync(path)) ?? null;
}

/** True where `apt-get install chromium` can work unattended: Debian-like and running as root. */
export function canInstallChromium(): boolean {
  return process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
}

/** Installs Debian's `chromium` package and a font with Vietnamese glyphs (about 40 s); returns the path, or null when it failed. */
export function installChromium(log: (line: string) => void = console.error): string | null {
  log('Chưa có Chromium: đang cài gói chromium (apt-get)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'chromium', 'fonts-dejavu-core']]) {
    const run = spawnSync('apt-get', args, { stdio: 'inherit', env, timeout: 15 * 60_000 });
    if (run.status !== 0) {
      log(`apt-get ${args.join(' ')} không thành công.`);
      return null;
    }
  }
  return findChromium();
}

/**
 * The Chromium to run: found, or installed when `install` is set and this machine allows it.
 * Throws with a plain message (and how to install it) otherwise — never skips silently.
 */
export function ensureChromium({ install }: { install: boolean }): string {
  const found = findChromium();
  if (found) return found;
  if (install && canInstallChromium()) {
    const installed = installChromium();
    if (installed) return installed;
  }
  throw new Error(`Không tìm thấy Chromium hay Chrome trên máy này. ${INSTALL_HINT}`);
}

/** Chromium flags for a quiet, sandbox-free run in a container (see /work/shared/stack-notes.md). */
export function chromiumArgs(extensionPath: string, executablePath = ''): string[] {
  const branded = /google-chrome|Google Chrome|\/opt\/google\//.test(executablePath);
  return [
    `--disable-extensions-except=${extensionPath}`,
    `--load-extension=${extensionPath}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    // Without these Chromium floods a closed network with update, sync and metrics requests.
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--no-default-browser-check',
    // Branded Chrome 137+ ignores --load-extension unless this feature is turned off (only there:
    // a second --disable-features would replace the one Playwright passes).
    ...(branded ? ['--disable-features=DisableLoadExtensionCommandLineSwitch'] : []),
  ];
}

/** A browser running the extension, and what tests need to reach it. */
export interface ExtensionBrowser {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  /** `chrome-extension://<id>/<path>` */
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  executablePath: string;
  extensionPath: string;
  userDataDir: string;
  headless: boolean;
  viewport?: { width: number; height: number } | null;
}

/**
 * Launches Chromium with the built extension in a persistent profile (so a relaunch with the same
 * `userDataDir` finds IndexedDB as it was left) and waits for the extension's service worker.
 */
export async function launchWithExtension(options: LaunchOptions): Promise<ExtensionBrowser> {
  const context = await chromium.launchPersistentContext(options.userDataDir, {
    executablePath: options.executablePath,
    headless: options.headless,
    args: chromiumArgs(options.extensionPath, options.executablePath),
    viewport: options.viewport === undefined ? { width: 1280, height: 800 } : options.viewport,
    timeout: 60_000,
  });
  try {
    const isOurs = (w: Worker) => w.url().startsWith('chrome-extension://');
    const serviceWorker = context.serviceWorkers().find(isOurs) ?? (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 30_000 }));
    const extensionId = new URL(serviceWorker.url()).host;
    let closing: Promise<void> | null = null;
    return {
      context,
      serviceWorker,
      extensionId,
      extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
      close: () => (closing ??= context.close().catch(() => {})),
    };
  } catch (error) {
    await context.close().catch(() => {});
    throw new Error(`Chromium đã chạy nhưng tiện ích không khởi động (không thấy service worker): ${(error as Error).message}`);
  }
}
