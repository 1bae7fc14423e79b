import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';

type Manifest = Record<string, unknown> & { permissions: string[] };
const manifestFor = async (env: { mode: string; manifestVersion: 2 | 3; browser: string }) =>
  (await (config.manifest as (env: object) => Manifest | Promise<Manifest>)({ ...env, command: 'build' })) as Manifest;

describe('manifest (wxt.config.ts)', () => {
  it('asks for no host at install in the normal build', async () => {
    const manifest = await manifestFor({ mode: 'production', manifestVersion: 3, browser: 'chrome' });
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.permissions).toEqual(['storage', 'unlimitedStorage', 'activeTab', 'scripting', 'contextMenus', 'alarms', 'notifications']);
    expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
    // WXT adds sidePanel for Chrome from the side panel entrypoint; listing it would leak into Firefox.
    expect(manifest.permissions).not.toContain('sidePanel');
    // WebAssembly (on-device OCR) and nothing else beyond the default policy.
    expect(manifest.content_security_policy).toEqual({ extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';" });
  });

  it('grants the demo host only in the e2e build', async () => {
    const manifest = await manifestFor({ mode: 'e2e', manifestVersion: 3, browser: 'chrome' });
    expect(manifest.host_permissions).toEqual(['http://127.0.0.1/*']);
  });

  it('keeps optional hosts in the Firefox MV2 build, with an add-on id', async () => {
    const manifest = await manifestFor({ mode: 'production', manifestVersion: 2, browser: 'firefox' });
    expect(manifest.optional_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(manifest.browser_specific_settings).toMatchObject({ gecko: { id: 'nhac-viec@nhacviec.local' } });
    // MV2 takes the policy as a string.
    expect(manifest.content_security_policy).toBe("script-src 'self' 'wasm-unsafe-eval'; object-src 'self';");
  });
});
