// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { GoldFile, ScoredOutput } from '../../lib/eval/gold';
import { formatHeadline, formatScoreReport } from '../../lib/eval/report';
import { citationKey, sameName, scoreF1 } from '../../lib/eval/compare';
import { scoreCorpus, type ScoreEntry } from '../../lib/eval/score';

const TEXT = [
  'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ;',
  '1. Giao Sở Tài chính chủ trì tham mưu, báo cáo trước ngày 15/10/2025.',
  '2. Đề nghị UBND các huyện triển khai thực hiện trong tháng 10 năm 2025.',
  '3. Văn phòng UBND tỉnh theo dõi, đôn đốc thường xuyên.',
].join('\n');
const at = (quote: string) => TEXT.indexOf(quote);
const Q1 = 'Giao Sở Tài chính chủ trì tham mưu';
const Q2 = 'Đề nghị UBND các huyện triển khai';
const Q3 = 'Văn phòng UBND tỉnh theo dõi';
/** The span of the whole line holding `quote`. */
const lineOf = (quote: string): [number, number] => {
  const start = TEXT.lastIndexOf('\n', at(quote)) + 1;
  const end = TEXT.indexOf('\n', at(quote));
  return [start, end < 0 ? TEXT.length : end];
};

const entry = (gold: GoldFile, output: ScoredOutput | null, stem = 'doc'): ScoreEntry => ({ stem, text: TEXT, gold, output });
const score = (gold: GoldFile, output: ScoredOutput | null) => scoreCorpus([entry(gold, output)]);

describe('citationKey', () => {
  it.each([
    ['30/2020/NĐ-CP', '30/2020/ND-CP'],
    ['30/2020/NÐ-CP', '30/2020/ND-CP'], // Ð (U+00D0) looks like Đ in OCR output
    ['Số: 49-NQ/TU', '49-NQ/TU'],
    ['số 49 - NQ/TU', '49-NQ/TU'],
    ['1008--CV/BTGTU', '1008-CV/BTGTU'],
    ['1008—CV/BTGTU', '1008-CV/BTGTU'],
    ['12.345/BTC-TCT', '12345/BTC-TCT'],
    ["07-HD/TU'", '07-HD/TU'],
    ['9533/vpcp-cn', '9533/VPCP-CN'],
  ])('%s compares equal to %s', (a, b) => {
    expect(citationKey(a)).toBe(citationKey(b));
  });

  it.each([
    ['49-NQ/TU', '49/NQ-TU'],
    ['30/2020/NĐ-CP', '30/2021/NĐ-CP'],
    ['/VP-KGVX', '12/VP-KGVX'],
  ])('%s differs from %s', (a, b) => {
    expect(citationKey(a)).not.toBe(citationKey(b));
  });

  it('reads null and undefined as an empty key', () => {
    expect(citationKey(null)).toBe('');
    expect(citationKey(undefined)).toBe('');
  });
});

describe('sameName', () => {
  it.each([
    ['Sở Tài chính', 'SỞ TÀI CHÍNH', true],
    ['UBND các huyện', 'UBND các huyện, thành phố', true], // one contains the other
    ['Sở Giáo dục và Đào tạo', 'Sở Giáo dục', true], // containment after folding
    ['Ban Tuyên giáo Tỉnh ủy', 'Ban Tuyên giáo Huyện ủy', true], // 4 of 5 folded words shared
    ['Sở Tài chính', 'Bộ Quốc phòng', false],
    ['Sở Tài chính', '', false],
  ])('%s ~ %s → %s', (a, b, same) => {
    expect(sameName(a, b)).toBe(same);
  });
});

describe('scoreF1', () => {
  it.each([
    [0, 0, 0, { p: 1, r: 1, f1: 1 }], // nothing expected, nothing predicted
    [0, 2, 0, { p: 0, r: 0, f1: 0 }], // nothing expected, something predicted
    [0, 0, 3, { p: 0, r: 0, f1: 0 }], // something expected, nothing predicted
    [1, 2, 4, { p: 0.5, r: 0.25, f1: 1 / 3 }],
  ])('tp %i, predicted %i, gold %i', (tp, np, ng, want) => {
    const got = scoreF1(tp, np, ng);
    expect(got.p).toBeCloseTo(want.p);
    expect(got.r).toBeCloseTo(want.r);
    expect(got.f1).toBeCloseTo(want.f1);
  });
});

describe('header', () => {
  const gold: GoldFile = { document: { number: '537/TB-VPCP', date: '2025-10-03' } };
  it.each([
    [{ number: '537/TB-VPCP', date: '2025-10-03' }, 1],
    [{ number: 'Số: 537/TB - VPCP', date: '2025-10-03' }, 1],
    [{ number: '537/TB-VPCP', date: '2025-10' }, 0],
    [{ number: null, date: '2025-10-03' }, 0],
  ])('%o scores %i', (document, want) => {
    expect(score(gold, { document }).summary.header).toBe(want);
  });

  it('matches a blank number and month-only date when both sides agree', () => {
    expect(score({ document: { number: '/VP-KGVX', date: '2024-03' } }, { document: { number: '/VP-KGVX', date: '2024-03' } }).summary.header).toBe(1);
  });
});

describe('citations', () => {
  const gold: GoldFile = {
    citations: [
      { number: '30/2020/NĐ-CP', date: '2020-03-05' },
      { number: '49-NQ/TU', date: null },
    ],
  };

  it('matches numbers after folding and counts dates of matched pairs', () => {
    const { summary, perDoc } = score(gold, {
      citations: [
        { number: '30/2020/ND-CP', date: '2020-03-05' },
        { number: '49 - NQ/TU', date: '2021-09-28' },
        { number: '99/QĐ-UBND', date: null },
      ],
    });
    expect(summary.citations).toMatchObject({ tp: 2, np: 3, ng: 2, dateOk: 1, p: 2 / 3, r: 1, citationDateAccuracy: 0.5 });
    expect(perDoc[0]!.notes).toEqual(['citation 49-NQ/TU date: want null, got 2021-09-28', 'citation extra: 99/QĐ-UBND']);
  });

  it('counts a document cited twice once, keeping the last mention', () => {
    const { summary } = score(gold, {
      citations: [
        { number: '30/2020/NĐ-CP', date: null },
        { number: '30/2020/ND-CP', date: '2020-03-05' },
      ],
    });
    expect(summary.citations).toMatchObject({ tp: 1, np: 1, ng: 2, dateOk: 1 });
  });

  it('ignores entries whose number folds to nothing', () => {
    const { summary } = score({ citations: [] }, { citations: [{ number: '', date: null }, { number: 'Số:', date: null }] });
    expect(summary.citations).toMatchObject({ tp: 0, np: 0, ng: 0, f1: 1 });
  });
});

describe('task matching', () => {
  const gold: GoldFile = {
    tasks: [
      { quote: Q2, assignees: ['UBND các huyện'], deadline: { date: '2025-10-31', text: 'trong tháng 10 năm 2025' } },
      { quote: Q1, assignees: ['Sở Tài chính'], deadline: { date: '2025-10-15', text: 'trước ngày 15/10/2025' } },
      { quote: Q3, assignees: ['Văn phòng UBND tỉnh'], deadline: { date: null, text: 'thường xuyên' } },
    ],
  };

  it('matches a predicted span that contains where the quote starts', () => {
    const { summary, perDoc } = score(gold, {
      tasks: [
        { span: lineOf(Q1), assignees: ['Sở Tài chính'], deadline: { date: '2025-10-15' } },
        { span: lineOf(Q2), assignees: ['UBND các huyện, thành phố'], deadline: { date: '2025-10-31' } },
        { span: lineOf(Q3), assignees: ['VĂN PHÒNG UBND TỈNH'], deadline: { date: null } },
      ],
    });
    expect(perDoc[0]!.notes).toEqual([]);
    expect(summary.tasks).toMatchObject({ tp: 3, np: 3, ng: 3, f1: 1, assigneeAccuracy: 1, deadlineAccuracy: 1 });
    expect(summary.deadlines).toMatchObject({ tp: 2, np: 2, ng: 2, f1: 1 });
  });

  it('does not match a span that starts after the quote or ends at it', () => {
    const q = at(Q1);
    const { summary } = score({ tasks: [gold.tasks![1]!] }, {
      tasks: [
        { span: [q + 1, q + 50], assignees: [], deadline: null },
        { span: [q - 10, q], assignees: [], deadline: null },
      ],
    });
    expect(summary.tasks).toMatchObject({ tp: 0, np: 2, ng: 1 });
  });

  it('gives the quote the smallest containing span, one to one, in document order', () => {
    const whole: [number, number] = [0, TEXT.length];
    const { summary, perDoc } = score(gold, {
      tasks: [
        { span: whole, assignees: ['Văn phòng UBND tỉnh'], deadline: null },
        { span: lineOf(Q1), assignees: ['Sở Tài chính'], deadline: { date: '2025-10-15' } },
      ],
    });
    // Q1 comes first in the text and takes its own line; Q2 takes the whole-text span; Q3 gets none.
    expect(summary.tasks).toMatchObject({ tp: 2, np: 2, ng: 3, assigneeOk: 1, deadlineOk: 1 });
    expect(perDoc[0]!.notes).toEqual([
      `task "${Q2}" assignees: want ["UBND các huyện"], got ["Văn phòng UBND tỉnh"]`,
      `task "${Q2}" deadline: want 2025-10-31, got null`,
      `task missed: "${Q3}"`,
    ]);
  });

  it('leaves out predicted tasks without a span', () => {
    const { summary } = score({ tasks: [] }, { tasks: [{ assignees: ['Sở Tài chính'], deadline: { date: '2025-10-15' } }] });
    expect(summary.tasks).toMatchObject({ tp: 0, np: 0, ng: 0, f1: 1 });
    expect(summary.deadlines).toMatchObject({ np: 0, f1: 1 });
  });

  it('requires every gold assignee, and no assignee when gold names none', () => {
    const g: GoldFile = { tasks: [{ quote: Q1, assignees: ['Sở Tài chính', 'Sở Nội vụ'], deadline: null }] };
    expect(score(g, { tasks: [{ span: lineOf(Q1), assignees: ['Sở Tài chính'], deadline: null }] }).summary.tasks.assigneeOk).toBe(0);
    expect(score(g, { tasks: [{ span: lineOf(Q1), assignees: ['Sở Nội vụ', 'Sở Tài chính', 'Bộ Tài chính'], deadline: null }] }).summary.tasks.assigneeOk).toBe(1);
    const none: GoldFile = { tasks: [{ quote: Q1, assignees: [], deadline: null }] };
    expect(score(none, { tasks: [{ span: lineOf(Q1), assignees: ['Sở Tài chính'], deadline: null }] }).summary.tasks.assigneeOk).toBe(0);
  });

  it('reports extra predicted tasks by their first 60 characters', () => {
    const { perDoc } = score({ tasks: [] }, { tasks: [{ span: [0, TEXT.length], assignees: [], deadline: null }] });
    expect(perDoc[0]!.notes).toEqual([`task extra: "${TEXT.slice(0, 60)}"`]);
  });

  it('throws when a gold quote is not in the text', () => {
    expect(() => score({ tasks: [{ quote: 'không có trong văn bản', deadline: null }] }, { tasks: [] })).toThrow('gold quote not found');
  });
});

describe('deadlines and also', () => {
  type GoldDeadline = NonNullable<GoldFile['tasks']>[number]['deadline'];
  const task = (deadline: GoldDeadline): GoldFile => ({ tasks: [{ quote: Q1, assignees: [], deadline }] });
  const predicted = (date: string | null): ScoredOutput => ({ tasks: [{ span: lineOf(Q1), assignees: [], deadline: { date } }] });

  // gold deadline, predicted date, deadline right, then dated tasks: matched, predicted, gold
  const cases: [GoldDeadline, string | null, number, number, number, number][] = [
    [{ date: '2025-10-15', text: 't' }, '2025-10-15', 1, 1, 1, 1],
    [{ date: '2025-10-15', text: 't' }, '2025-10-16', 0, 0, 1, 1],
    [{ date: '2025-10-15', text: 't', also: ['2025-11-30'] }, '2025-11-30', 1, 1, 1, 1],
    [{ date: '2025-10-15', text: 't', also: [null] }, null, 1, 0, 0, 1],
    [{ date: null, text: 'khi có yêu cầu' }, null, 1, 0, 0, 0],
    [{ date: null, text: 'thường xuyên', also: ['2025-12-31'] }, '2025-12-31', 1, 0, 1, 0],
    [null, null, 1, 0, 0, 0],
    [null, '2025-10-15', 0, 0, 1, 0],
  ];
  it.each(cases)('gold %o, predicted %s', (deadline, date, right, tp, np, ng) => {
    const { summary } = score(task(deadline), predicted(date));
    expect(summary.tasks.deadlineOk).toBe(right);
    expect(summary.deadlines).toMatchObject({ tp, np, ng });
  });

  it('reads a predicted null deadline as no date', () => {
    const { summary } = score(task(null), { tasks: [{ span: lineOf(Q1), assignees: [], deadline: null }] });
    expect(summary.tasks.deadlineOk).toBe(1);
  });
});

describe('scoreCorpus', () => {
  const gold: GoldFile = { document: { number: '1/A', date: '2025-01-02' }, citations: [{ number: '2/B', date: null }], tasks: [{ quote: Q1, assignees: [], deadline: null }] };

  it('scores a missing output as an empty one and lists it', () => {
    const { summary, perDoc } = score(gold, null);
    expect(summary.missingOutputs).toEqual(['doc']);
    expect(perDoc[0]!.missing).toBe(true);
    expect(summary).toMatchObject({ header: 0, citations: { f1: 0, ng: 1 }, tasks: { f1: 0, ng: 1 } });
  });

  it('scores an empty corpus without dividing by zero', () => {
    const { summary } = scoreCorpus([]);
    expect(summary).toMatchObject({ documents: 0, header: 0, citations: { f1: 1, citationDateAccuracy: 0 }, tasks: { f1: 1, assigneeAccuracy: 0 } });
  });

  it('sums counts over documents before computing F1', () => {
    const perfect: ScoredOutput = { document: { number: '1/A', date: '2025-01-02' }, citations: [{ number: '2/B', date: null }], tasks: [{ span: lineOf(Q1), assignees: [], deadline: null }] };
    const { summary } = scoreCorpus([entry(gold, perfect, 'a'), entry(gold, { citations: [{ number: '3/C' }] }, 'b')]);
    expect(summary.citations).toMatchObject({ tp: 1, np: 2, ng: 2, p: 0.5, r: 0.5 });
    expect(summary.tasks).toMatchObject({ tp: 1, np: 1, ng: 2, p: 1, r: 0.5 });
    expect(summary.header).toBe(0.5);
  });

  it('prints the headline last, as score.mjs does', () => {
    const result = score(gold, null);
    const lines = formatScoreReport(result, { verbose: true }).split('\n');
    expect(lines[0]).toBe('doc (no output)');
    expect(lines.at(-1)).toBe(formatHeadline(result.summary));
    expect(lines.at(-1)).toBe('citations F1 0.000 · tasks F1 0.000 · deadlines F1 1.000 · header 0.000');
  });
});
