/**
 * Document types as written before a number, longest phrase first so that "Báo cáo thẩm tra"
 * wins over "Báo cáo". `folded` is the form after `foldText` (lower case, no diacritics), which
 * also matches OCR output that lost its diacritics ("Nghi dinh", "Thong tư so").
 */
export interface CitationKind {
  readonly folded: string;
  readonly kind: string;
}

export const CITATION_KINDS: readonly CitationKind[] = [
  { folded: 'chuong trinh hanh dong', kind: 'Chương trình hành động' },
  { folded: 'chuong trinh phoi hop', kind: 'Chương trình phối hợp' },
  { folded: 'thong bao ket luan', kind: 'Thông báo' },
  { folded: 'nghi quyet lien tich', kind: 'Nghị quyết liên tịch' },
  { folded: 'thong tu lien tich', kind: 'Thông tư liên tịch' },
  { folded: 'bao cao tham tra', kind: 'Báo cáo thẩm tra' },
  { folded: 'chuong trinh', kind: 'Chương trình' },
  { folded: 'nghi quyet', kind: 'Nghị quyết' },
  { folded: 'nghi dinh', kind: 'Nghị định' },
  { folded: 'quyet dinh', kind: 'Quyết định' },
  { folded: 'huong dan', kind: 'Hướng dẫn' },
  { folded: 'thong bao', kind: 'Thông báo' },
  { folded: 'cong dien', kind: 'Công điện' },
  { folded: 'cong thu', kind: 'Công thư' },
  { folded: 'phap lenh', kind: 'Pháp lệnh' },
  { folded: 'phuong an', kind: 'Phương án' },
  { folded: 'ket luan', kind: 'Kết luận' },
  { folded: 'ke hoach', kind: 'Kế hoạch' },
  { folded: 'thong tu', kind: 'Thông tư' },
  { folded: 'thong tri', kind: 'Thông tri' },
  { folded: 'cong van', kind: 'Công văn' },
  { folded: 'van ban', kind: 'Văn bản' },
  { folded: 'to trinh', kind: 'Tờ trình' },
  { folded: 'bao cao', kind: 'Báo cáo' },
  { folded: 'giay moi', kind: 'Giấy mời' },
  { folded: 'quy dinh', kind: 'Quy định' },
  { folded: 'quy che', kind: 'Quy chế' },
  { folded: 'chi thi', kind: 'Chỉ thị' },
  { folded: 'dieu le', kind: 'Điều lệ' },
  { folded: 'bo luat', kind: 'Bộ luật' },
  { folded: 'de an', kind: 'Đề án' },
  { folded: 'luat', kind: 'Luật' },
];

/** A regex alternation of the folded type words, `gap` standing for the space between words. */
export function kindAlternation(gap: string): string {
  return CITATION_KINDS.map((k) => k.folded.replace(/ /g, gap)).join('|');
}

/**
 * Type codes of the ký hiệu (ND30 Phụ lục III, HD36) and the type they name. Codes are compared
 * after folding Đ→D and upper-casing, so "QĐ" and OCR's "QD" are the same. "QH…" is absent on
 * purpose: a National Assembly number is a Luật or a Nghị quyết, only the stated word tells;
 * so is "ĐA", which folds onto "DA" (dự án).
 */
export const TYPE_CODES: Readonly<Record<string, string>> = {
  CV: 'Công văn',
  NQ: 'Nghị quyết',
  NQLT: 'Nghị quyết liên tịch',
  KL: 'Kết luận',
  QD: 'Quyết định',
  QDI: 'Quy định',
  QYD: 'Quy định',
  CT: 'Chỉ thị',
  CTR: 'Chương trình',
  TB: 'Thông báo',
  KH: 'Kế hoạch',
  HD: 'Hướng dẫn',
  TTR: 'Tờ trình',
  CD: 'Công điện',
  ND: 'Nghị định',
  TTLT: 'Thông tư liên tịch',
  BC: 'Báo cáo',
  GM: 'Giấy mời',
  QC: 'Quy chế',
  PA: 'Phương án',
};

/** Party "TT" is a thông tri; State "TT" (after a slash) is a thông tư. */
export const TT_KIND = { party: 'Thông tri', state: 'Thông tư' } as const;
