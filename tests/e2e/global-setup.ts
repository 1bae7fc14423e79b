// Once per browser test run: find Chromium, build both extension variants, serve the demo inbox
// with its generated attachments (PDF, DOCX, ZIP, TCVN3 text, scan: lib/demo/demo-files.ts).
import type { TestProject } from 'vitest/node';
import { ensureChromium } from '../../lib/demo/chromium';
import { loadDemoContent } from '../../lib/demo/demo-files';
import { buildExtension, extensionDir } from '../../lib/demo/extension-build';
import { startDemoInbox } from '../../lib/demo/server';
import './e2e-context';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Installing is the job of `npm test` (on CI, as root) and .ci/run; here a missing browser is an error.
  const chromium = ensureChromium({ install: false });
  if (process.env.NHAC_VIEC_E2E_SKIP_BUILD !== '1') {
    buildExtension('production', { quiet: true });
    buildExtension('e2e', { quiet: true });
  }
  const content = await loadDemoContent();
  const inbox = await startDemoInbox({ docs: content.docs, files: content.files });
  project.provide('e2e', {
    chromium,
    e2eExtension: extensionDir('e2e'),
    productionExtension: extensionDir('production'),
    origin: inbox.origin,
    inboxUrl: inbox.inboxUrl,
    noDirectiveUrl: inbox.noDirectiveUrl,
    docs: inbox.docs.map((d) => ({ flyid: d.flyid, stem: d.stem, url: inbox.documentUrl(d.flyid) })),
    fileDocs: content.flyids,
    newAppListUrl: inbox.newAppListUrl,
  });
  return () => inbox.close();
}
