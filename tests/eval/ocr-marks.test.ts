// @vitest-environment node
// OCR loses marks: "Bộ" comes out "Bo", "Điều" "Dieu". The development corpus with a share of its marked
// letters stripped of their marks (the same for every run) must still score near its printed figures.
import { describe, expect, it } from 'vitest';
import { loadCorpus, type CorpusDocument } from '../../lib/eval/corpus';
import { readHeadlineFigures } from '../../lib/eval/floor';
import { formatHeadline } from '../../lib/eval/report';
import { evaluateCorpus } from '../../lib/eval/run-corpus';


/** One letter without its marks, when that is one UTF-16 unit ("ộ" → "o", "Đ" → "D"); else as it is. */
function unmarked(ch: string): string {
  const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
  return base.length === 1 ? base : ch;
}

/** `doc` with a share of its marked letters stripped; gold quotes taken at the same offsets (same length). */
function stripMarks(doc: CorpusDocument, next: () => number, rate: number): CorpusDocument {
  const raw = doc.text.normalize('NFC');
  const chars = [...raw].length === raw.length ? raw.split('') : null;
  if (!chars) return doc;
  for (let i = 0; i < chars.length; i++) if (chars[i]!.charCodeAt(0) > 127 && /\p{L}/u.test(chars[i]!) && next() < rate) chars[i] = unmarked(chars[i]!);
  const text = chars.join('');
  const tasks = (doc.gold.tasks ?? []).map((t) => {
    const at = raw.indexOf(t.quote.normalize('NFC'));
    if (at < 0) return t;
    // A quote must stay the first place its words stand.
    let n = t.quote.length;
    while (text.indexOf(text.slice(at, at + n)) !== at && at + n < text.length) n++;
    return { ...t, quote: text.slice(at, at + n) };
  });
  return { ...doc, text, gold: { ...doc.gold, tasks } };
}

// A tenth of the marks lost, as a fair scan gives; three tenths, as a poor one. The floors sit a
// thousandth under the figures reached.
describe.each([
  [0.1, { citationsF1: 0.994, tasksF1: 0.979, deadlinesF1: 0.937, header: 0.999, assigneeAccuracy: 0.99 }],
  [0.3, { citationsF1: 0.994, tasksF1: 0.969, deadlinesF1: 0.937, header: 0.999, assigneeAccuracy: 0.972 }],
] as const)('the development corpus with a share %f of its marks OCR lost', (rate, floors) => {
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const docs = loadCorpus().map((doc) => stripMarks(doc, next, rate));
  const { score } = evaluateCorpus(docs);
  const got = readHeadlineFigures(score.summary);

  it('loses letters in every text', () => {
    const printed = loadCorpus();
    expect(docs.filter((d, i) => d.text !== printed[i]!.text.normalize('NFC')).length).toBe(printed.length);
  });

  it.each(Object.entries(floors))('%s stays at or above %f', (key, floor) => {
    expect(got[key as keyof typeof got], formatHeadline(score.summary)).toBeGreaterThanOrEqual(floor);
  });
});
