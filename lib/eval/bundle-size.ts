import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

// Built sizes of the extension, as a browser loads it: the files a page must fetch before its
// first script runs (the HTML's module scripts and every chunk they import statically), gzipped.
// Dynamic `import()`s (the extraction engine) are loaded later and are not counted.

/** Bytes of `data` after `gzip -9`. */
export function gzipSize(data: string | Uint8Array): number {
  return gzipSync(data, { level: 9 }).length;
}

/** The `src` of every `<script type="module">` of an HTML page, in document order. */
export function moduleScripts(html: string): string[] {
  const sources: string[] = [];
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    if (!/\btype\s*=\s*["']?module\b/i.test(tag)) continue;
    const src = /\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
    const value = src?.[1] ?? src?.[2] ?? src?.[3];
    if (value) sources.push(value);
  }
  return sources;
}

/**
 * Specifiers a built ES module imports or re-exports statically: `import"x"`, `import{a}from"x"`,
 * `import*as a from"x"`, `export{a}from"x"`, `export*from"x"`. Dynamic `import("x")` is not one.
 * Meant for bundler output (minified or not), where these forms are the only ones used.
 */
export function staticImports(code: string): string[] {
  const found = new Set<string>();
  // `import "x"` (never `import("x")`, `import.meta`), then `import … from "x"` / `export … from "x"`
  // with no string, parenthesis or statement end in between.
  const bare = /(?<![\w$.])import\s*(["'])([^"'\n]+)\1/g;
  const from = /(?<![\w$.])(?:import|export)(?![\w$.(])[^;()"'`]*?\bfrom\s*(["'])([^"'\n]+)\1/g;
  for (const pattern of [bare, from]) for (const match of code.matchAll(pattern)) found.add(match[2]!);
  return [...found];
}

/** One file of a page's first load, its size and its gzip size. */
export interface LoadedFile {
  /** Path inside the build folder, `/`-separated. */
  file: string;
  bytes: number;
  gzip: number;
}

/** What a page loads before its first script runs. */
export interface FirstLoad {
  files: LoadedFile[];
  bytes: number;
  gzip: number;
}

/** Resolves a specifier found in `fromFile` (a path inside `root`) to a path inside `root`, or null. */
function resolveIn(root: string, fromFile: string, specifier: string): string | null {
  if (/^[a-z][\w+.-]*:/i.test(specifier)) return null;
  const inside = specifier.startsWith('/') ? posix.normalize(specifier.slice(1)) : posix.join(posix.dirname(fromFile), specifier);
  if (inside.startsWith('..')) return null;
  return existsSync(join(root, inside)) ? inside : null;
}

/**
 * The JavaScript a page of a build loads first: its module scripts and, transitively, every chunk
 * they import statically. Sizes are per file (gzip of each file, as a server or a store would
 * compress them one by one) and summed.
 */
export function pageFirstLoad(buildDir: string, htmlFile: string): FirstLoad {
  const html = readFileSync(join(buildDir, htmlFile), 'utf8');
  const queue = moduleScripts(html)
    .map((src) => resolveIn(buildDir, htmlFile, src))
    .filter((file): file is string => file !== null);
  if (queue.length === 0) throw new Error(`${htmlFile}: no module script found`);
  const seen = new Set<string>();
  const files: LoadedFile[] = [];
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(buildDir, file));
    files.push({ file, bytes: code.length, gzip: gzipSize(code) });
    for (const specifier of staticImports(code.toString('utf8'))) {
      const next = resolveIn(buildDir, file, specifier);
      if (next && !seen.has(next)) queue.push(next);
    }
  }
  return { files, bytes: files.reduce((s, f) => s + f.bytes, 0), gzip: files.reduce((s, f) => s + f.gzip, 0) };
}

/** One built file on its own (a script injected by the extension imports nothing). */
export function fileSize(buildDir: string, file: string): LoadedFile {
  const code = readFileSync(join(buildDir, file));
  return { file, bytes: code.length, gzip: gzipSize(code) };
}
