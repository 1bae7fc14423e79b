// @vitest-environment node
// Downloading an attachment for the side panel: size limit, HTTP failures, and a real PDF read.
import { describe, expect, it } from 'vitest';
import { fetchAttachmentText, readLimitedBody } from '../../../lib/read/files/fetch-attachment';
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

  it('says so in Vietnamese when the server refuses', async () => {
    const result = await fetchAttachmentText('http://127.0.0.1/a.pdf', 'a.pdf', loadPdfjsForNode, respond('no', { status: 403 }));
    expect(result).toEqual({ ok: false, message: expect.stringContaining('403') });
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
