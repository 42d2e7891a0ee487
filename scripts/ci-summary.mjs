// Reads the vitest and Playwright JSON reports plus the exit codes of the other gates and prints the
// single closing line CI understands: "N passed, N failed". Exits non-zero when anything failed.
import { existsSync, readFileSync } from 'node:fs';

const [vitestFile, playwrightFile, ...gates] = process.argv.slice(2);
let passed = 0;
let failed = 0;
const problems = [];

const codes = Object.fromEntries(gates.map((g) => g.split('=')).map(([k, v]) => [k, Number(v)]));

// Static gates count as one check each.
for (const gate of ['api-types', 'typecheck', 'lint', 'build', 'library']) {
  if (codes[gate] === 0) passed += 1;
  else {
    failed += 1;
    problems.push(`${gate} failed`);
  }
}

function readJson(file) {
  if (!file || !existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

const vitest = readJson(vitestFile);
if (vitest) {
  passed += vitest.numPassedTests ?? 0;
  failed +=
    (vitest.numFailedTests ?? 0) + (vitest.numFailedTestSuites ?? 0) - countSuitesWithFailedTests(vitest);
  if (codes.vitest !== 0 && (vitest.numFailedTests ?? 0) === 0 && (vitest.numFailedTestSuites ?? 0) === 0) {
    failed += 1;
    problems.push('vitest exited non-zero');
  }
} else {
  failed += 1;
  problems.push('vitest produced no report');
}

function countSuitesWithFailedTests(report) {
  // A suite that failed because a test in it failed is already counted by its tests.
  return (report.testResults ?? []).filter(
    (s) => s.status === 'failed' && (s.assertionResults ?? []).some((a) => a.status === 'failed'),
  ).length;
}

const playwright = readJson(playwrightFile);
if (playwright?.stats) {
  const s = playwright.stats;
  passed += (s.expected ?? 0) + (s.flaky ?? 0);
  failed += s.unexpected ?? 0;
  if (codes.playwright !== 0 && (s.unexpected ?? 0) === 0) {
    failed += 1;
    problems.push('playwright exited non-zero');
  }
} else {
  failed += 1;
  problems.push('playwright produced no report');
}

for (const p of problems) console.log(`problem: ${p}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
