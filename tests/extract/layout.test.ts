// @vitest-environment node
// The same directive laid out another way is read the same: what the official acts on does not
// depend on how a PDF tool spaced or wrapped its words.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpusTexts } from '../../lib/eval/corpus';
import { extractDirective } from '../../lib/extract';
import { layoutTablePieces } from '../../lib/extract/segment/layout-table';

// Who, with whom, by when, and the document's number and date.
const read = (text: string) => {
  const out = extractDirective(text);
  return { number: out.document.number, date: out.document.date, tasks: out.tasks.map((t) => [t.assignees, t.coordinators, t.deadline?.date ?? null]) };
};
const corpus = loadCorpusTexts();

// Every line indented alike (a converter's page margin), and two blanks before each line break (a
// Markdown line break, a converter's padding).
// One mark in ten set apart from its letter by a blank, as some PDF producers emit it ("Vie ̣t").
const spacedMarks = (text: string) => {
  let k = 0;
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, (mark) => (k++ % 10 === 0 ? ` ${mark}` : mark));
};
// Titles and labels letter-spaced, as some .doc conversions print them ("Q U Y Ế T   Đ Ị N H", "C ă n   c ứ").
const letterSpaced = (text: string) =>
  text.replace(/^(\s*)(Căn cứ|Kính gửi|Nơi nhận|QUYẾT ĐỊNH|CHỈ THỊ|CÔNG ĐIỆN|THÔNG BÁO|KẾ HOẠCH)/gmu, (_m, indent: string, words: string) => indent + [...words].join(' '));
// Dates in words written with figures, as web pages and typed letters give them: "ngày 05/10/2025".
const figures = (text: string) => text.replace(/([Nn]gày) (\d{1,2}) tháng (\d{1,2}) năm (\d{4})/g, '$1 $2/$3/$4');
const indent = (text: string) => text.replace(/^/gm, '    ');
const markdownBreaks = (text: string) => text.replace(/\n/g, '  \n');
// A Markdown conversion: item and section lines in bold, numbers escaped ("1\."), "* " bullets.
const ITEM_LINE = /^(\s*)((?:[IVX]{1,5}|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)]\s.*)$/u;
const markdown = (text: string) =>
  text
    .split('\n')
    .map((line) => {
      const item = ITEM_LINE.exec(line);
      return item && line.length < 120 ? `${item[1]}**${item[2]!.trimEnd()}**` : line;
    })
    .join('\n')
    .replace(/^(\s*(?:\*\*)?\d{1,2})\.(\s)/gm, '$1\\.$2')
    .replace(/^(\s*)[-–]\s/gm, '$1* ');

// Each of the above, named.
const VARIANTS: [string, (text: string) => string][] = [
  ['every line indented', indent],
  ['blanks before each line break', markdownBreaks],
  ['as Markdown', markdown],
  ['dates in figures', figures],
  ['marks set apart', spacedMarks],
  ['titles letter-spaced', letterSpaced],
];

/** Each text read, in each variant, as it reads as printed. */
function expectEachAsPrinted(texts: readonly { name: string; text: string }[]): void {
  for (const { name, text } of texts) {
    const plain = read(text);
    for (const [variant, rewrite] of VARIANTS) expect(read(rewrite(text)), `${name} (${variant})`).toEqual(plain);
  }
}

describe('the development texts laid out another way', () => {
  it('reads each text justified (two or three blanks between words) as it reads it plain', () => {
    expect(corpus.length).toBeGreaterThan(20);
    for (const { name, text } of corpus) {
      const justified = text.replace(/(\S) (?=\S)/g, (_m, ch: string, at: number) => `${ch}${at % 3 === 0 ? '   ' : '  '}`);
      expect(read(justified), name).toEqual(read(text));
    }
  });

  it('reads each text with every line indented, with blanks before each line break, as Markdown, with dates in figures, marks set apart, or titles letter-spaced, as printed', () => {
    expectEachAsPrinted(corpus);
  });
});

// An item, a bullet or an article opening a line: never joined to the line before, never broken before.
const MARKER = /^\s*(?:[-+•*–]|\d{1,2}[.)/-]|[a-zđ][).]|\([0-9ivx]+\)|[IVX]{1,5}[.-]|Điều\s)/u;

/**
 * `text` with its wrapped paragraphs reflowed at `width` characters, only "\n" and " " swapped (a line
 * breaks where another PDF tool would break it): a line that starts in lower case, or a full line
 * ending on no punctuation, wraps into the next. Lines in capitals (titles, header) and table rows stay
 * as they are.
 */
function reflow(text: string, width: number): string {
  const chars = text.split('');
  const lines: [number, number][] = [];
  let s = 0;
  for (let i = 0; i <= text.length; i++) if (i === text.length || text[i] === '\n') { lines.push([s, i]); s = i + 1; }
  const lengths = lines.map(([a, b]) => b - a).filter((n) => n > 40).sort((a, b) => a - b);
  const full = 0.8 * (lengths[Math.floor(lengths.length * 0.75)] ?? 80);
  const wraps = (j: number) => {
    const cur = text.slice(lines[j]![0], lines[j]![1]);
    const next = text.slice(lines[j + 1]![0], lines[j + 1]![1]);
    return /\p{Ll}/u.test(cur) && !cur.endsWith(' ') && !cur.includes('|') && !next.includes('|') && !MARKER.test(next) && (/^\p{Ll}/u.test(next) || (/^\p{Lu}/u.test(next) && cur.trim().length >= full && !/[.;:]$/.test(cur.trim())));
  };
  for (let k = 0; k < lines.length; ) {
    let j = k;
    while (j + 1 < lines.length && wraps(j)) j++;
    const [from] = lines[k]!;
    const to = lines[j]![1];
    // A table's row (cells parted by "|") is never wrapped.
    if (to - from > width && !text.slice(from, to).includes('|')) {
      for (let i = from; i < to; i++) if (chars[i] === '\n') chars[i] = ' ';
      for (let lineStart = from; to - lineStart > width; ) {
        let b = -1;
        for (let i = lineStart + width; i > lineStart + 10; i--) if (chars[i] === ' ' && chars[i - 1] !== ' ' && /\p{L}/u.test(chars[i + 1] ?? '') && !MARKER.test(text.slice(i + 1, i + 8))) { b = i; break; }
        if (b < 0) break;
        chars[b] = '\n';
        lineStart = b + 1;
      }
    }
    k = j + 1;
  }
  return chars.join('');
}

describe('the development texts wrapped at another width', () => {
  // The widths of the printed page and of wider conversions. Narrower ones (45 to 65) still read a
  // few texts otherwise: an address line broken inside a company's name, a ";" OCR put in a list of
  // places ending a short line.
  it.each([75, 95, 120])('reads each text wrapped at %i characters as it reads it as printed', (width) => {
    let changed = 0;
    for (const { name, text } of corpus) {
      const wrapped = reflow(text, width);
      if (wrapped !== text) changed++;
      expect(read(wrapped), name).toEqual(read(text));
    }
    expect(changed).toBeGreaterThan(20);
  });

  it.each([
    ['on a line of its own', (n: number) => `${n}\n`],
    ['after a form feed', (n: number) => `\f${n}\n`],
    ['between blank lines', (n: number) => `\n${n}\n\n`],
    ['after a page-break mark', (n: number) => `\n--- PAGE BREAK ---\n\n${n}\n\n`],
    ['as a page-break mark alone', () => '\n--- PAGE BREAK ---\n\n'],
    ['between dashes', (n: number) => `- ${n} -\n`],
    ['as "Trang n/9"', (n: number) => `Trang ${n}/9\n`],
    ['as "n/9"', (n: number) => `\n${n}/9\n\n`],
    ['under a site\'s watermark', (n: number) => `\nwww.thuvienphapluat.vn\n\n${n}\n`],
  ])('reads each text with a page number every 37 lines, %s, as printed', (_name, form) => {
    for (const { name, text } of corpus) {
      const paged = text.split('\n').map((line, i) => (i > 0 && i % 37 === 0 ? `${form(i / 37 + 1)}${line}` : line)).join('\n');
      expect(read(paged), name).toEqual(read(text));
    }
  });

  it('reads each text unwrapped, a line per paragraph (as a DOCX or a web page gives it), as printed', () => {
    for (const { name, text } of corpus) expect(read(reflow(text, Number.MAX_SAFE_INTEGER)), name).toEqual(read(text));
  });
});

describe('every labelled text laid out another way', () => {
  // The held-out sets too: texts the rules were not written on.
  const sets = readdirSync(join(process.cwd(), 'tests')).filter((d) => d.startsWith('corpus-probe'));
  const texts = sets.flatMap((set) => loadCorpusTexts(join(process.cwd(), 'tests', set)).map((d) => ({ name: `${set}/${d.name}`, text: d.text })));
  const justify = (text: string) => text.replace(/(\S) (?=\S)/g, (_m, ch: string, at: number) => `${ch}${at % 3 === 0 ? '   ' : '  '}`);

  it('reads each justified as plain, and unwrapped to a line per paragraph as printed', () => {
    expect(texts.length).toBeGreaterThan(140);
    // A table laid out in columns of text is read by where its words stand: widening every blank or
    // joining its lines rewrites the columns themselves (one text of the held-out sets has one).
    const columnLaid = texts.filter(({ text }) => layoutTablePieces(text, (x) => x).length > 0);
    expect(columnLaid.map((t) => t.name)).toEqual(['corpus-probe13/ctr-tu-laocai-104-2026-bvmt-bdkh.txt']);
    for (const { name, text } of texts) {
      if (columnLaid.some((t) => t.name === name)) continue;
      const plain = read(text);
      expect(read(justify(text)), name).toEqual(plain);
      expect(read(reflow(text, Number.MAX_SAFE_INTEGER)), name).toEqual(plain);
    }
  });


  it('reads each with its letters written "a/" and its articles "ĐIỀU 1." as printed', () => {
    // A letter before a word ("đ) 1 Đề nghị …", OCR's debris after the letter, stays as it is).
    const markers = (text: string) => text.replace(/^(\s*)([a-hk-nđ])\)\s(?=\p{L})/gmu, '$1$2/ ').replace(/^(\s*)Điều (\d)/gm, '$1ĐIỀU $2');
    const same = texts.filter(({ text }) => markers(text) !== text);
    expect(same.length).toBeGreaterThan(40);
    for (const { name, text } of same) expect(read(markers(text)), name).toEqual(read(text));
  });

  it('reads each with every line indented, with blanks before each line break, as Markdown, with dates in figures, marks set apart, and titles letter-spaced, as printed', () => {
    // Most texts have dates in words to rewrite.
    expect(texts.filter(({ text }) => figures(text) !== text).length).toBeGreaterThan(100);
    expectEachAsPrinted(texts);
  });
});
