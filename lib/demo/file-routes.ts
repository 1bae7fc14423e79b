import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DemoDoc } from './demo-docs';
import type { DemoFile } from './demo-files';
import { send, sendFile, sendJson } from './http-send';
import { FILE_LIST_SCRIPT } from './file-list-script';
import { DEMO_PATHS, renderSessionExpiredPage } from './pages';
import { NEW_APP_PATHS, NEW_APP_SCRIPT, renderNewAppShell } from './pages-new';

/** Where the routes learn whether a request carries a session the demo issued. */
export interface SessionCheck {
  /** The older app's `JSESSIONID` (Path=/qlvbdh). */
  old(req: IncomingMessage): boolean;
  /** The newer app's cookie (Path=/, shared by its API and file host). */
  fresh(req: IncomingMessage): boolean;
  /** `Set-Cookie` headers starting a newer-app session unless the request has one. */
  startFresh(req: IncomingMessage): Record<string, string>;
}

/**
 * The routes that serve documents' files, both iOffice generations: the older app's attachment
 * list (JSON) and JSP download endpoint, the newer app's shell, script, API and file host.
 * Returns a router that answers and returns true for the paths it knows.
 */
export function createFileRoutes(docs: readonly DemoDoc[], files: ReadonlyMap<string, readonly DemoFile[]>, session: SessionCheck, fileHostName?: string) {
  const byPath = new Map<string, DemoFile>();
  for (const list of files.values()) for (const file of list) byPath.set(file.path, file);
  const withFiles = docs.filter((d) => files.has(d.flyid));
  const byId = new Map(withFiles.map((d) => [d.flyid, d]));
  // The file host: this server under a path prefix; with `fileHostName`, also under that host name
  // (another origin, as `<tenant>-file…` is), the port being the one the request came in on.
  const fileHostUrl = (file: DemoFile, req: IncomingMessage) =>
    `${fileHostName ? `http://${fileHostName}:${req.socket.localPort}` : ''}${NEW_APP_PATHS.files}vnpt${file.path.split('/').map(encodeURIComponent).join('/')}`;

  const summary = (d: DemoDoc) => ({ id: d.flyid, soKyHieu: d.number || d.stem, trichYeu: d.subject, coQuanBanHanh: d.issuer, ngayDen: d.received, hanXuLy: d.deadline });

  return function route(req: IncomingMessage, res: ServerResponse, url: URL): boolean {
    const head = req.method === 'HEAD';
    const expired = () => send(res, 401, 'text/html; charset=utf-8', head ? '' : renderSessionExpiredPage());
    const notFound = () => send(res, 404, 'text/plain; charset=utf-8', 'Không tìm thấy.');
    const path = url.pathname;
    // Older app: the list of a document's files, as the detail page's script asks for it.
    if (path === DEMO_PATHS.fileList) {
      const list = files.get(url.searchParams.get('flyid') ?? '');
      if (!session.old(req)) return expired(), true;
      if (!list) return sendJson(res, 404, [], head), true;
      sendJson(res, 200, list.map((f) => ({ path: f.path, name: f.name, size: f.bytes.byteLength, isPhieuTrinh: f.phieuTrinh })), head);
      return true;
    }
    // Older app: the JSP download, the stored path in the query string.
    if (path === DEMO_PATHS.downloadServlet) {
      const file = byPath.get(url.searchParams.get('path') ?? '');
      if (!file) return notFound(), true;
      if (!session.old(req)) return expired(), true;
      return sendFile(res, file, head), true;
    }
    if (path === DEMO_PATHS.fileScript) return send(res, 200, 'text/javascript; charset=utf-8', head ? '' : FILE_LIST_SCRIPT), true;
    // Newer app: every route of the single-page app serves its shell (and starts a session).
    if (path === NEW_APP_PATHS.list || path.startsWith(NEW_APP_PATHS.detail)) {
      return send(res, 200, 'text/html; charset=utf-8', head ? '' : renderNewAppShell(), session.startFresh(req)), true;
    }
    if (path === NEW_APP_PATHS.script) return send(res, 200, 'text/javascript; charset=utf-8', head ? '' : NEW_APP_SCRIPT), true;
    if (path === NEW_APP_PATHS.api || path.startsWith(`${NEW_APP_PATHS.api}/`)) {
      if (!session.fresh(req)) return sendJson(res, 401, { loi: 'Phiên làm việc đã hết hạn' }, head), true;
      const rest = decodeURIComponent(path.slice(NEW_APP_PATHS.api.length + 1));
      if (!rest) return sendJson(res, 200, withFiles.map(summary), head), true;
      if (rest === 'thong-bao') return sendJson(res, 200, { chuaDoc: 0 }, head), true;
      const doc = byId.get(rest);
      if (!doc) return sendJson(res, 404, { loi: 'Không tìm thấy văn bản' }, head), true;
      const tepDinhKem = files.get(doc.flyid)!.map((f) => ({ ten: f.name, kichThuoc: f.bytes.byteLength, laPhieuTrinh: f.phieuTrinh, duongDan: fileHostUrl(f, req) }));
      return sendJson(res, 200, { ...summary(doc), tepDinhKem }, head), true;
    }
    // Newer app: the file host, `/<tenant>/<stored path>`.
    if (path.startsWith(NEW_APP_PATHS.files)) {
      let stored: string;
      try {
        stored = decodeURIComponent(path.slice(NEW_APP_PATHS.files.length)).replace(/^[^/]+/, '');
      } catch {
        return notFound(), true;
      }
      const file = byPath.get(stored);
      if (!file) return notFound(), true;
      if (!session.fresh(req)) return expired(), true;
      return sendFile(res, file, head), true;
    }
    return false;
  };
}
