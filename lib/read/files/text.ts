import { detectLegacyEncoding } from './legacy-encoding';

/**
 * Decodes a plain-text file: UTF-8 (byte-order mark removed), UTF-16 with a byte-order mark, or
 * an 8-bit legacy file. An 8-bit file is read as Windows-1252 when it holds TCVN3/VNI text (the
 * legacy converter then maps it) and as Windows-1258, the Vietnamese code page, otherwise.
 */
export function decodeTextBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // Not UTF-8: an 8-bit legacy file.
  }
  const western = new TextDecoder('windows-1252').decode(bytes);
  if (detectLegacyEncoding(western)) return western;
  try {
    return new TextDecoder('windows-1258').decode(bytes);
  } catch {
    // A runtime without the Vietnamese code page (small-ICU builds).
    return western;
  }
}
