// @vitest-environment node
// A downloaded attachment that is a scanned PDF comes back with its bytes, for OCR on request;
// a scan inside a ZIP, or a readable PDF, does not.
import { describe, expect, it } from 'vitest';
import { fetchAttachmentText } from '../../../lib/read/files/fetch-attachment';
import { loadPdfjsForNode } from '../../../lib/read/files/pdfjs-node';
import { makeImageOnlyPdf } from '../../fixtures/directive-pdf';
import { makeZip } from '../../../lib/fixtures/docx';

const serve = (bytes: Uint8Array, type: string): typeof fetch => async () => new Response(bytes as BodyInit, { headers: { 'content-type': type } });

describe('fetchAttachmentText on a scan', () => {
  it('says it is a scan and keeps the PDF bytes for OCR', async () => {
    const scan = await makeImageOnlyPdf(2);
    const result = await fetchAttachmentText('http://127.0.0.1/scan.pdf', 'scan.pdf', loadPdfjsForNode, serve(scan, 'application/pdf'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(/2 trang.*bản scan/u);
    expect(result.scan).toEqual(scan);
  });

  it('offers no OCR for a scan inside a ZIP (OCR reads PDFs only)', async () => {
    const zip = makeZip({ 'scan.pdf': await makeImageOnlyPdf(1) });
    const result = await fetchAttachmentText('http://127.0.0.1/vb.zip', 'vb.zip', loadPdfjsForNode, serve(zip, 'application/zip'));
    expect(result.ok).toBe(false);
    expect('scan' in result).toBe(false);
  });
});
