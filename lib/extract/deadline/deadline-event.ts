import { B, BEFORE, E, G, G0 } from './patterns';
import { candidateOf, precededBy } from './spans';
import type { DeadlineRule } from './types';

// "trước hội nghị Tổng kết", "trước Đại hội", "trước mùa mưa bão năm 2026", "trước kỳ họp thứ 10", "trước phiên họp Chính phủ thường kỳ"
// "tại Kỳ họp thứ 10", "tại kỳ họp thứ 10, Quốc hội khóa XV", "Tại kỳ họp thứ Bảy" (not "tại kỳ họp:" alone), "vào kỳ họp giữa năm 2019", "tại kỳ họp thường lệ giữa năm 2019", "tại kỳ họp cuối năm"
// "kể từ khi nhận được đầy đủ hồ sơ", "sau khi Đề án được phê duyệt", "sau khi kết thúc đợt kiểm tra" → event, date unknown
const MEETING_TAIL =
  `(?:${G}(?:thu${G}(?:\\d{1,3}|nhat|hai|ba|tu|nam|sau|bay|tam|chin|muoi(?:${G}(?:mot|hai|ba|bon|lam|sau|bay|tam|chin))?)|lan${G}thu${G}\\d{1,3}|tong${G}ket|so${G}ket|giua${G}nam|cuoi${G}nam|dau${G}nam|thuong${G}le|thuong${G}ky|chuyen${G}de|bat${G}thuong|gan${G}nhat|tiep${G}theo|toi)){0,2}` +
  `(?:${G}(?:nam${G})?\\d{4}(?!\\d))?(?:${G0},?${G0}(?:quoc${G}hoi|hoi${G}dong${G}nhan${G}dan(?:${G}tinh)?|hdnd(?:${G}tinh)?)(?:${G}(?:khoa${G})?[xvil]{1,5}${E})?)?`;
const MEETING = `(?:${BEFORE}${G}(?:(?:cac|moi)${G})?(?:hoi${G}nghi|ky${G}hop|phien${G}hop|cuoc${G}hop|dai${G}hoi|mua${G}mua(?:${G}(?:bao|lu))?)|(tai|vao)${G}(?:cac${G})?ky${G}hop)${E}${MEETING_TAIL}`;
const RECEIPT_OF_FILES = `(?:ke|tinh)${G}tu${G}khi${G}nhan${G}duoc${G}(?:day${G}du${G})?ho${G}so(?:${G}hop${G}le)?`;
const AFTER_STEP = `sau${G}khi${G}[^\\n.;]{1,60}?${G}(?:duoc${G}(?:cap${G}co${G}tham${G}quyen${G})?(?:phe${G}duyet|ban${G}hanh|thong${G}qua)|ket${G}thuc|hoan${G}thanh)`;
const PATTERN = new RegExp(`${B}(?:(${MEETING})|(${RECEIPT_OF_FILES})|(${AFTER_STEP}))${E}`, 'g');
const AT_SESSION = 3;
const AFTER = 5;

export const event: DeadlineRule = {
  name: 'deadline-event',
  pattern: PATTERN,
  starts: ['truoc', 'ruoc', 'tai', 'vao', 'ke', 'tinh', 'sau'],
  needs: ['hoi', 'ky', 'phien', 'cuoc', 'dai', 'mua', 'khi'],
  extract(m, env) {
    // "Tại kỳ họp:" alone heads a list; the session must be named ("thứ 10", "giữa năm 2019", "gần nhất").
    if (m[AT_SESSION] && /(?:ky[\s|]{1,4}hop)$/.test(m[0])) return null;
    // "ngay sau khi …" is an urgent cue (deadline-undated).
    if (m[AFTER] && precededBy(env, m.index, /ngay[\s|]{1,4}$/, 8)) return null;
    return candidateOf(m, this.name, { date: null, stated: true, kind: 'event' });
  },
};
