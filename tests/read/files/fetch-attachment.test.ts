// @vitest-environment node
// Downloading an attachment for the side panel: size limit, HTTP failures, and a real PDF read.
import { describe, expect, it } from 'vitest';
import { fetchAttachmentText, readLimitedBody, sessionExpiredMessage } from '../../../lib/read/files/fetch-attachment';
import { loadPdfjsForNode } from '../../../lib/read/files/pdfjs-node';
import { loadDemoDocs } from '../../../lib/demo/demo-docs';
import { layoutDirective } from '../../fixtures/directive-layout';
import { makeDirectivePdf } from '../../fixtures/directive-pdf';

const respond = (body: BodyInit | null, init?: ResponseInit): typeof fetch => async () => new Response(body, init);

describe('fetchAttachmentText', () => {
  it('reads a PDF with the loader it is given, sending cookies', async () => {
    const doc = loadDemoDocs().find((d) => d.stem === 'seed-000')!;
    const bytes = await makeDirectivePdf(layoutDirective(doc.text));
    let credentials: RequestCredentials | undefined;
    const fetchImpl: typeof fetch = async (_url, init) => {
      credentials = init?.credentials;
      return new Response(bytes as BodyInit, { headers: { 'content-type': 'application/pdf' } });
    };
    const result = await fetchAttachmentText('http://127.0.0.1/a.pdf', 'a.pdf', loadPdfjsForNode, fetchImpl);
    expect(credentials).toBe('include');
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.text).toContain(doc.number.split('/')[0]!);
  });

  it('says so in Vietnamese when the server fails', async () => {
    const result = await fetchAttachmentText('http://127.0.0.1/a.pdf', 'a.pdf', loadPdfjsForNode, respond('no', { status: 500 }));
    expect(result).toEqual({ ok: false, message: expect.stringContaining('500') });
  });

  it.each([401, 403])('says the login session is gone when the server answers %i', async (status) => {
    const body = '<h2>Phiên làm việc đã hết hạn</h2>';
    const result = await fetchAttachmentText('http://127.0.0.1/a.pdf', 'a.pdf', loadPdfjsForNode, respond(body, { status, headers: { 'content-type': 'text/html' } }));
    expect(result).toEqual({ ok: false, message: sessionExpiredMessage('a.pdf') });
    expect(sessionExpiredMessage('a.pdf')).toBe(
      'Không tải được tệp “a.pdf”: phiên đăng nhập của trang đã hết hạn hoặc không hợp lệ. Hãy đăng nhập lại trên trang rồi thử lại.',
    );
  });

  it('takes a login page served in place of a PDF for an expired session', async () => {
    const login = respond('<form><input type="password" name="password"></form>', { headers: { 'content-type': 'text/html; charset=utf-8' } });
    expect(await fetchAttachmentText('http://127.0.0.1/a.pdf', 'a.pdf', loadPdfjsForNode, login)).toEqual({ ok: false, message: sessionExpiredMessage('a.pdf') });
  });

  it('refuses a body over the limit', async () => {
    const result = await fetchAttachmentText('http://127.0.0.1/a.pdf', 'a.pdf', loadPdfjsForNode, respond(new Uint8Array(2048)), 1024);
    expect(result).toEqual({ ok: false, message: expect.stringContaining('lớn hơn') });
    expect(await readLimitedBody(new Response(new Uint8Array(100)), 1024)).toHaveLength(100);
  });

  it('passes on the reader’s message for a file it cannot read', async () => {
    const result = await fetchAttachmentText('http://127.0.0.1/a.doc', 'a.doc', loadPdfjsForNode, respond(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/\.doc|Word/);
  });
});
