import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Build variants: the normal one users install, and the e2e one (adds the demo host, test hooks). */
export type BuildVariant = 'production' | 'e2e';

/** Output folder of a Chrome MV3 build variant (WXT appends `-<mode>` to modes other than production). */
export function extensionDir(variant: BuildVariant): string {
  return join(ROOT, process.env.NHAC_VIEC_OUT_DIR || '.output', variant === 'production' ? 'chrome-mv3' : 'chrome-mv3-e2e');
}

/**
 * Runs `wxt build` (with `--mode e2e` for the e2e variant) with the console attached. Throws when
 * the build fails or leaves no manifest. Both variants are production builds: WXT would otherwise
 * set `NODE_ENV` to the mode, and a mode other than production gets Preact's development JSX, so
 * the e2e pages would not run the code the normal build ships (nor be timed on it by the bench).
 */
export function buildExtension(variant: BuildVariant, { quiet = false }: { quiet?: boolean } = {}): string {
  const args = [join(ROOT, 'node_modules', 'wxt', 'bin', 'wxt.mjs'), 'build', ...(variant === 'e2e' ? ['--mode', 'e2e'] : [])];
  const env = { ...process.env, NODE_ENV: 'production' };
  const run = spawnSync(process.execPath, args, { cwd: ROOT, env, stdio: quiet ? 'pipe' : 'inherit', encoding: 'utf8', timeout: 5 * 60_000 });
  const dir = extensionDir(variant);
  if (run.status !== 0 || !existsSync(join(dir, 'manifest.json'))) {
    const output = quiet ? `\n${(run.stdout ?? '').slice(-3000)}${(run.stderr ?? '').slice(-3000)}` : '';
    throw new Error(`Không dựng được tiện ích (wxt build${variant === 'e2e' ? ' --mode e2e' : ''}).${output}`);
  }
  return dir;
}
