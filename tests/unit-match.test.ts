import { describe, expect, it } from 'vitest';
import { createUnitMatcher, roleForUnit, type Unit } from '../lib/unit-match';

const STTTT: Unit = { name: 'Sở Thông tin và Truyền thông', aliases: ['Sở TT&TT'] };
const SYT: Unit = { name: 'Sở Y tế', aliases: [] };
const LOCAL: Unit = { name: 'Sở Tài chính tỉnh Lạng Sơn', aliases: [] };
const UBND: Unit = { name: 'Ủy ban nhân dân tỉnh Lạng Sơn', aliases: [] };
const BAN: Unit = { name: 'Ban Tuyên giáo Tỉnh ủy', aliases: ['BTGTU'] };
const BO: Unit = { name: 'Bộ Công an', aliases: [] };
const TRUNG_TAM: Unit = { name: 'Trung tâm Y tế huyện', aliases: [] };

describe('names the unit', () => {
  it.each([
    [STTTT, 'Sở Thông tin và Truyền thông'],
    [STTTT, 'Sở TT&TT'],
    [STTTT, 'Sở TTTT'],
    [STTTT, 'STTTT'],
    [STTTT, 'Sở TT-TT'],
    [STTTT, 'Sở Thông tin & Truyền thông'],
    [STTTT, 'Sở Thông tin - Truyền thông'],
    [STTTT, 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG'],
    [STTTT, 'Giám đốc Sở Thông tin và Truyền thông'],
    [STTTT, 'Phó Giám đốc Sở TT&TT'],
    [STTTT, 'Sở Thông tin và Truyền thông tỉnh Lạng Sơn'],
    [STTTT, 'Sở Thông tin và Truyền thông, Sở Y tế'],
    [STTTT, 'Sở Y tế và Sở Thông tin và Truyền thông'],
    [STTTT, 'Kính gửi: - Sở Thông tin và Truyền thông'],
    [STTTT, 'Sở Thông tin và Truyền thông các tỉnh, thành phố'],
    [STTTT, 'các Sở: Y tế, Thông tin và Truyền thông, Tài chính'],
    [SYT, 'Sở Y tế'],
    [SYT, 'Sở Y Tế tỉnh'],
    [SYT, 'Sở Giáo dục và Đào tạo, Sở Y tế'],
    [LOCAL, 'Sở Tài chính'],
    [LOCAL, 'Sở Tài chính tỉnh Lạng Sơn'],
    [LOCAL, 'Sở Tài chính tỉnh'],
    [UBND, 'UBND tỉnh'],
    [UBND, 'Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương'],
    [UBND, 'Chủ tịch UBND tỉnh Lạng Sơn'],
    [BAN, 'Ban Tuyên giáo Tỉnh ủy'],
    [BAN, 'Trưởng Ban Tuyên giáo Tỉnh ủy'],
    [BAN, 'BTGTU'],
    [BO, 'Bộ Công an'],
    [BO, 'Bộ trưởng Bộ Công an'],
    [BO, 'Bộ trưởng các Bộ: Giáo dục và Đào tạo, Công an, Quốc phòng'],
    [TRUNG_TAM, 'Trung tâm Y tế huyện'],
  ])('%o names %s', (unit, party) => {
    expect(createUnitMatcher(unit).names(party)).toBe(true);
  });

  it.each([
    [SYT, 'Sở Y tế dự phòng'],
    [SYT, 'Trung tâm Y tế'],
    [SYT, 'Bộ Y tế'],
    [SYT, 'Sở Tài chính'],
    [STTTT, 'Sở Thông tin'],
    [STTTT, 'Phòng Văn hóa và Thông tin các huyện, thành phố'],
    [STTTT, 'Bộ Thông tin và Truyền thông'],
    [STTTT, 'các Sở: Y tế, Tài chính'],
    [LOCAL, 'Sở Tài chính tỉnh Cao Bằng'],
    [LOCAL, 'Sở Tài chính thành phố Hà Nội'],
    [UBND, 'Ủy ban nhân dân huyện Châu Thành'],
    [UBND, 'Ủy ban nhân dân các xã, phường'],
    [UBND, 'Văn phòng UBND tỉnh'],
    [BAN, 'Ban Tuyên giáo Trung ương'],
    [BAN, 'Ban tuyên giáo, tuyên huấn các đảng ủy trực thuộc'],
    [BO, 'Công an tỉnh'],
    [BO, 'Bộ Quốc phòng'],
    [{ name: 'Công an tỉnh', aliases: [] }, 'Bộ Công an'],
    [{ name: 'Bảo hiểm xã hội tỉnh', aliases: [] }, 'Bảo hiểm'],
    [TRUNG_TAM, 'Trung tâm Y tế dự phòng huyện'],
  ])('%o does not name %s', (unit, party) => {
    expect(createUnitMatcher(unit).names(party)).toBe(false);
  });
});

describe('collectives', () => {
  const recipientsWith = ['Sở Thông tin và Truyền thông', 'Sở Y tế'];
  const recipientsWithout = ['Sở Y tế', 'Sở Tài chính'];

  it.each([
    // Head collectives: by the unit's first word, whoever the recipients are.
    [STTTT, 'các sở, ban, ngành', []],
    [STTTT, 'Các sở, ban, ngành tỉnh', []],
    [STTTT, 'các sở, ban, ngành, đoàn thể tỉnh', []],
    [STTTT, 'Thủ trưởng các sở, ban, ngành', []],
    [STTTT, 'các sở, ngành liên quan', []],
    [STTTT, 'Các sở, ban, ngành thuộc UBND tỉnh', []],
    [STTTT, 'các cơ quan chuyên môn thuộc UBND tỉnh', []],
    [STTTT, 'Các sở, ban, ngành; UBND các huyện, thành phố', []],
    [BAN, 'các sở, ban, ngành', []],
    [BO, 'các Bộ, cơ quan có liên quan', []],
    // Generic collectives: only when the directive is addressed to the unit.
    [STTTT, 'các cơ quan, đơn vị', recipientsWith],
    [STTTT, 'các đơn vị liên quan', recipientsWith],
    [STTTT, 'các cơ quan có liên quan', recipientsWith],
    [STTTT, 'Quý cơ quan, đơn vị', recipientsWith],
    [STTTT, 'Các Bộ, ngành, địa phương', recipientsWith],
    [STTTT, 'các cơ quan, đơn vị', ['Các sở, ban, ngành tỉnh', 'UBND các huyện, thành phố']],
    [STTTT, 'các cơ quan, đơn vị', ['Kính gửi: Sở TT&TT']],
  ])('%o is in %s (recipients %o)', (unit, party, recipients) => {
    expect(roleForUnit({ assignees: [party], coordinators: [] }, unit, recipients)).toBe('chu-tri');
  });

  it.each([
    [SYT, 'các Bộ, cơ quan có liên quan', ['Bộ Y tế']],
    [BO, 'các sở, ban, ngành', []],
    [STTTT, 'các sở quản lý nhà nước chuyên ngành về hạ tầng', []],
    [STTTT, 'Các sở quản lý chuyên ngành', []],
    [STTTT, 'các cơ quan, đơn vị', recipientsWithout],
    [STTTT, 'các cơ quan, đơn vị', []],
    [STTTT, 'các cơ quan, đơn vị', ['Như trên']],
    [STTTT, 'Quý cơ quan, đơn vị', recipientsWithout],
    [STTTT, 'Các cơ quan báo chí của tỉnh', recipientsWith],
    [STTTT, 'Các cơ quan, tổ chức, đơn vị, doanh nghiệp được giao quản lý, sử dụng tài sản', recipientsWith],
    [STTTT, 'các cơ quan tuyên giáo', recipientsWith],
    [STTTT, 'Các đơn vị sự nghiệp công lập thuộc tỉnh', recipientsWith],
    [STTTT, 'Chủ tịch Ủy ban nhân dân các tỉnh, thành phố', recipientsWith],
  ])('%o is not in %s (recipients %o)', (unit, party, recipients) => {
    expect(roleForUnit({ assignees: [party], coordinators: [] }, unit, recipients)).toBeNull();
  });
});

describe('roleForUnit', () => {
  it.each([
    { task: { assignees: ['Sở TT&TT'], coordinators: ['Sở Y tế'] }, expected: 'chu-tri' },
    { task: { assignees: ['Sở Y tế'], coordinators: ['Sở Thông tin và Truyền thông'] }, expected: 'phoi-hop' },
    { task: { assignees: ['Sở Y tế'], coordinators: ['các sở, ngành liên quan'] }, expected: 'phoi-hop' },
    { task: { assignees: ['Sở TT&TT'], coordinators: ['các sở, ngành liên quan'] }, expected: 'chu-tri' },
    { task: { assignees: ['Sở Y tế'], coordinators: ['Sở Tài chính'] }, expected: null },
    { task: { assignees: [], coordinators: [] }, expected: null },
  ] as const)('$task.assignees / $task.coordinators → $expected', ({ task, expected }) => {
    expect(roleForUnit(task, STTTT, [])).toBe(expected);
  });

  it('is null without a unit or with a blank name', () => {
    expect(roleForUnit({ assignees: ['Sở Y tế'], coordinators: [] }, null, [])).toBeNull();
    expect(roleForUnit({ assignees: ['Sở Y tế'], coordinators: [] }, { name: ' ', aliases: [] }, [])).toBeNull();
  });

  it('uses the aliases the user gives', () => {
    const unit: Unit = { name: 'Sở Văn hóa, Thể thao và Du lịch', aliases: ['Sở VHTTDL', 'SVHTTDL'] };
    const matcher = createUnitMatcher(unit);
    for (const party of ['Sở VH,TT&DL', 'Sở VHTTDL', 'SVHTTDL', 'Sở Văn hóa, Thể thao và Du lịch', 'Giám đốc Sở Văn hóa, Thể thao và Du Lịch']) {
      expect(matcher.names(party), party).toBe(true);
    }
    expect(matcher.names('Sở Văn hóa')).toBe(false);
    expect(createUnitMatcher({ name: 'Sở Văn hóa', aliases: [] }).names('Sở Văn hóa, Thể thao và Du lịch')).toBe(false);
  });
});
