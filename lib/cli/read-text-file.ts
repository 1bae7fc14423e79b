import { readFileSync } from 'node:fs';

/** Removes a leading UTF-8 byte-order mark, which editors on Windows like to add. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Reads a text file as UTF-8 without its BOM: the text every span of the output refers to. */
export function readTextFile(path: string): string {
  return stripBom(readFileSync(path, 'utf8'));
}
