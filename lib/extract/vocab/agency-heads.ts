/**
 * Words that open the name of a body or an office holder (domain.md §5.3, §5.4). Case matters:
 * "Ban Tuyên giáo" opens a name, "sở, ban, ngành" does not; lower-case "các" opens a collective.
 * Longest first, so "Bộ trưởng" wins over "Bộ".
 */
export const AGENCY_HEADS: readonly string[] = [
  'Phó Thủ tướng', 'Thủ tướng', 'Phó Chủ tịch', 'Chủ tịch', 'Bộ trưởng', 'Thứ trưởng', 'Thủ trưởng', 'Thống đốc',
  'Giám đốc', 'Tổng giám đốc', 'Chánh Văn phòng', 'Người đứng đầu', 'Trưởng ban', 'Trưởng Ban', 'Bí thư',
  'Ủy ban nhân dân', 'Uỷ ban nhân dân', 'Ủy ban', 'Uỷ ban', 'UBND', 'UBMTTQ', 'HĐND', 'Hội đồng nhân dân', 'Hội đồng',
  'Thường trực', 'Ban Thường vụ', 'Ban Chỉ đạo', 'Ban Quản lý', 'Ban cán sự', 'Ban', 'Bộ', 'Sở', 'Cục', 'Tổng cục', 'Tổng Cục', 'Vụ', 'Văn phòng',
  'Trung tâm', 'Phòng', 'Thanh tra', 'Công an', 'Đài', 'Báo', 'Tạp chí', 'Hội', 'Mặt trận', 'Liên đoàn', 'Tỉnh đoàn', 'Đoàn',
  'Đảng ủy', 'Đảng uỷ', 'Đảng đoàn', 'Tỉnh ủy', 'Tỉnh uỷ', 'Thành ủy', 'Quân ủy', 'Quân uỷ', 'Huyện ủy', 'Chi bộ', 'Cấp ủy',
  'Ngân hàng', 'NHTM', 'Kho bạc', 'Bảo hiểm', 'Tổng công ty', 'Tập đoàn', 'Công ty', 'Doanh nghiệp',
  'Tòa án', 'Toà án', 'Viện', 'Bệnh viện', 'Trường', 'Học viện', 'Cơ quan', 'Quý cơ quan', 'Tổ đại biểu', 'Tổ công tác', 'Tổ Công tác', 'Lãnh đạo',
  'Các', 'các', 'Thành viên', 'thành viên',
  // Bodies whose first word is none of the above: "Đài Tiếng nói Việt Nam, Thông tấn xã Việt Nam",
  // "Chi cục Thuế khu vực", "Hiệp hội Doanh nghiệp", "Đại học Quốc gia", office holders of them.
  'Thông tấn xã', 'Chi cục', 'Chi nhánh', 'Hiệp hội', 'Đại học', 'Tổng Liên đoàn', 'Kiểm toán Nhà nước', 'Tổng Giám đốc',
  'Phó Giám đốc', 'Phó Trưởng phòng', 'Trưởng phòng', 'Chuyên viên', 'Hiệu trưởng', 'Viện trưởng', 'Chánh án', 'Cục trưởng', 'Chi cục trưởng', 'Hạt Kiểm lâm', 'Cảnh sát', 'Quân khu',
  'Đại sứ quán', 'Trung ương Đoàn', 'Công đoàn', 'Tất cả các',
  // 2025 names of the tax and statistics offices ("Thuế tỉnh Lạng Sơn", "Thống kê tỉnh"), and other
  // bodies and office holders: "Hải quan cửa khẩu…", "Đội Quản lý thị trường số 1", "Quỹ Đầu tư phát
  // triển tỉnh", "Đồng chí Giám đốc Sở Tài chính".
  'Thuế tỉnh', 'Thuế thành phố', 'Thống kê tỉnh', 'Thống kê thành phố', 'Hải quan', 'Đội', 'Quỹ', 'Đồng chí', 'Lực lượng',
  'Bưu điện', 'Điện lực', 'Cảng vụ', 'Nhà xuất bản', 'Đồn Biên phòng',
  // The parties a decision or a plan binds besides offices: "Nhà đầu tư phải thực hiện…", "Chủ đầu tư dự án…".
  'Nhà đầu tư', 'Chủ đầu tư', 'Nhà thầu',
  // Facilities charged by health and education texts: "Cơ sở khám bệnh, chữa bệnh chịu trách nhiệm…".
  'Cơ sở khám bệnh', 'Cơ sở y tế', 'Cơ sở giáo dục', 'Cơ sở đào tạo',
].sort((a, b) => b.length - a.length);
