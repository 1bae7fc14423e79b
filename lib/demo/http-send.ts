import type { ServerResponse } from 'node:http';

/** Headers of every demo answer. */
export const SECURITY_HEADERS = {
  // Everything the pages use is served here; nothing loads from elsewhere.
  // Inline style attributes are allowed: the directive block is styled `white-space: pre-wrap`.
  'content-security-policy': "default-src 'self'; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
} as const;

/** Sends a text answer with the demo's headers. */
export function send(res: ServerResponse, status: number, type: string, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': type, 'content-length': Buffer.byteLength(body), ...headers });
  res.end(body);
}

/** Sends a JSON answer (no body for HEAD). */
export function sendJson(res: ServerResponse, status: number, value: unknown, head = false): void {
  send(res, status, 'application/json; charset=utf-8', head ? '' : JSON.stringify(value));
}

/** Sends a file's bytes, named for the browser's download (no body for HEAD). */
export function sendFile(res: ServerResponse, file: { name: string; bytes: Uint8Array; type?: string }, head = false): void {
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'content-type': file.type ?? 'application/pdf',
    'content-length': file.bytes.byteLength,
    'content-disposition': `inline; filename*=UTF-8''${encodeURIComponent(file.name)}`,
  });
  res.end(head ? undefined : file.bytes);
}
