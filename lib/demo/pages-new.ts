import { escapeHtml as h } from './html';

/**
 * Paths of the newer iOffice imitation. The real app runs on `<tenant>.vnptioffice.vn/main/…`,
 * its REST API on `<tenant>-api.vnptioffice.vn` and its files on `<tenant>-file.vnptioffice.vn`;
 * the demo serves all three from one origin under these prefixes (the e2e build may read
 * `127.0.0.1` only), and the pages reach them only through the links and requests the app makes.
 */
export const NEW_APP_PATHS = {
  /** Single-page app routes: the waiting list and `chi-tiet/<id>`. */
  app: '/main/van-ban-den',
  list: '/main/van-ban-den/cho-xu-ly',
  detail: '/main/van-ban-den/chi-tiet/',
  script: '/main/static/app.js',
  /** Stands for `https://<tenant>-api.vnptioffice.vn/api/v1`. */
  api: '/api-host/api/v1/van-ban-den',
  /** Stands for `https://<tenant>-file.vnptioffice.vn`. */
  files: '/file-host/',
} as const;

/** The session cookie of the newer app (the API and the file host both check it). */
export const NEW_APP_COOKIE = 'IOFFICE_SESSION';

/** The detail route of a document in the newer app. */
export function newAppDetailPath(id: string): string {
  return `${NEW_APP_PATHS.detail}${encodeURIComponent(id)}`;
}

/** The app's shell: every route serves it, the script draws the page from the API's answers. */
export function renderNewAppShell(): string {
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Văn bản đến - VNPT-iOffice (demo, bản mới)</title>
<script src="${NEW_APP_PATHS.script}" defer></script></head>
<body><header class="app-header">VNPT-iOffice <span class="tenant">${h('Hộp văn bản mẫu của Nhắc Việc')}</span></header>
<main id="app"><p class="loading">Đang tải…</p></main>
<footer>Trang mô phỏng để thử tiện ích, không phải hệ thống thật.</footer></body></html>
`;
}

/**
 * The app: reads the route, asks the API, draws the list or the detail with its attachment links
 * (to the file host). Text is set as text, never as markup. Polls the API now and then, as the
 * real app keeps talking to its server: the page is never idle.
 */
export const NEW_APP_SCRIPT = `(() => {
  const app = document.getElementById('app');
  const api = ${JSON.stringify(NEW_APP_PATHS.api)};
  const el = (tag, props, ...children) => { const e = Object.assign(document.createElement(tag), props || {}); e.append(...children); return e; };
  const get = (url) => fetch(url, { credentials: 'include', headers: { accept: 'application/json' } }).then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))));
  const fail = (error) => { app.textContent = error.message === '401' ? 'Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.' : 'Không tải được dữ liệu.'; };
  const path = location.pathname;
  if (path.startsWith(${JSON.stringify(NEW_APP_PATHS.detail)})) {
    const id = decodeURIComponent(path.slice(${NEW_APP_PATHS.detail.length}));
    get(api + '/' + encodeURIComponent(id)).then((vb) => {
      const files = el('ul', { className: 'file-dinh-kem' }, ...vb.tepDinhKem.map((f) => el('li', {},
        el('a', { className: 'file-link', href: f.duongDan, target: '_blank' }, f.ten),
        ...(f.laPhieuTrinh ? [el('span', { className: 'tag-phieu-trinh' }, ' Phiếu trình')] : []))));
      const section = el('section', { className: 'vb-detail' },
        el('h2', {}, 'Chi tiết văn bản đến'),
        el('dl', {}, el('dt', {}, 'Số/Ký hiệu'), el('dd', { className: 'so-ky-hieu' }, vb.soKyHieu),
          el('dt', {}, 'Trích yếu'), el('dd', { className: 'trich-yeu' }, vb.trichYeu),
          el('dt', {}, 'Cơ quan ban hành'), el('dd', {}, vb.coQuanBanHanh),
          el('dt', {}, 'Hạn xử lý'), el('dd', {}, vb.hanXuLy)),
        el('h3', {}, 'Tệp đính kèm'), files);
      section.dataset.id = vb.id;
      app.replaceChildren(section);
    }).catch(fail);
  } else {
    get(api + '?trangThai=cho-xu-ly').then((rows) => {
      app.replaceChildren(el('h2', {}, 'Văn bản đến chờ xử lý'), el('table', { className: 'vb-list' },
        el('tbody', {}, ...rows.map((vb) => { const tr = el('tr', {}, el('td', {}, el('a', { href: ${JSON.stringify(NEW_APP_PATHS.detail)} + encodeURIComponent(vb.id) }, vb.soKyHieu)), el('td', {}, vb.trichYeu), el('td', {}, vb.hanXuLy)); tr.dataset.id = vb.id; return tr; }))));
    }).catch(fail);
  }
  setInterval(() => { fetch(api + '/thong-bao', { credentials: 'include' }).catch(() => {}); }, 20000);
})();
`;
