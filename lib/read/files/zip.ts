import { unzipSync } from 'fflate';
import { extractDirective } from '../../extract/index';
import { failures } from './messages';
import type { FileReadFailure, FileReadLimits, FileReadResult, FileReadSuccess } from './types';

/** Reads one file found in the archive (the dispatcher, passed in to avoid an import cycle). */
export type ReadEntry = (bytes: Uint8Array, name: string) => Promise<FileReadResult>;

// Documents worth reading; .doc/.rtf are listed so that their refusal is what the user sees.
const DOCUMENT_EXT = /\.(?:pdf|docx|xlsx|txt|doc|rtf)$/iu;

/** Folds a file name for matching: no diacritics, đ → d, lower case. */
export function foldName(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

// The submission slip ("phiếu trình", "tờ trình") travels with the directive but is not it.
const SLIP = /phieu[\s_.-]*trinh|(?:^|[\s_./-])pt[\s_.-]|(?:^|[\s_./-])to[\s_.-]*trinh/u;

/** True when a file name looks like a phiếu trình / tờ trình rather than the directive. */
export function looksLikeSlip(name: string): boolean {
  return SLIP.test(foldName(name.split('/').pop() ?? name));
}

/** ZIP names without the UTF-8 flag come out as Latin-1: re-read them as UTF-8 when they are. */
function repairName(name: string): string {
  if (!/[\u0080-\u00ff]/.test(name) || /[^\u0000-\u00ff]/.test(name)) return name;
  const bytes = Uint8Array.from(name, (c) => c.charCodeAt(0));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return name;
  }
}

/** The names a ZIP lists, without inflating anything; null when it is not a readable ZIP. */
export function listZipEntries(bytes: Uint8Array): string[] | null {
  const names: string[] = [];
  try {
    unzipSync(bytes, { filter: (file) => (names.push(file.name), false) });
  } catch {
    return null;
  }
  return names;
}

interface Candidate {
  name: string;
  result: FileReadSuccess;
  slip: boolean;
  numbered: boolean;
}

/**
 * Opens a ZIP (bounded: entry count, total inflated size) and reads the directive in it: PDF, DOCX
 * or text files, the phiếu trình set aside; among several, the one whose header gives a document
 * number, then the longest text. `file` names the one chosen.
 */
export async function readZip(bytes: Uint8Array, readEntry: ReadEntry, limits: FileReadLimits): Promise<FileReadResult> {
  let files: Record<string, Uint8Array>;
  try {
    let entries = 0;
    let inflated = 0;
    let tooBig = false;
    files = unzipSync(bytes, {
      filter: (file) => {
        if (++entries > limits.maxZipEntries) tooBig = true;
        if (tooBig || file.name.endsWith('/') || !DOCUMENT_EXT.test(repairName(file.name))) return false;
        // fflate inflates into a buffer of the declared size, so the declared sizes bound memory.
        inflated += file.originalSize;
        if (inflated > limits.maxZipBytes) tooBig = true;
        return !tooBig;
      },
    });
    if (tooBig) return failures.zipBomb();
  } catch {
    return failures.corrupt('Tệp nén ZIP');
  }
  const names = Object.keys(files)
    .map((raw) => ({ raw, name: repairName(raw) }))
    .sort((a, b) => Number(looksLikeSlip(a.name)) - Number(looksLikeSlip(b.name)) || files[b.raw]!.length - files[a.raw]!.length)
    .slice(0, limits.maxZipCandidates);
  if (names.length === 0) return failures.zipNoDocument();

  const candidates: Candidate[] = [];
  let firstFailure: FileReadFailure | null = null;
  for (const { raw, name } of names) {
    const result = await readEntry(files[raw]!, name);
    if (!result.ok) {
      firstFailure ??= result;
      continue;
    }
    const slip = looksLikeSlip(name);
    const numbered = extractDirective(result.text).document.number !== null;
    candidates.push({ name, result, slip, numbered });
  }
  const best = candidates.sort(
    (a, b) => Number(a.slip) - Number(b.slip) || Number(b.numbered) - Number(a.numbered) || b.result.text.length - a.result.text.length,
  )[0];
  if (!best) return firstFailure ?? failures.zipNoDocument();
  const { kind: _kind, file: _file, ...rest } = best.result;
  return { ...rest, kind: 'zip', file: best.name };
}
