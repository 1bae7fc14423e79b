import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { DemoDoc } from './demo-docs';
import type { DemoFile } from './demo-files';
import { createFileRoutes } from './file-routes';
import { SECURITY_HEADERS, send, sendFile } from './http-send';
import {
  DEMO_PATHS,
  DEMO_STYLE,
  NOTIFY_SCRIPT,
  documentPath,
  downloadPath,
  fileListPath,
  renderDocumentPage,
  renderInboxPage,
  renderNoDirectivePage,
  renderNotFoundPage,
  renderSessionExpiredPage,
} from './pages';
import { NEW_APP_COOKIE, NEW_APP_PATHS, newAppDetailPath } from './pages-new';
import { createSessions, SESSION_COOKIE } from './sessions';

export { readCookie, SESSION_COOKIE } from './sessions';

/** A running demo inbox. */
export interface DemoInbox {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** The inbox list page. */
  inboxUrl: string;
  /** The page with text but no directive. */
  noDirectiveUrl: string;
  docs: readonly DemoDoc[];
  documentUrl(flyid: string): string;
  /** The download URL of a document's attached file, or null when it has none. */
  attachmentUrl(flyid: string): string | null;
  /** The older app's attachment list (JSON) of a document. */
  fileListUrl(flyid: string): string;
  /** The newer app's waiting list and a document's detail route. */
  newAppListUrl: string;
  newAppDocumentUrl(id: string): string;
  /** Stops the server and ends every open connection (notification streams included). */
  close(): Promise<void>;
}

export interface DemoInboxOptions {
  docs: readonly DemoDoc[];
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /** Interval of the notification stream's messages (ms). */
  pingMs?: number;
  /**
   * Files served as documents' attachments, by `flyid` (e.g. a PDF generated from the corpus text):
   * their detail pages link the file instead of showing the text.
   */
  attachments?: ReadonlyMap<string, DemoAttachment>;
  /**
   * Files of documents served as iOffice serves them (`buildDemoFiles`), by `flyid`: the detail
   * page lists them through its script and the attachment-list endpoint, they download through
   * `DownloadServlet?path=…`, and the newer app shows them too. Their documents are in `docs`.
   */
  files?: ReadonlyMap<string, readonly DemoFile[]>;
  /** Host name of the newer app's file links (e.g. `localhost`: another origin, as its file host is); default the page's own. */
  fileHostName?: string;
}

/** A file attached to a demo document. */
export interface DemoAttachment {
  /** File name, e.g. `013_cv-vpcp.pdf`. */
  name: string;
  bytes: Uint8Array;
  /** Defaults to `application/pdf`. */
  type?: string;
}

/** Open notification streams beyond this are refused (503): a page reconnects later. */
const MAX_STREAMS = 32;
/** A stream is ended after this long; EventSource reconnects, as a real page's would. */
const STREAM_LIFETIME_MS = 5 * 60_000;
const MAX_URL_LENGTH = 2048;


/**
 * Serves the demo inbox on `host:port` (127.0.0.1 and a free port by default): the list page
 * imitating the older iOffice, a detail page per document, a page without a directive, and the
 * long-lived notification stream the pages keep open. Only GET and HEAD; bounded URLs, streams
 * and timeouts; no request ever leaves the machine.
 */
export async function startDemoInbox({ docs, port = 0, host = '127.0.0.1', pingMs = 15_000, attachments = new Map(), files = new Map(), fileHostName }: DemoInboxOptions): Promise<DemoInbox> {
  const byId = new Map(docs.map((d) => [d.flyid, d]));
  const streams = new Set<ServerResponse>();
  const sockets = new Set<Socket>();
  const sessions = createSessions();
  const fileRoutes = createFileRoutes(docs, files, {
    old: (req) => sessions.valid(req, SESSION_COOKIE),
    fresh: (req) => sessions.valid(req, NEW_APP_COOKIE),
    startFresh: (req) => sessions.start(req, NEW_APP_COOKIE),
  }, fileHostName);

  const server = createServer((req, res) => {
    try {
      route(req, res);
    } catch {
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Lỗi máy chủ demo.');
      else res.destroy();
    }
  });
  server.requestTimeout = 10_000;
  server.headersTimeout = 5_000;
  server.keepAliveTimeout = 2_000;
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  function route(req: IncomingMessage, res: ServerResponse): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'Chỉ hỗ trợ GET.', { allow: 'GET, HEAD' });
    if (!req.url || req.url.length > MAX_URL_LENGTH) return send(res, 414, 'text/plain; charset=utf-8', 'Địa chỉ quá dài.');
    const url = new URL(req.url, 'http://demo.invalid');
    const html = (body: string, status = 200, headers: Record<string, string> = {}) =>
      send(res, status, 'text/html; charset=utf-8', req.method === 'HEAD' ? '' : body, headers);
    // Pages start a session, as a login would (the demo has none): downloads need it.
    const page = (body: string, status = 200) => html(body, status, sessions.start(req));
    if (fileRoutes(req, res, url)) return;
    switch (url.pathname) {
      case '/':
        return send(res, 302, 'text/plain; charset=utf-8', '', { location: `${DEMO_PATHS.inbox}?lang=vi` });
      case DEMO_PATHS.inbox: {
        const role = url.searchParams.get('vaitro');
        return page(renderInboxPage(docs, role === 'xlc' || role === 'ph' ? role : null));
      }
      case DEMO_PATHS.document: {
        const doc = byId.get(url.searchParams.get('flyid') ?? '');
        return doc ? page(renderDocumentPage(doc, attachments.get(doc.flyid)?.name ?? null, { listed: files.has(doc.flyid) })) : html(renderNotFoundPage(), 404);
      }
      case DEMO_PATHS.download: {
        const file = attachments.get(url.searchParams.get('flyid') ?? '');
        if (!file || file.name !== url.searchParams.get('file')) return html(renderNotFoundPage(), 404);
        if (!sessions.valid(req, SESSION_COOKIE)) return html(renderSessionExpiredPage(), 401);
        return sendFile(res, file, req.method === 'HEAD');
      }
      case DEMO_PATHS.noDirective:
        return page(renderNoDirectivePage());
      case DEMO_PATHS.script:
        return send(res, 200, 'text/javascript; charset=utf-8', NOTIFY_SCRIPT);
      case DEMO_PATHS.style:
        return send(res, 200, 'text/css; charset=utf-8', DEMO_STYLE);
      case DEMO_PATHS.events:
        return openStream(res);
      default:
        return html(renderNotFoundPage(), 404);
    }
  }

  function openStream(res: ServerResponse): void {
    if (streams.size >= MAX_STREAMS) return send(res, 503, 'text/plain; charset=utf-8', 'Quá nhiều kết nối.', { 'retry-after': '10' });
    res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': 'text/event-stream; charset=utf-8', connection: 'keep-alive' });
    res.write('retry: 10000\n\n');
    streams.add(res);
    let count = 0;
    const ping = setInterval(() => res.write(`data: ${++count % 10}\n\n`), pingMs);
    const end = setTimeout(() => res.end(), STREAM_LIFETIME_MS);
    ping.unref();
    end.unref();
    res.on('close', () => {
      clearInterval(ping);
      clearTimeout(end);
      streams.delete(res);
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
  let closing: Promise<void> | null = null;
  return {
    origin,
    inboxUrl: `${origin}${DEMO_PATHS.inbox}?lang=vi`,
    noDirectiveUrl: `${origin}${DEMO_PATHS.noDirective}`,
    docs,
    documentUrl: (flyid) => `${origin}${documentPath(flyid)}`,
    attachmentUrl: (flyid) => {
      const file = attachments.get(flyid);
      return file ? `${origin}${downloadPath(flyid, file.name)}` : null;
    },
    fileListUrl: (flyid) => `${origin}${fileListPath(flyid)}`,
    newAppListUrl: `${origin}${NEW_APP_PATHS.list}`,
    newAppDocumentUrl: (id) => `${origin}${newAppDetailPath(id)}`,
    close() {
      closing ??= new Promise<void>((resolve) => {
        for (const stream of streams) stream.destroy();
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
      return closing;
    },
  };
}
