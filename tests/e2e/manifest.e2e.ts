// (a) What the built packages ask for: the normal build has no host access at install.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { e2e } from './harness';

const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown> & { permissions: string[] };

describe('built manifests', () => {
  it('the normal build asks for no host and no <all_urls>', () => {
    const dir = e2e().productionExtension;
    const manifest = manifestOf(dir);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.content_scripts).toBeUndefined();
    expect(readFileSync(join(dir, 'manifest.json'), 'utf8')).not.toContain('<all_urls>');
    expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect([...manifest.permissions].sort()).toEqual(['activeTab', 'alarms', 'contextMenus', 'notifications', 'scripting', 'sidePanel', 'storage', 'unlimitedStorage']);
    expect(manifest.side_panel).toEqual({ default_path: 'sidepanel.html' });
    expect(manifest.commands).toMatchObject({ 'capture-page': { suggested_key: { default: 'Alt+Shift+N' } } });
    expect(existsSync(join(dir, 'capture.js'))).toBe(true);
    // On-device OCR: WebAssembly allowed, scripts still only from the package; its files shipped.
    expect(manifest.content_security_policy).toEqual({ extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';" });
    for (const file of ['worker.min.js', 'tesseract-core-simd-lstm.js', 'tesseract-core-simd-lstm.wasm', 'vie.traineddata.gz']) {
      expect(existsSync(join(dir, 'tesseract', file))).toBe(true);
    }
  });

  it('the normal build carries no test hook', () => {
    const worker = readFileSync(join(e2e().productionExtension, 'background.js'), 'utf8');
    expect(worker).not.toContain('__nhacViecE2E');
    // Nor the e2e build's seeding hook (the worker itself reads the database for the reminders).
    expect(worker).not.toContain('saveCaptures');
    expect(worker).not.toContain('patchTask');
  });

  it('the e2e build differs only by the demo host', () => {
    const normal = manifestOf(e2e().productionExtension);
    const { host_permissions, ...rest } = manifestOf(e2e().e2eExtension);
    expect(host_permissions).toEqual(['http://127.0.0.1/*']);
    expect(rest).toEqual(normal);
  });
});
