// @vitest-environment node
// The same directive worded another way is read the same: a deadline's lead has synonyms officials
// use interchangeably ("trước ngày", "chậm nhất là ngày", "không muộn hơn ngày", "hạn chót ngày").
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpusTexts } from '../../lib/eval/corpus';
import { extractDirective } from '../../lib/extract';

// Who, with whom, by when, and the document's number and date.
const read = (text: string) => {
  const out = extractDirective(text);
  return { number: out.document.number, date: out.document.date, tasks: out.tasks.map((t) => [t.assignees, t.coordinators, t.deadline?.date ?? null]) };
};

describe('every labelled text with its deadlines led another way', () => {
  const sets = ['corpus', ...readdirSync(join(process.cwd(), 'tests')).filter((d) => d.startsWith('corpus-probe'))];
  const texts = sets.flatMap((set) => loadCorpusTexts(join(process.cwd(), 'tests', set)).map((d) => ({ name: `${set}/${d.name}`, text: d.text })));
  const led = texts.filter(({ text }) => text.includes('trước ngày'));

  it.each(['chậm nhất là ngày', 'không muộn hơn ngày', 'hạn chót ngày'])('reads "trước ngày" written "%s" as printed', (lead) => {
    expect(led.length).toBeGreaterThan(40);
    for (const { name, text } of led) expect(read(text.replaceAll('trước ngày', lead)), name).toEqual(read(text));
  });
});
