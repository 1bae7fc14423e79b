import { DEMO_PATHS } from './pages';

/**
 * The detail page's attachment list, filled as iOffice fills it: the page asks its server for the
 * document's files and links each to the download endpoint with the stored path in the query.
 * Names are set as text, never as markup.
 */
export const FILE_LIST_SCRIPT = `(() => {
  const list = document.getElementById('ds-file-dinh-kem');
  if (!list) return;
  fetch(${JSON.stringify(DEMO_PATHS.fileList)} + '?flyid=' + encodeURIComponent(list.dataset.flyid), { credentials: 'same-origin' })
    .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
    .then((files) => {
      list.textContent = '';
      for (const file of files) {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = ${JSON.stringify(DEMO_PATHS.downloadServlet)} + '?path=' + encodeURIComponent(file.path);
        a.textContent = file.name;
        a.className = 'file-dinh-kem';
        li.append(a);
        if (file.isPhieuTrinh) {
          const tag = document.createElement('span');
          tag.className = 'phieu-trinh';
          tag.textContent = ' (Phiếu trình)';
          li.append(tag);
        }
        list.append(li);
      }
    })
    .catch(() => { list.textContent = 'Không tải được danh sách tệp.'; });
})();
`;
