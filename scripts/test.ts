// `npm test [-- VITEST_FILTERS…]`: every check of the project, in order, then one closing line
// `N passed, N failed` that CI reads. Exits non-zero when anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addCounts, countVitestReport, formatCountsLine, type TestCounts } from '../lib/cli/test-summary';
import { canInstallChromium, findChromium, INSTALL_HINT, installChromium } from '../lib/demo/chromium';

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

/**
 * One Vitest run (`config` null for the unit tests' vitest.config.ts): its default reporter on the
 * console, its JSON report to a temporary file, counted from there.
 */
function runVitest(config: string | null, filters: readonly string[]): TestCounts {
  const dir = mkdtempSync(join(tmpdir(), 'nhac-viec-vitest-'));
  const reportPath = join(dir, 'report.json');
  try {
    const configArgs = config ? ['--config', config, '--passWithNoTests'] : [];
    const code = runNode('vitest/vitest.mjs', ['run', ...configArgs, '--reporter=default', '--reporter=json', `--outputFile.json=${reportPath}`, ...filters]);
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

/** Unit tests: Vitest with vitest.config.ts. */
function runUnitTests(filters: readonly string[]): TestCounts {
  console.log('▶ Kiểm thử đơn vị: vitest run');
  return runVitest(null, filters);
}

/**
 * Browser tests: the built extension in real Chromium (vitest.e2e.config.ts builds both variants
 * first). Without Chromium: installed on CI when running as root, otherwise one failure with a
 * plain message — never a silent skip.
 */
function runBrowserTests(filters: readonly string[]): TestCounts {
  console.log('▶ Kiểm thử trên trình duyệt: wxt build, rồi vitest run -c vitest.e2e.config.ts');
  let chromium = findChromium();
  if (!chromium && process.env.CI === 'true' && canInstallChromium()) chromium = installChromium();
  if (!chromium) {
    console.error(`Không chạy được kiểm thử trên trình duyệt: không tìm thấy Chromium. ${INSTALL_HINT}`);
    return { passed: 0, failed: 1 };
  }
  return runVitest('vitest.e2e.config.ts', filters);
}

const filters = process.argv.slice(2).filter((arg) => arg !== '--');
const results: TestCounts[] = [checkTypes(), runUnitTests(filters), runBrowserTests(filters)];
const total = addCounts(...results);
console.log(formatCountsLine(total));
process.exitCode = total.failed > 0 ? 1 : 0;
