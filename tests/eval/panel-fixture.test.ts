// @vitest-environment node
// The list `npm run bench` times the side panel on: its size, its spread, and valid records.
import { describe, expect, it } from 'vitest';
import { groupTasks, SavedDocumentSchema, SavedTaskSchema } from '../../lib/db';
import { loadCorpusTexts } from '../../lib/eval/corpus';
import { createPanelFixture } from '../../lib/eval/panel-fixture';
import { extractDirective } from '../../lib/extract/index';

const sources = loadCorpusTexts().map(({ text }) => ({ text, extraction: extractDirective(text) }));
// The bench's own size: 10,000 tasks over 200 documents.
const OPTIONS = { documents: 200, tasks: 10_000, seed: 3, today: '2026-01-05', now: Date.UTC(2026, 0, 5), queryLength: 20 };

describe('createPanelFixture', () => {
  const fixture = createPanelFixture(sources, OPTIONS);

  it('holds the tasks asked for, over the documents asked for, each with a number of its own', () => {
    expect(fixture.captures).toHaveLength(200);
    expect(fixture.taskCount).toBe(10_000);
    expect(new Set(fixture.captures.map((c) => c.document.key)).size).toBe(200);
  });

  it('writes records the database accepts', () => {
    for (const capture of fixture.captures) {
      SavedDocumentSchema.parse(capture.document);
      for (const task of capture.tasks) SavedTaskSchema.parse({ ...task, documentId: 1 });
    }
  });

  it('spreads the tasks over every group of the list', () => {
    const groups = groupTasks(fixture.captures.flatMap((c) => c.tasks), OPTIONS.today);
    for (const { group, tasks } of groups) expect(tasks.length, group).toBeGreaterThan(0);
  });

  it('searches for a frequent assignee, typed without diacritics', () => {
    expect(fixture.query).toMatch(/^[a-z0-9 ]+$/);
    expect(fixture.query.length).toBeGreaterThan(5);
    expect(fixture.query.length).toBeLessThanOrEqual(20);
    const found = fixture.captures.flatMap((c) => c.tasks).filter((t) => t.search.includes(fixture.query));
    expect(found.length).toBeGreaterThan(10);
  });

  it('is the same for the same seed', () => {
    expect(createPanelFixture(sources, OPTIONS)).toEqual(fixture);
  });
});
