// `node --import tsx scripts/demo-inbox.ts [PORT]`: serves the demo inbox (the corpus directives
// as iOffice-like pages) on 127.0.0.1 until Ctrl+C. PORT (or DEMO_PORT) defaults to 4173; 0 picks
// a free port. The URL is printed.
import { loadDemoContent } from '../lib/demo/demo-files';
import { parseDemoPort } from '../lib/demo/demo-port';
import { startDemoInbox } from '../lib/demo/server';

const port = parseDemoPort(process.argv[2] ?? process.env.DEMO_PORT);
if (port === null) {
  console.error('Cổng không hợp lệ: dùng một số từ 0 đến 65535 (0 = cổng trống bất kỳ).');
  process.exit(2);
}
const { docs, files } = await loadDemoContent();
const inbox = await startDemoInbox({ docs, files, port });
console.log(`Hộp văn bản mẫu (${inbox.docs.length} văn bản): ${inbox.inboxUrl}`);
console.log(`Giao diện iOffice mới (mô phỏng): ${inbox.newAppListUrl}`);
console.log('Dừng: Ctrl+C');
const stop = () => void inbox.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
