#!/usr/bin/env node
// Runs before `npm start` and `npm test`: installs the locked dependencies (`npm ci`) when
// node_modules is missing or older than package-lock.json, and regenerates WXT's types when they
// are missing, so both commands work right after cloning. Plain Node on purpose: nothing to install.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const lockFile = join(root, 'package-lock.json');
// npm writes this copy of the lock into node_modules at the end of every install.
const installedLock = join(root, 'node_modules', '.package-lock.json');

/** Why an install is needed, or null when node_modules matches the lock. */
function installReason() {
  if (!existsSync(join(root, 'node_modules'))) return 'chưa có node_modules';
  if (!existsSync(installedLock)) return 'node_modules chưa được cài đầy đủ';
  if (existsSync(lockFile) && statSync(lockFile).mtimeMs > statSync(installedLock).mtimeMs) return 'package-lock.json mới hơn node_modules';
  return null;
}

/** Runs a command with the console attached; exits with its code when it fails. */
function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.error) console.error(result.error.message);
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const reason = installReason();
if (reason) {
  console.error(`Đang cài thư viện (npm ci) vì ${reason}…`);
  // Under `npm start`/`npm test`, npm says where its own CLI is; otherwise use the one on PATH.
  const npmCli = process.env.npm_execpath;
  if (npmCli && /npm-cli\.js$/.test(npmCli)) run(process.execPath, [npmCli, 'ci']);
  else run('npm', ['ci']);
}
// `npm ci` runs `wxt prepare` (postinstall); this covers a deleted .wxt folder.
if (!existsSync(join(root, '.wxt', 'tsconfig.json'))) {
  console.error('Đang tạo kiểu của WXT (wxt prepare)…');
  run(process.execPath, [join(root, 'node_modules', 'wxt', 'bin', 'wxt.mjs'), 'prepare']);
}
