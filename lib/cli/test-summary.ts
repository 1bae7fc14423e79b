/** Passed and failed counts for the closing line of `npm test`. */
export interface TestCounts {
  passed: number;
  failed: number;
}

interface VitestJsonReport {
  numPassedTests?: unknown;
  numFailedTests?: unknown;
  testResults?: { status?: unknown; assertionResults?: { status?: unknown }[] }[];
}

const count = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

/**
 * Reads Vitest's JSON report: its passed and failed tests, plus one failure for every test file
 * that failed without a failing test (it did not load, or crashed while collecting), which the
 * report's own counts leave out.
 */
export function countVitestReport(report: unknown): TestCounts {
  const r = (report ?? {}) as VitestJsonReport;
  const brokenFiles = (r.testResults ?? []).filter(
    (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
  ).length;
  return { passed: count(r.numPassedTests), failed: count(r.numFailedTests) + brokenFiles };
}

/** Sums the counts of several checks. */
export function addCounts(...all: TestCounts[]): TestCounts {
  return all.reduce((sum, c) => ({ passed: sum.passed + c.passed, failed: sum.failed + c.failed }), { passed: 0, failed: 0 });
}

/** The plain closing line CI reads: `N passed, N failed`. */
export function formatCountsLine(counts: TestCounts): string {
  return `${counts.passed} passed, ${counts.failed} failed`;
}
