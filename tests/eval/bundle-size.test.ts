// @vitest-environment node
// What `npm run bench` counts as a page's first JavaScript: its module scripts and their static imports.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileSize, gzipSize, moduleScripts, pageFirstLoad, staticImports } from '../../lib/eval/bundle-size';

describe('staticImports', () => {
  it('finds static imports and re-exports, minified or not, and skips dynamic ones', () => {
    const code = [
      'import"./a.js";import{x as y,z}from"./b.js";import*as ns from"./c.js";',
      'import d, { e } from "./d.js";',
      "export*from'./e.js';export{q}from\"./f.js\";",
      'const lazy=()=>import("./lazy.js");const url=import.meta.url;',
      'const imports=1;let from="./not-an-import.js";',
    ].join('\n');
    expect(staticImports(code).sort()).toEqual(['./a.js', './b.js', './c.js', './d.js', './e.js', './f.js']);
  });
});

describe('moduleScripts', () => {
  it('lists the module scripts of a page, not the classic ones', () => {
    const html = `<script src="/old.js"></script><script type="module" crossorigin src="/chunks/panel.js"></script>
      <script type=module src='/chunks/two.js'></script><link rel="modulepreload" href="/chunks/shared.js">`;
    expect(moduleScripts(html)).toEqual(['/chunks/panel.js', '/chunks/two.js']);
  });
});

describe('pageFirstLoad', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nhac-viec-size-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'chunks'));
  writeFileSync(join(dir, 'panel.html'), '<script type="module" src="/chunks/entry.js"></script>');
  writeFileSync(join(dir, 'chunks', 'entry.js'), 'import{a}from"./shared.js";import"./style.js";const l=()=>import("./engine.js");');
  writeFileSync(join(dir, 'chunks', 'shared.js'), 'import"./style.js";export const a=1;');
  writeFileSync(join(dir, 'chunks', 'style.js'), 'export{};');
  writeFileSync(join(dir, 'chunks', 'engine.js'), `export const big="${'x'.repeat(5000)}";`);

  it('follows static imports once each and leaves dynamic ones out', () => {
    const load = pageFirstLoad(dir, 'panel.html');
    expect(load.files.map((f) => f.file).sort()).toEqual(['chunks/entry.js', 'chunks/shared.js', 'chunks/style.js']);
    expect(load.gzip).toBe(load.files.reduce((sum, f) => sum + f.gzip, 0));
    expect(load.files[0]!.gzip).toBe(gzipSize(`import{a}from"./shared.js";import"./style.js";const l=()=>import("./engine.js");`));
  });

  it('sizes one file', () => {
    expect(fileSize(dir, 'chunks/engine.js')).toMatchObject({ file: 'chunks/engine.js', bytes: 5020 });
  });
});
