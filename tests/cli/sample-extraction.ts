import type { Extraction } from '../../lib/extract/schema';

/** A hand-made extraction covering every field the summary prints. */
export const SAMPLE_EXTRACTION: Extraction = {
  document: {
    kind: 'Công văn',
    number: '1008-CV/BTGTU',
    date: '2021-12-22',
    place: 'Lạng Sơn',
    issuer: 'Ban Tuyên giáo Tỉnh ủy Lạng Sơn',
    subject: 'Tuyên truyền thực hiện\nNghị quyết số 49-NQ/TU',
    recipients: ['Các huyện ủy, thành ủy'],
    signer: 'Phùng Quang Hội',
    signerTitle: ['K/T TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN'],
    authority: 'KT',
    system: 'party',
  },
  citations: [
    { kind: 'Nghị quyết', number: '49-NQ/TU', date: '2021-09-28', issuer: 'Ban Thường vụ Tỉnh ủy', span: [10, 40] },
    { kind: null, number: '30/2020/NĐ-CP', date: null, issuer: null, span: [50, 70] },
  ],
  tasks: [
    {
      title: 'Tham mưu tuyên truyền Nghị quyết',
      action: 'Chủ trì, phối hợp với các cơ quan liên quan tham mưu tuyên truyền Nghị quyết.',
      assignees: ['Trung tâm chính trị các huyện', 'Ban tuyên giáo huyện ủy'],
      coordinators: ['Các cơ quan liên quan'],
      deadline: { date: '2024-04-30', time: '15:00', text: 'trước 15h00 ngày 30/4', recurrence: null, stated: false, kind: 'date', also: [null, '2024-05-15'], span: [120, 141] },
      span: [100, 200],
      tags: ['assignment-giao'],
    },
    {
      title: '',
      action: 'Báo cáo kết quả về Ban Tuyên giáo định kỳ hằng tháng.',
      assignees: [],
      coordinators: [],
      deadline: { date: '2022-01-31', time: null, text: 'định kỳ hằng tháng', recurrence: 'monthly', stated: true, kind: 'recurring', span: [230, 248] },
      span: [200, 260],
      tags: ['report-back'],
    },
    {
      title: 'Theo dõi, đôn đốc',
      action: 'Theo dõi, đôn đốc thường xuyên.',
      assignees: ['Văn phòng'],
      coordinators: [],
      deadline: { date: null, time: null, text: 'thường xuyên', recurrence: null, stated: true, kind: 'continuous', span: [280, 292] },
      span: [260, 300],
      tags: ['assignment-heading'],
    },
    { title: 'Tuyên truyền', action: 'Tuyên truyền.', assignees: ['Báo Lạng Sơn'], coordinators: [], deadline: null, span: [300, 320], tags: [] },
  ],
};
