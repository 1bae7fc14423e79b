import type { DemoDoc } from './demo-docs';
import { escapeHtml as h } from './html';

/** Paths of the demo inbox, imitating the older server-rendered iOffice under `/qlvbdh/`. */
export const DEMO_PATHS = {
  inbox: '/qlvbdh/main',
  document: '/qlvbdh/vanbanden/chitiet',
  noDirective: '/qlvbdh/lichcongtac',
  events: '/qlvbdh/notify/stream',
  script: '/qlvbdh/static/notify.js',
  style: '/qlvbdh/static/demo.css',
  download: '/qlvbdh/download',
  /** A document's attachment list (JSON), asked by the detail page's script. */
  fileList: '/qlvbdh/vanbanden/dsfiledinhkem',
  /** The JSP-style download endpoint: the stored path in the query string. */
  downloadServlet: '/qlvbdh/DownloadServlet',
  fileScript: '/qlvbdh/static/dinhkem.js',
} as const;

/** The attachment list of a document (`/qlvbdh/vanbanden/dsfiledinhkem?flyid=…`). */
export function fileListPath(flyid: string): string {
  return `${DEMO_PATHS.fileList}?flyid=${encodeURIComponent(flyid)}`;
}

/** The download of a stored file (`/qlvbdh/DownloadServlet?path=…`). */
export function downloadServletPath(path: string): string {
  return `${DEMO_PATHS.downloadServlet}?path=${encodeURIComponent(path)}`;
}

/** Link to a document's attachment (`/qlvbdh/download?flyid=…&file=….pdf`). */
export function downloadPath(flyid: string, file: string): string {
  return `${DEMO_PATHS.download}?flyid=${encodeURIComponent(flyid)}&file=${encodeURIComponent(file)}`;
}

/** Link to a document's detail page. */
export function documentPath(flyid: string): string {
  return `${DEMO_PATHS.document}?flyid=${encodeURIComponent(flyid)}`;
}

function layout(title: string, content: string): string {
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>${h(title)} - VNPT-iOffice (demo)</title>
<link rel="stylesheet" href="${DEMO_PATHS.style}"><script src="${DEMO_PATHS.script}" defer></script></head>
<body>
<header class="top-bar"><span class="logo">VNPT-iOffice</span> <span class="tenant">Hộp văn bản mẫu của Nhắc Việc</span>
<span class="user">Nguyễn Văn An — Chuyên viên <span id="thong-bao" class="badge">0</span></span></header>
<nav class="left-menu"><ul>
<li><a href="${DEMO_PATHS.inbox}?lang=vi">Văn bản đến</a></li>
<li><a href="${DEMO_PATHS.inbox}?lang=vi&amp;vaitro=xlc">Xử lý chính</a></li>
<li><a href="${DEMO_PATHS.inbox}?lang=vi&amp;vaitro=ph">Phối hợp</a></li>
<li><a href="${DEMO_PATHS.noDirective}">Lịch công tác</a></li>
</ul></nav>
<div id="content">
${content}
</div>
<footer class="bottom-bar">Trang mô phỏng để thử tiện ích, không phải hệ thống thật. Dữ liệu: văn bản mẫu của dự án.</footer>
</body></html>
`;
}

/** The inbox list: table `#dt_basic`, one `tr[id^="vb_"]` per document with iOffice's attributes. */
export function renderInboxPage(docs: readonly DemoDoc[], role: 'xlc' | 'ph' | null = null): string {
  const rows = docs
    .filter((d) => !role || d.role === role)
    .map(
      (d, i) => `<tr id="vb_${h(d.flyid)}" flyid="${h(d.flyid)}" so_ky_hieu="${h(d.number)}" trich_yeu="${h(d.subject)}" don_vi_ban_hanh="${h(d.issuer)}" ngay_den="${h(d.received)}" do_khan="${h(d.urgency)}">
<td>${i + 1}</td><td><a href="${h(documentPath(d.flyid))}">${h(d.number || d.stem)}</a></td><td>${h(d.subject)}</td><td>${h(d.issuer)}</td>
<td>${h(d.received)}</td><td>${h(d.urgency)}</td><td class="vanbanden_hienthi_han_xuly">${h(d.deadline)}</td><td>${d.role === 'xlc' ? 'XLC' : 'PH'}</td></tr>`,
    )
    .join('\n');
  return layout(
    'Văn bản đến',
    `<h2>Văn bản đến chờ xử lý</h2>
<div class="filters">Vai trò: <span class="filter" c-val="xlc">Xử lý chính</span> <span class="filter" c-val="ph">Phối hợp</span></div>
<table id="dt_basic" class="table">
<thead><tr><th>STT</th><th>Số/Ký hiệu</th><th>Trích yếu</th><th>Cơ quan ban hành</th><th>Ngày đến</th><th>Độ khẩn</th><th>Hạn xử lý</th><th>Vai trò</th></tr></thead>
<tbody>
${rows}
</tbody></table>`,
  );
}

/**
 * A directive's text as page markup: escaped (the page shows it, never runs it as HTML) in a
 * block styled `white-space: pre-wrap`, so line breaks, blank lines and column spacing are
 * shown, and read back, exactly as in the corpus file.
 */
export function renderDirectiveText(text: string): string {
  return `<div class="vb-noidung" id="noidung" style="white-space: pre-wrap">${h(text)}</div>`;
}

/**
 * A document's detail page: metadata table, attachment line, and the directive's text in the
 * page — or, for a document served with a file (`attachment`), a link to that file instead; or,
 * with `listed`, as iOffice shows most documents: the metadata, the document id in a hidden field
 * and an attachment list the page's script asks the server for (no file link in the markup).
 */
export function renderDocumentPage(doc: DemoDoc, attachment: string | null = null, { listed = false }: { listed?: boolean } = {}): string {
  const meta: [string, string][] = [
    ['Số/Ký hiệu', doc.number],
    ['Trích yếu', doc.subject],
    ['Cơ quan ban hành', doc.issuer],
    ['Ngày đến', doc.received],
    ['Độ khẩn', doc.urgency],
    ['Hạn xử lý', doc.deadline],
    ['Vai trò', doc.role === 'xlc' ? 'Xử lý chính' : 'Phối hợp'],
  ];
  return layout(
    doc.number || doc.stem,
    `<h2>Chi tiết văn bản đến</h2>
<table class="vb-thongtin">
${meta.map(([k, v]) => `<tr><th>${h(k)}</th><td>${h(v)}</td></tr>`).join('\n')}
</table>
${
  listed
    ? `<input type="hidden" name="flyid" id="flyid" value="${h(doc.flyid)}">
<div class="vb-dinhkem">Tệp đính kèm:<ul class="attachments" id="ds-file-dinh-kem" data-flyid="${h(doc.flyid)}"><li class="loading">Đang tải danh sách tệp…</li></ul></div>
<script src="${DEMO_PATHS.fileScript}" defer></script>`
    : attachment
    ? // As iOffice shows most documents: the metadata, and the text only in the attached file.
      `<div class="vb-dinhkem">Tệp đính kèm:<ul class="attachments"><li><a href="${h(downloadPath(doc.flyid, attachment))}">${h(attachment)}</a></li></ul></div>`
    : `<div class="vb-dinhkem">Tệp đính kèm: ${h(doc.stem)}.pdf</div>
${renderDirectiveText(doc.text)}`
}
<div class="actions"><a href="${DEMO_PATHS.inbox}?lang=vi">Quay lại danh sách</a></div>`,
  );
}

/** A page with text but no directive: the week's schedule of meetings. */
export function renderNoDirectivePage(): string {
  const rows: [string, string, string][] = [
    ['Thứ Hai', '08:00', 'Giao ban đầu tuần tại phòng họp số 1'],
    ['Thứ Ba', '14:00', 'Tiếp công dân định kỳ'],
    ['Thứ Tư', '09:00', 'Họp chuyên đề về chuyển đổi số'],
    ['Thứ Sáu', '15:30', 'Sinh hoạt chi bộ'],
  ];
  return layout(
    'Lịch công tác tuần',
    `<h2>Lịch công tác tuần</h2>
<table class="lich">
<thead><tr><th>Ngày</th><th>Giờ</th><th>Nội dung</th></tr></thead>
<tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${h(c)}</td>`).join('')}</tr>`).join('\n')}</tbody>
</table>
<p>Lịch có thể thay đổi; xem lại vào đầu mỗi ngày.</p>`,
  );
}

/** 404 page. */
export function renderNotFoundPage(): string {
  return layout('Không tìm thấy', '<h2>Không tìm thấy trang</h2><p>Trang này không có trong hộp văn bản mẫu.</p>');
}

/** 401 answer of a download without a valid session cookie: short, as iOffice's. */
export function renderSessionExpiredPage(): string {
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Phiên làm việc đã hết hạn - VNPT-iOffice (demo)</title></head>
<body><h2>Phiên làm việc đã hết hạn</h2><p>Vui lòng đăng nhập lại.</p></body></html>
`;
}

/**
 * The page script: keeps one notification stream open, as iOffice does, so the page never
 * reaches "network idle" and tests must wait for the DOM instead.
 */
export const NOTIFY_SCRIPT = `(() => {
  const badge = document.getElementById('thong-bao');
  const source = new EventSource(${JSON.stringify(DEMO_PATHS.events)});
  source.addEventListener('message', (event) => {
    if (badge) badge.textContent = String(Number(event.data) || 0);
  });
})();
`;

export const DEMO_STYLE = `body{font:15px/1.5 system-ui,sans-serif;margin:0;display:grid;grid-template-columns:12rem 1fr;grid-template-rows:auto 1fr auto}
.top-bar{grid-column:1/3;background:#0b5cad;color:#fff;padding:.5rem 1rem;display:flex;gap:1rem}.top-bar .user{margin-left:auto}
.badge{background:#d33;border-radius:1em;padding:0 .4em}
.left-menu{background:#eef3f9;padding:1rem}.left-menu ul{list-style:none;padding:0;margin:0}.left-menu li{margin:.3rem 0}
#content{padding:1rem 1.5rem;max-width:60rem}table{border-collapse:collapse}td,th{border:1px solid #ccd;padding:.25rem .5rem;vertical-align:top}
.filter{border:1px solid #0b5cad;border-radius:1em;padding:0 .6em;margin-right:.3em}
.vb-noidung{margin-top:1rem;padding:1rem;border:1px solid #ddd;background:#fff;white-space:pre-wrap}
.bottom-bar{grid-column:1/3;color:#666;font-size:12px;padding:.5rem 1rem;border-top:1px solid #ddd}
`;
