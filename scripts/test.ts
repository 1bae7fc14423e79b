// `npm test [-- VITEST_FILTERS…]`: every check of the project, in order, then one closing line
// `N passed, N failed` that CI reads. Exits non-zero when anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addCounts, countVitestReport, formatCountsLine, type TestCounts } from '../lib/cli/test-summary';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Runs a Node CLI of an installed package with the console attached; returns its exit code. */
function runNode(script: string, args: readonly string[]): number {
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules', script), ...args], { cwd: ROOT, stdio: 'inherit' });
  if (result.error) console.error(result.error.message);
  return result.status ?? 1;
}

/** Type check: counts as one failure when it fails, nothing when it passes. */
function checkTypes(): TestCounts {
  console.log('▶ Kiểm tra kiểu: tsc --noEmit');
  return runNode('typescript/bin/tsc', ['--noEmit']) === 0 ? { passed: 0, failed: 0 } : { passed: 0, failed: 1 };
}

/** Unit tests: Vitest's default reporter on the console, its JSON report to a temporary file. */
function runUnitTests(filters: readonly string[]): TestCounts {
  console.log('▶ Kiểm thử đơn vị: vitest run');
  const dir = mkdtempSync(join(tmpdir(), 'nhac-viec-vitest-'));
  const reportPath = join(dir, 'report.json');
  try {
    const code = runNode('vitest/vitest.mjs', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${reportPath}`, ...filters]);
    if (!existsSync(reportPath)) {
      console.error('Vitest dừng mà không ghi báo cáo kết quả.');
      return { passed: 0, failed: 1 };
    }
    const counts = countVitestReport(JSON.parse(readFileSync(reportPath, 'utf8')));
    // Vitest can fail with every test green (an unhandled error between tests): still a failure.
    return code !== 0 && counts.failed === 0 ? { ...counts, failed: 1 } : counts;
  } catch (error) {
    console.error('Không đọc được báo cáo của Vitest:', error);
    return { passed: 0, failed: 1 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const filters = process.argv.slice(2).filter((arg) => arg !== '--');
const results: TestCounts[] = [checkTypes(), runUnitTests(filters)];
// Browser tests (the built extension in real Chromium) join here as one more step that returns
// its TestCounts, e.g. `results.push(runBrowserTests())`, once that suite exists.
const total = addCounts(...results);
console.log(formatCountsLine(total));
process.exitCode = total.failed > 0 ? 1 : 0;
