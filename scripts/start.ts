// `npm start [-- --headless] [--port N]`: builds the extension, serves the demo inbox on 127.0.0.1
// and opens Chromium with the extension loaded and the inbox open. With a display, the browser is
// the user's to try until they close it; without one (or with --headless), it captures one demo
// directive headlessly and writes out/sidepanel.png and out/saved-list.txt.
import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { canInstallChromium, findChromium, INSTALL_HINT, installChromium, launchWithExtension } from '../lib/demo/chromium';
import { loadDemoContent } from '../lib/demo/demo-files';
import { parseDemoPort } from '../lib/demo/demo-port';
import { buildExtension } from '../lib/demo/extension-build';
import { runHeadlessDemo } from '../lib/demo/headless-run';
import { startDemoInbox, type DemoInbox } from '../lib/demo/server';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'out');
/** The directive the headless run captures: a short công văn with five duties. */
const HEADLESS_DOC = 'seed-000';

const args = process.argv.slice(2).filter((a) => a !== '--');
const forceHeadless = args.includes('--headless');
const portArg = args.includes('--port') ? args[args.indexOf('--port') + 1] : process.env.DEMO_PORT;
const hasDisplay = !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) || process.platform === 'darwin' || process.platform === 'win32';
const headless = forceHeadless || !hasDisplay;

const port = parseDemoPort(portArg) ?? exitUsage('Cổng không hợp lệ: dùng --port với một số từ 0 đến 65535.');

function exitUsage(message: string): never {
  console.error(message);
  process.exit(2);
}

console.log('Nhắc Việc — dựng tiện ích, mở hộp văn bản mẫu và Chromium.');
let chromium = findChromium();
if (!chromium && canInstallChromium()) chromium = installChromium();
if (!chromium) {
  console.error(`Không tìm thấy Chromium hay Chrome. ${INSTALL_HINT}`);
  process.exit(1);
}

console.log(`▶ Dựng tiện ích (${headless ? 'wxt build --mode e2e' : 'wxt build'})…`);
const extensionPath = buildExtension(headless ? 'e2e' : 'production', { quiet: true });
console.log(`  ${relative(ROOT, extensionPath)}`);

/** The demo port, or any free one when it is taken. */
async function serveInbox(): Promise<DemoInbox> {
  // The corpus as text pages, and documents served with generated PDF, DOCX, ZIP, TCVN3 and scanned files.
  const { docs, files } = await loadDemoContent();
  try {
    return await startDemoInbox({ docs, files, port });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    console.log(`  Cổng ${port} đang bận, dùng một cổng trống khác.`);
    return startDemoInbox({ docs, files, port: 0 });
  }
}
const inbox = await serveInbox();
console.log(`Hộp văn bản mẫu (${inbox.docs.length} văn bản): ${inbox.inboxUrl}`);
console.log(`Giao diện iOffice mới (mô phỏng): ${inbox.newAppListUrl}`);
console.log(`Chromium: ${chromium}`);

/** Headless run with the e2e build at `e2ePath`. */
async function runHeadless(e2ePath: string): Promise<void> {
  console.log('Chạy Chromium không giao diện: đọc một văn bản mẫu và lưu việc cần làm.');
  const result = await runHeadlessDemo({ chromium: chromium!, extensionPath: e2ePath, inbox, docStem: HEADLESS_DOC, outDir: OUT });
  console.log(`Đã đọc văn bản mẫu ${HEADLESS_DOC}: ${result.proposed} việc đề xuất, đã lưu ${result.saved.length} việc.`);
  console.log(`Ảnh khung bên:    ${relative(process.cwd(), result.screenshot)}`);
  console.log(`Danh sách đã lưu: ${relative(process.cwd(), result.listFile)}`);
}

async function runHeadful(): Promise<void> {
  // A profile kept between runs, so saved tasks are still there next time.
  const profile = join(OUT, 'chromium-profile');
  mkdirSync(profile, { recursive: true });
  const browser = await launchWithExtension({ executablePath: chromium!, extensionPath, userDataDir: profile, headless: false, viewport: null });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(inbox.inboxUrl, { waitUntil: 'domcontentloaded' });
  console.log('Đã mở Chromium với tiện ích Nhắc Việc và hộp văn bản mẫu.');
  console.log('Mở một văn bản, rồi bấm nút Nhắc Việc trên thanh công cụ (hoặc Alt+Shift+N, hoặc chuột phải → "Trích xuất việc cần làm").');
  console.log('Đóng trình duyệt (hoặc Ctrl+C) để kết thúc.');
  const stop = () => void browser.close();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await new Promise<void>((resolve) => browser.context.once('close', () => resolve()));
}

try {
  if (headless) await runHeadless(extensionPath);
  else {
    try {
      await runHeadful();
    } catch (error) {
      console.error(`Không mở được Chromium có giao diện (${(error as Error).message.split('\n')[0]}); chạy không giao diện.`);
      await runHeadless(buildExtension('e2e', { quiet: true }));
    }
  }
} catch (error) {
  console.error('npm start thất bại:', error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await inbox.close();
}
