// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { addCounts, countVitestReport, formatCountsLine } from '../../lib/cli/test-summary';

describe('countVitestReport', () => {
  it('reads passed and failed tests', () => {
    const report = { numPassedTests: 12, numFailedTests: 2, testResults: [{ status: 'failed', assertionResults: [{ status: 'failed' }, { status: 'passed' }] }] };
    expect(countVitestReport(report)).toEqual({ passed: 12, failed: 2 });
  });

  it('counts a test file that failed to load as one failure', () => {
    const report = { numPassedTests: 5, numFailedTests: 0, testResults: [{ status: 'failed', assertionResults: [] }, { status: 'passed', assertionResults: [{ status: 'passed' }] }] };
    expect(countVitestReport(report)).toEqual({ passed: 5, failed: 1 });
  });

  it('reads a malformed report as nothing', () => {
    expect(countVitestReport(null)).toEqual({ passed: 0, failed: 0 });
    expect(countVitestReport({ numPassedTests: '3' })).toEqual({ passed: 0, failed: 0 });
  });
});

describe('formatCountsLine', () => {
  it('prints the closing line CI reads', () => {
    expect(formatCountsLine(addCounts({ passed: 70, failed: 0 }, { passed: 2, failed: 1 }))).toBe('72 passed, 1 failed');
  });
});
