import { buildRecords, saveCapture, setDone, updateTask, type NhacViecDatabase } from '../../lib/db';
import { CONTEXT, extraction, freshDatabase, NOW, task } from '../db/fixtures';

export { freshDatabase, NOW };

/** A title long enough to be folded, with the characters iCalendar and CSV must escape. */
export const LONG_TITLE =
  'Triển khai thực hiện Kế hoạch số 02-KH/TU; rà soát, báo cáo kết quả ứng dụng công nghệ thông tin "Chuyển đổi số" trong cơ quan nhà nước';

/**
 * A database with one directive and four tasks: due all day (open), due at 17:00 (open), due
 * 2026-01-20 (done), and one without a due date. Returns the database and the task ids by name.
 */
export async function seedTasks(db: NhacViecDatabase = freshDatabase()) {
  const tasks = [
    task({ title: LONG_TITLE }),
    task({ title: 'Gửi báo cáo về Văn phòng', assignees: ['Sở Y tế'], coordinators: [], deadline: { date: '2026-01-16', time: '17:00', text: 'trước 17 giờ ngày 16/01/2026', recurrence: null, stated: true, kind: 'date', span: [0, 0] } }),
    task({ title: '=HYPERLINK("http://x")', assignees: ['+Phòng Tổ chức'], deadline: { date: '2026-01-20', time: null, text: 'trước ngày 20/01/2026', recurrence: null, stated: false, kind: 'date', span: [0, 0] } }),
    task({ title: 'Tổ chức tuyên truyền', assignees: ['Các sở, ban, ngành'], coordinators: [], deadline: null }),
  ];
  const saved = await saveCapture(db, buildRecords(extraction({}, tasks), CONTEXT));
  if (!saved.created) throw new Error('fixture not created');
  const [long, timed, done, undated] = saved.taskIds as [number, number, number, number];
  await setDone(db, done, true, NOW + 3_600_000);
  return { db, documentId: saved.documentId, ids: { long, timed, done, undated } };
}

export { updateTask };
