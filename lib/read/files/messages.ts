import type { FileFailureReason, FileReadFailure } from './types';

const MB = 1024 * 1024;

/** Megabytes with one decimal, Vietnamese style ("50,5 MB"). */
function formatMb(bytes: number): string {
  return `${(Math.round((bytes / MB) * 10) / 10).toString().replace('.', ',')} MB`;
}

/** Builds a failure with its Vietnamese message. */
export function fail(reason: FileFailureReason, message: string): FileReadFailure {
  return { ok: false, reason, message };
}

export const failures = {
  tooLarge: (size: number, max: number) =>
    fail('too-large', `Tệp quá lớn (${formatMb(size)}): chỉ đọc được tệp đến ${formatMb(max)}. Hãy tải riêng tệp văn bản chính (PDF/DOCX) rồi thử lại.`),
  tooManyPages: (pages: number, max: number) =>
    fail('too-many-pages', `Tệp PDF có ${pages} trang, vượt giới hạn ${max} trang. Hãy tách phần văn bản chính (vài trang đầu) ra một tệp riêng rồi thử lại.`),
  encrypted: () =>
    fail('encrypted', 'Tệp PDF được bảo vệ bằng mật khẩu nên không đọc được. Hãy mở tệp bằng mật khẩu, lưu (hoặc in) ra PDF không mật khẩu rồi thử lại.'),
  corrupt: (what = 'Tệp') =>
    fail('corrupt', `${what} bị hỏng hoặc tải về chưa trọn vẹn nên không đọc được. Hãy tải lại tệp từ hệ thống văn bản rồi thử lại.`),
  htmlInstead: (ext: string) =>
    fail('corrupt', `Tệp ${ext} tải về thực ra là một trang web (có thể phiên đăng nhập đã hết hạn). Hãy đăng nhập lại hệ thống văn bản, tải lại tệp rồi thử lại.`),
  scanned: (pages: number) =>
    fail('scanned', `Tệp PDF (${pages} trang) là bản scan, gần như không có lớp chữ nên chưa đọc được nội dung. Hãy nhận dạng chữ (OCR) ngay trên máy: chọn riêng tệp PDF này trong khung bên (hoặc thêm --ocr ở dòng lệnh); hoặc dùng tệp PDF/DOCX gốc có chữ.`),
  image: () =>
    fail('scanned', 'Tệp là ảnh chụp văn bản, chưa có chữ để đọc. Hãy dùng tệp PDF/DOCX gốc có chữ, hoặc bản scan dạng PDF để nhận dạng chữ (OCR) ngay trên máy.'),
  oldDoc: () =>
    fail('unsupported-doc', 'Tệp .doc (Word cũ) chưa đọc được: hãy mở bằng Word/LibreOffice và lưu thành .docx hoặc PDF rồi thử lại.'),
  rtf: () =>
    fail('unsupported-doc', 'Tệp .rtf chưa đọc được: hãy mở bằng Word/LibreOffice và lưu thành .docx hoặc PDF rồi thử lại.'),
  archive: (type: string) =>
    fail('unsupported-rar', `Tệp nén ${type} chưa mở được: hãy giải nén rồi chọn tệp văn bản (PDF/DOCX) bên trong, hoặc nén lại thành .zip rồi thử lại.`),
  unsupported: (ext: string) =>
    fail('unsupported', `Không nhận ra định dạng tệp${ext ? ` "${ext}"` : ''}: chỉ đọc được văn bản PDF, DOCX, bảng Excel (.xlsx), ZIP hoặc tệp chữ (.txt).`),
  webPage: () =>
    fail('unsupported', 'Tệp là một trang web (HTML): hãy mở trang đó trong trình duyệt rồi dùng "Trích xuất việc cần làm", hoặc lưu văn bản thành PDF/DOCX.'),
  empty: (what = 'Tệp') => fail('empty', `${what} không có nội dung chữ nào để đọc.`),
  zipNoDocument: () =>
    fail('empty', 'Tệp nén không chứa văn bản đọc được (PDF, DOCX hoặc .txt). Hãy giải nén và chọn đúng tệp văn bản.'),
  zipBomb: () =>
    fail('too-large', 'Tệp nén chứa quá nhiều tệp hoặc dữ liệu giải nén quá lớn nên không mở. Hãy giải nén và chọn đúng tệp văn bản.'),
};
