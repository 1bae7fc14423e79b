// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { convertLegacyText, detectLegacyEncoding, fixLegacyEncoding, restoreTcvn3Hyphen } from '../../../lib/read/files/legacy-encoding';
import { decodeTextBytes } from '../../../lib/read/files/text';

describe('TCVN3 (ABC, .VnTime)', () => {
  it.each([
    ['Uû ban nh©n d©n tØnh L¹ng S¬n', 'Uỷ ban nhân dân tỉnh Lạng Sơn'],
    ['TiÕng ViÖt vµ B¶o Th¾ng', 'Tiếng Việt và Bảo Thắng'],
    // U+00AD, invisible in Latin-1, is "ư" in TCVN3.
    ['M\u00adêng Kh\u00ad¬ng, tr\u00adêng häc', 'Mường Khương, trường học'],
    // Capitals typed in a .VnTimeH font use the small-letter bytes.
    ['§¶NG CéNG S¶N VIÖT NAM', 'ĐẢNG CỘNG SẢN VIỆT NAM'],
    ['UBND TØNH L¹NG S¥N', 'UBND TỈNH LẠNG SƠN'],
    ['Giao Së Tµi chÝnh chñ tr×, phèi hîp víi c¸c së, ngµnh.', 'Giao Sở Tài chính chủ trì, phối hợp với các sở, ngành.'],
  ])('%s → %s', (legacy, unicode) => {
    expect(detectLegacyEncoding(legacy)).toBe('tcvn3');
    expect(fixLegacyEncoding(legacy)).toEqual({ text: unicode, encoding: 'tcvn3' });
  });

  it('reads the "ư" a PDF text layer reports as a hyphen, and µ turned into a Greek mu', () => {
    expect(convertLegacyText(restoreTcvn3Hyphen('tr-íc ngµy, Th-¬ng binh-X· héi'), 'tcvn3')).toBe('trước ngày, Thương binh-Xã hội');
    expect(convertLegacyText('ngμy vμ', 'tcvn3')).toBe('ngày và');
  });

  it('keeps a degree sign that is not after a letter', () => {
    expect(convertLegacyText('NhiÖt ®é 30 °C', 'tcvn3')).toBe('Nhiệt độ 30 °C');
  });
});

describe('VNI-Windows', () => {
  it.each([
    ['Tieáng Vieät', 'Tiếng Việt'],
    ['Xin chaøo caùc baïn', 'Xin chào các bạn'],
    ['Tröôøng ñaïi hoïc', 'Trường đại học'],
    ['UÛY BAN NHAÂN DAÂN TÆNH', 'ỦY BAN NHÂN DÂN TỈNH'],
    ['Ñeà nghò caùc sôû, ban, ngaønh baùo caùo tröôùc ngaøy 30/4/2024.', 'Đề nghị các sở, ban, ngành báo cáo trước ngày 30/4/2024.'],
  ])('%s → %s', (legacy, unicode) => {
    expect(detectLegacyEncoding(legacy)).toBe('vni');
    expect(fixLegacyEncoding(legacy)).toEqual({ text: unicode, encoding: 'vni' });
  });
});

describe('text that must not be converted', () => {
  it.each([
    'Uỷ ban nhân dân tỉnh Lạng Sơn',
    'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM — QUÂN, THUÊ, HOÁ',
    'Sở Văn hoá, Thể thao và Du lịch; khoẻ, thuỷ lợi',
    'Các café, naïve résumé © 2024 «trích»',
    'Giao Sở Tài chính chủ trì, phối hợp với các sở, ngành.',
    '',
  ])('%j stays as it is', (text) => {
    expect(detectLegacyEncoding(text)).toBeNull();
    expect(fixLegacyEncoding(text).text).toBe(text);
  });

  it('leaves Unicode lines alone in a mostly TCVN3 text', () => {
    const text = 'Uû ban nh©n d©n tØnh\nBản sao: Sở Tài chính\nGiao Së Tµi chÝnh';
    expect(fixLegacyEncoding(text).text).toBe('Uỷ ban nhân dân tỉnh\nBản sao: Sở Tài chính\nGiao Sở Tài chính');
  });
});

describe('decoding text files', () => {
  const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

  it('reads UTF-8 and UTF-16 with a byte-order mark', () => {
    expect(decodeTextBytes(new TextEncoder().encode('\uFEFFSố: 12'))).toBe('Số: 12');
    expect(decodeTextBytes(Uint8Array.from([0xff, 0xfe, 0x53, 0x00, 0xd1, 0x1e]))).toBe('Số');
  });

  it('reads an 8-bit TCVN3 file as the Latin-1 characters the converter maps', () => {
    const text = decodeTextBytes(latin1('Uû ban nh©n d©n tØnh L¹ng S¬n'));
    expect(fixLegacyEncoding(text).text).toBe('Uỷ ban nhân dân tỉnh Lạng Sơn');
  });

  it('reads another 8-bit file as Windows-1258', () => {
    // "Việt" in CP1258: V i e + U+0323 (0xF2) + ^ … written as ê (0xEA) + dot below (0xF2) + t.
    expect(decodeTextBytes(Uint8Array.from([0x56, 0x69, 0xea, 0xf2, 0x74])).normalize('NFC')).toBe('Việt');
  });
});
