import { describe, expect, it } from 'vitest';
import { collapseWhitespace, locateQuote, relocateGold, scoreReadBack } from '../../lib/eval/pdf-route';

describe('collapseWhitespace', () => {
  it('keeps one space per run and maps each char back', () => {
    const { text, from } = collapseWhitespace('  ab \n\t c ');
    expect(text).toBe('ab c');
    expect(from.map((i) => '  ab \n\t c '[i])).toEqual(['a', 'b', ' ', 'c']);
  });
});

describe('locateQuote', () => {
  it('returns the quote itself when it is in the text', () => {
    expect(locateQuote('x Giao Sở Y tế y', 'Sở Y tế')).toBe('Sở Y tế');
  });

  it('finds a quote broken across lines and returns the exact slice', () => {
    const text = 'Đầu.\nGiao Sở Tài\nchính  chủ trì, báo cáo.\n';
    const slice = locateQuote(text, 'Sở Tài chính chủ trì');
    expect(slice).toBe('Sở Tài\nchính  chủ trì');
    expect(text.indexOf(slice!)).toBe(10);
  });

  it('returns null when the words are not there', () => {
    expect(locateQuote('Giao Sở Tài chính', 'Sở Nội vụ')).toBeNull();
  });
});

describe('relocateGold and scoreReadBack', () => {
  const text = 'Số: 1/UBND\nGiao Sở Tài\nchính báo cáo trước ngày 01/12/2025.\n';
  const gold = {
    document: { number: '1/UBND', date: null },
    tasks: [
      { quote: 'Sở Tài chính báo cáo', deadline: { date: '2025-12-01' } },
      { quote: 'Sở Nội vụ theo dõi', deadline: { date: '2025-12-02' } },
    ],
  };

  it('rewrites found quotes and lists the lost ones', () => {
    const { gold: moved, lost } = relocateGold(text, gold);
    expect(moved.tasks!.map((t) => t.quote)).toEqual(['Sở Tài\nchính báo cáo']);
    expect(lost.map((t) => t.quote)).toEqual(['Sở Nội vụ theo dõi']);
  });

  it('counts a lost quote as a missed gold task', () => {
    const at = text.indexOf('Giao');
    const output = { document: { number: '1/UBND', date: null }, citations: [], tasks: [{ span: [at, text.length] as [number, number], assignees: [], deadline: { date: '2025-12-01' } }] };
    const { score, lost } = scoreReadBack([{ stem: 'x', text, gold }], [{ stem: 'x', output: output as never, error: null }]);
    expect(lost).toEqual([{ stem: 'x', quote: 'Sở Nội vụ theo dõi' }]);
    expect(score.summary.tasks).toMatchObject({ tp: 1, np: 1, ng: 2 });
    expect(score.summary.deadlines).toMatchObject({ tp: 1, np: 1, ng: 2 });
  });
});
