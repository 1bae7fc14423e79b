// The demo inbox itself: iOffice's list markup, escaped text, a stream that keeps the page busy.
import { request } from 'node:http';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { loadDemoDocs } from '../../lib/demo/demo-docs';
import { startDemoInbox } from '../../lib/demo/server';
import { e2e } from './harness';

async function get(url: string, method = 'GET'): Promise<{ status: number; type: string; body: string }> {
  const res = await fetch(url, { method, redirect: 'manual' });
  return { status: res.status, type: res.headers.get('content-type') ?? '', body: await res.text() };
}

describe('demo inbox', () => {
  it('lists every corpus document as an iOffice row', async () => {
    const { status, body } = await get(e2e().inboxUrl);
    expect(status).toBe(200);
    const { document } = parseHTML(body);
    const rows = [...document.querySelectorAll('#dt_basic tr[id^="vb_"]')];
    expect(rows).toHaveLength(e2e().docs.length);
    for (const row of rows) {
      for (const attribute of ['flyid', 'so_ky_hieu', 'trich_yeu', 'don_vi_ban_hanh', 'ngay_den', 'do_khan']) expect(row.hasAttribute(attribute)).toBe(true);
      expect(row.querySelector('td.vanbanden_hienthi_han_xuly')).not.toBeNull();
    }
    expect(document.querySelectorAll('[c-val="xlc"], [c-val="ph"]')).toHaveLength(2);
  });

  it('escapes document text: markup in a document is shown, never parsed', async () => {
    const docs = loadDemoDocs().slice(0, 1);
    docs[0]!.text = '<script>alert(1)</script> & <b>đậm</b>';
    const inbox = await startDemoInbox({ docs });
    try {
      const { body } = await get(inbox.documentUrl(docs[0]!.flyid));
      expect(body).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;đậm&lt;/b&gt;');
      expect(body).not.toContain('<script>alert');
    } finally {
      await inbox.close();
    }
  });

  it('answers unknown pages, methods and documents plainly', async () => {
    expect((await get(`${e2e().origin}/khong-co`)).status).toBe(404);
    expect((await get(`${e2e().origin}/qlvbdh/vanbanden/chitiet?flyid=0`)).status).toBe(404);
    expect((await get(`${e2e().origin}/qlvbdh/main`, 'POST')).status).toBe(405);
    expect((await get(`${e2e().origin}/`)).status).toBe(302);
    expect((await get(`${e2e().origin}/?${'x'.repeat(3000)}`)).status).toBe(414);
  });

  it('keeps a notification stream open, as iOffice does', async () => {
    const inbox = await startDemoInbox({ docs: loadDemoDocs().slice(0, 1), pingMs: 50 });
    try {
      const chunks = await new Promise<string>((resolve, reject) => {
        const req = request(`${inbox.origin}/qlvbdh/notify/stream`, (res) => {
          expect(res.headers['content-type']).toMatch(/text\/event-stream/);
          let data = '';
          res.on('data', (chunk) => {
            data += chunk;
            if ((data.match(/^data:/gm) ?? []).length >= 2) {
              req.destroy();
              resolve(data);
            }
          });
        });
        req.on('error', reject);
        req.end();
      });
      expect(chunks).toMatch(/^retry: 10000\n\ndata: 1\n\ndata: 2\n\n/);
    } finally {
      await inbox.close();
    }
  });

  it('closes with streams still open', async () => {
    const inbox = await startDemoInbox({ docs: loadDemoDocs().slice(0, 1) });
    const req = request(`${inbox.origin}/qlvbdh/notify/stream`);
    req.on('error', () => {});
    req.end();
    await new Promise((r) => setTimeout(r, 100));
    await expect(inbox.close()).resolves.toBeUndefined();
  });

  it('pages load nothing from outside the demo', async () => {
    const { body } = await get(e2e().docs[0]!.url);
    expect(body.match(/(?:src|href)="(?!\/)[^"]*"/g) ?? []).toEqual([]);
  });
});
