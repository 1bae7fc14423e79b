/**
 * Dev loop for citations: runs `findCitations` on every corpus document (own number from the
 * gold header) and prints missed/extra numbers per document, then P/R/F1 and date accuracy,
 * comparing numbers with the scorer's key.
 *   node --import tsx scripts/dev-citations.ts [--verbose]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { citationKey, findCitations } from '../lib/extract/citations';

interface GoldCitation {
  number: string;
  date: string | null;
}
interface Gold {
  document: { number: string | null };
  citations: GoldCitation[];
}

const corpus = join(import.meta.dirname, '..', 'tests', 'corpus');
const verbose = process.argv.includes('--verbose');
let tp = 0;
let predicted = 0;
let wanted = 0;
let datesRight = 0;

for (const file of readdirSync(join(corpus, 'gold')).filter((f) => f.endsWith('.json')).sort()) {
  const stem = file.slice(0, -5);
  const gold = JSON.parse(readFileSync(join(corpus, 'gold', file), 'utf8')) as Gold;
  const text = readFileSync(join(corpus, 'docs', `${stem}.txt`), 'utf8').replace(/^\uFEFF/u, '').normalize('NFC');
  const found = findCitations(text, { ownNumber: gold.document.number });
  const goldByKey = new Map(gold.citations.map((c) => [citationKey(c.number), c]));
  const foundByKey = new Map(found.map((c) => [citationKey(c.number), c]));
  const notes: string[] = [];
  for (const [key, c] of foundByKey) {
    const g = goldByKey.get(key);
    if (!g) {
      notes.push(`  extra  ${c.number}  «${text.slice(c.span[0], c.span[1]).replace(/\s+/gu, ' ')}»`);
      continue;
    }
    tp++;
    if (g.date === c.date) datesRight++;
    else notes.push(`  date   ${c.number}: want ${g.date}, got ${c.date}`);
  }
  for (const [key, g] of goldByKey) if (!foundByKey.has(key)) notes.push(`  missed ${g.number}`);
  predicted += foundByKey.size;
  wanted += goldByKey.size;
  if (notes.length > 0 || verbose) console.log(`${stem}\n${notes.join('\n')}`);
  if (verbose) for (const c of found) console.log(`    ${JSON.stringify(c)}`);
}

const p = predicted ? tp / predicted : 1;
const r = wanted ? tp / wanted : 1;
const f1 = p + r ? (2 * p * r) / (p + r) : 0;
const fmt = (x: number): string => x.toFixed(3);
const dates = fmt(tp ? datesRight / tp : 1);
console.log(`\ncitations P ${fmt(p)} · R ${fmt(r)} · F1 ${fmt(f1)} · dates ${dates} (${tp}/${wanted} found, ${predicted} predicted)`);
