// The heads of bodies' names live in their own module: the side panel matches the user's unit with
// them, and takes none of the verbs below into its first script.
export { AGENCY_HEADS } from './agency-heads';

/**
 * Verbs that end an agency name and start the duty ("Sở X chủ trì…", "Bộ Y khẩn trương…").
 * Folded (no diacritics, lower case) so OCR that drops marks still matches; longest first.
 */
export const ACTION_VERBS_FOLDED: readonly string[] = [
  'chu tri', 'chi tri', 'phoi hop', 'chi dao', 'to chuc', 'trien khai', 'thuc hien', 'ra soat', 'bao cao', 'khan truong',
  'khan truon', 'tiep tuc', 'chu dong', 'co trach nhiem', 'co nhiem vu', 'chiu trach nhiem', 'tham muu', 'huong dan', 'theo doi', 'don doc',
  'xay dung', 'can doi', 'nghien cuu', 'tang cuong', 'tap trung', 'quan triet', 'dang tai', 'phat dong', 'tuyen truyen',
  'kiem tra', 'giam sat', 'xem xet', 'lap ', 'gui ', 'cung cap', 'nang cap', 'can cu', 'duoc ', 'phai ', 'tham gia', 'lam dau moi',
  'som ', 'bam sat', 'danh gia', 'hoan thien', 'hoan thanh', 'trinh ', 'co y kien', 'cap nhat', 'ban hanh', 'bo tri', 'su dung',
  'lien he', 'khai thac', 'day manh', 'uu tien', 'quan ly', 'can ', 'thuong xuyen', 'kip thoi', 'tap huan', 'huy dong',
  'phe duyet', 'pho bien', 'quyet liet', 'nam bat', 'tong hop', 'thong ke', 'khac phuc', 'ho tro', 'dam bao', 'bao dam', 'thong nhat',
  'tiep thu', 'hoan chinh', 'giai quyet', 'xu ly', 'thanh lap', 'kien toan', 'de xuat', 'rut kinh nghiem', 'nghiem tuc', 'khong ',
  'cham nhat', 'truoc ngay', 'dinh ky', 'dong thoi', 'dan xep', 'chuan bi', 'ky ', 'thay mat', 'on dinh',
  // More verbs that open a duty after a body's name ("phối hợp với Sở Công Thương kiểm soát…"):
  // lower case only (verbAt), so names such as "Trung tâm Kiểm soát bệnh tật" are not cut.
  'kiem soat', 'thanh tra', 'dieu tra', 'xac minh', 'dieu chinh', 'bo sung', 'sua doi', 'thu hoi', 'sap xep', 'nang cao', 'neu cao', 'luu y',
  'thuc day', 'day nhanh', 'mo rong', 'dang ky', 'thanh toan', 'quyet toan', 'giai ngan', 'phan bo', 'tiep nhan', 'tham dinh',
  'tham tra', 'thong bao', 'cong bo', 'cong khai', 'kiem ke', 'khao sat', 'dieu phoi', 'tong ket', 'so ket', 'ung pho',
  'chap hanh', 'tuan thu', 'dinh chi', 'tam dung', 'van dong', 'boi duong', 'dao tao', 'cai thien', 'lua chon', 'bao ve',
  // "X theo chức năng, nhiệm vụ được giao theo dõi…": the predicate starts at "theo chức năng".
  'theo chuc nang', 'can cu chuc nang', 'trong pham vi', 'thua uy quyen', 'thua lenh', 'trong qua trinh',
  // "các bộ, cơ quan liên quan xuất cấp hàng dự trữ", "các cơ quan, đơn vị phản ánh về Sở…",
  // "Đề nghị các đồng chí Bí thư quan tâm lãnh đạo, chỉ đạo…".
  'xuat cap', 'cap phat', 'phan anh', 'kien nghi', 'quan tam', 'lanh dao, chi dao', 'lanh dao chi dao', 'tim kiem', 'cuu ho',
  'cuu nan', 'khoi phuc', 'di doi', 'so tan', 'ung dung', 'chuyen giao', 'ban giao', 'tiep can',
  'van hanh', 'tang ', 'giam ', 'cu ', 'quyet dinh', 'doi chieu', 'thu thap', 'xac dinh', 'trao doi', 'ngan chan', 'phat hien',
  'xu phat', 'cuong che', 'giam dinh', 'truy quet', 'thiet lap', 'duy tri', 'nhac nho', 'chan chinh', 'tra loi', 'phan hoi',
  'giai trinh', 'tiep cong dan', 'doi thoai', 'truc tiep', 'san sang', 'lanh dao', 'tham du',
  'phu song', 'lap dat', 'cai tao', 'sua chua', 'mua sam', 'ket noi', 'chia se', 'van chuyen', 'cung ung', 'dam nhan', 'phan phoi',
  'tuyet doi', 'kien quyet', 'nghiem cam', 'da dang hoa',
  // "Tất cả các cơ quan, đơn vị … treo cờ Tổ quốc": what a notice for a holiday asks.
  'treo co',
  // "các cơ quan, đơn vị tiến hành đánh giá…", "Cục Thuế … trực thuộc Trung ương chú trọng, đẩy mạnh…".
  'tien hanh', 'chu trong', 'tim giai phap', 'tim hieu',
  // "Bộ Tài chính làm việc cụ thể, thống nhất với Bộ Tài nguyên và Môi trường …".
  'lam viec',
  // "… đề nghị Quý Cơ quan góp ý cho nội dung dự thảo nêu trên".
  'gop y',
  // "Bộ Văn hóa, Thể thao và Du lịch chấp thuận việc đăng cai …": an approval (no duty, see subjectTrigger).
  'chap thuan', 'dong y', 'nhat tri',
  // "Tất cả các cơ quan, đơn vị … treo cờ Tổ quốc …": a flag-hanging notice's duty.
  'treo co',
  // "Các Cục Thuế khi tiến hành thanh tra, kiểm tra cần…": a clause of time ends the name.
  'khi ', 'truoc khi',
  // "Chủ đầu tư dự án … san tạo mặt bằng", "… tạo điều kiện cho…".
  'san tao', 'tao ',
  // "Nhà đầu tư chỉ được phép đưa dự án vào hoạt động khi…".
  'chi ',
  // "Ban Quản lý các Khu công nghiệp tỉnh đầu tư, hoàn thiện…"; names that hold the words are kept below.
  'dau tu',
  // "… đề nghị tham khảo điểm 6.c mẫu số 01 …": the request names no one.
  'tham khao', 'ap dung',
  // "… các tổ chức xã hội, đoàn thể nhân dân có biện pháp động viên…", "… có kế hoạch triển khai…".
  'co bien phap', 'co ke hoach', 'co giai phap', 'co van ban',
  // "Cục Thuế doanh nghiệp lớn xin trân trọng thông báo…": courtesy words before the verb ("… trân trọng
  // đề nghị …" goes on to its cue).
  'xin tran trong', 'tran trong thong bao', 'tran trong cam on',
  // "Giao Ủy ban nhân dân tỉnh\nchỉnh sửa Quy hoạch; phê duyệt …".
  'chinh sua',
  // "phối hợp với Sở Công Thương trong việc thẩm định …": what the cooperation is about.
  'trong viec',
].sort((a, b) => b.length - a.length);

/**
 * The one-word verbs above as written, when their folded form is also another word: "cần" but not
 * "cán" ("Ban cán sự đảng"), "ký" but not "kỳ", "giảm" but not "giám". A word written without
 * marks (OCR that dropped them) still counts.
 */
export const ONE_WORD_VERB_FORMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['can', ['cần']], ['ky', ['ký', 'kí']], ['lap', ['lập']], ['gui', ['gửi']], ['som', ['sớm']], ['trinh', ['trình']],
  ['phai', ['phải']], ['duoc', ['được']], ['khong', ['không']], ['tang', ['tăng']], ['giam', ['giảm']], ['cu', ['cử']],
  ['khi', ['khi']], ['tao', ['tạo']], ['chi', ['chỉ']],
]);

/**
 * Words after which those one-word verbs are part of a noun: "công lập", "công trình", "chương
 * trình", "thư ký", "bầu cử".
 */
export const ONE_WORD_VERB_NOT_AFTER: ReadonlyMap<string, readonly string[]> = new Map([
  ['lap', ['công', 'độc', 'tự', 'thành', 'thiết']], ['trinh', ['công', 'chương', 'quy', 'lộ', 'tờ', 'hành', 'giáo', 'tiến']],
  ['ky', ['thư']], ['cu', ['bầu']], ['tang', ['gia']], ['tao', ['đào', 'sáng', 'chế', 'kiến', 'cấu', 'cải', 'nhân']],
  // "Ban chỉ huy quân sự", "Trung tâm chỉ huy".
  ['chi', ['ban', 'bộ', 'tâm']],
]);

/** Folded cues that open an assignment: "Giao…", "Đề nghị…", "Yêu cầu…", "Phân công…". */
export const ASSIGN_CUES_FOLDED: readonly string[] = ['giao', 'de nghi', 'yeu cau', 'phan cong', 'de nghi quy'];
