// (e) A long list opens on its first screen before every task is read (the head of the list, read
// through an index), and that screen is the list's own: the same rows and group sizes once the
// whole list has arrived.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from '../../lib/demo/chromium';
import { seedCaptures } from '../../lib/demo/panel-bench';
import { PANEL } from '../../lib/demo/panel-driver';
import { groupTasks } from '../../lib/db/groups';
import { loadCorpusTexts } from '../../lib/eval/corpus';
import { createPanelFixture, localIsoDate } from '../../lib/eval/panel-fixture';
import { extractDirective } from '../../lib/extract/index';
import { ROW_HEIGHT } from '../../components/task-list';
import { createProfile, launchTestBrowser } from './harness';

// Runs in the panel before its scripts: what the list shows when its first task row appears.
const FIRST_SCREEN_PROBE = `(() => {
  if (!location.pathname.endsWith('/sidepanel.html')) return;
  const observer = new MutationObserver(() => {
    if (!document.querySelector(${JSON.stringify(PANEL.taskRow)})) return;
    observer.disconnect();
    const text = (selector) => [...document.querySelectorAll(selector)].map((el) => el.textContent);
    window.__firstScreen = {
      headers: text('.group-header'),
      rows: text(${JSON.stringify(PANEL.taskRow)}),
      height: document.querySelector(${JSON.stringify(PANEL.taskList)}).firstElementChild.style.height,
    };
  });
  observer.observe(document, { childList: true, subtree: true });
})()`;

const SCREEN = `({
  headers: [...document.querySelectorAll('.group-header')].map((el) => el.textContent),
  rows: [...document.querySelectorAll(${JSON.stringify(PANEL.taskRow)})].map((el) => el.textContent),
  height: document.querySelector(${JSON.stringify(PANEL.taskList)}).firstElementChild.style.height,
})`;

type Screen = { headers: string[]; rows: string[]; height: string };

describe('a long list', () => {
  const profile = createProfile();
  let browser: ExtensionBrowser;
  const today = localIsoDate();
  const sources = loadCorpusTexts().map(({ text }) => ({ text, extraction: extractDirective(text) }));
  const fixture = createPanelFixture(sources, { documents: 20, tasks: 1000, seed: 11, today, now: Date.now(), queryLength: 10 });

  beforeAll(async () => {
    browser = await launchTestBrowser(profile.dir);
    await seedCaptures(browser, fixture.captures);
  });
  afterAll(async () => {
    await browser?.close();
    profile.remove();
  });

  it('shows its first screen before the whole list, and the whole list keeps that screen as it was', async () => {
    const groups = groupTasks(fixture.captures.flatMap((c) => c.tasks), today).filter((g) => g.tasks.length);
    const wholeHeight = `${(fixture.taskCount + groups.length) * ROW_HEIGHT}px`;
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 420, height: 900 });
    await page.addInitScript(FIRST_SCREEN_PROBE);
    await page.goto(browser.extensionUrl('sidepanel.html'), { waitUntil: 'domcontentloaded' });
    await expect.poll(async () => ((await page.evaluate(SCREEN)) as Screen).height, { timeout: 20_000 }).toBe(wholeHeight);
    const first = (await page.evaluate('window.__firstScreen')) as Screen;
    const whole = (await page.evaluate(SCREEN)) as Screen;
    // The first screen came from the head: a shorter list, with the whole list's group sizes.
    expect(first.height).not.toBe(wholeHeight);
    expect(first.rows.length).toBeGreaterThan(10);
    expect(first.headers[0]).toMatch(/\d+$/);
    expect(whole.headers.slice(0, first.headers.length)).toEqual(first.headers);
    expect(whole.rows.slice(0, first.rows.length)).toEqual(first.rows);
  });
});
