// Reads the vitest and Playwright JSON reports plus the exit codes of the other gates and prints the
// single closing line CI understands: "N passed, N failed". Exits non-zero when anything failed.
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

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
  // A file that failed with no failed test (it did not load, or a hook failed) counts once. Not
  // numFailedTestSuites: it counts each describe block too, so one failed test in a describe counted twice.
  failed += (vitest.numFailedTests ?? 0) + countFilesFailedWithoutFailedTests(vitest);
  // Named here, beside the closing line, because a CI log is often read from its end.
  for (const file of vitest.testResults ?? []) {
    const name = relative(process.cwd(), file.name ?? '');
    const failedTests = (file.assertionResults ?? []).filter((a) => a.status === 'failed');
    for (const test of failedTests)
      problems.push(`vitest: ${name} › ${test.fullName}: ${firstLine(test.failureMessages)}`);
    if (file.status === 'failed' && failedTests.length === 0)
      problems.push(`vitest: ${name}: ${firstLine([file.message])}`);
  }
  if (codes.vitest !== 0 && (vitest.numFailedTests ?? 0) === 0 && (vitest.numFailedTestSuites ?? 0) === 0) {
    failed += 1;
    problems.push('vitest exited non-zero');
  }
} else {
  failed += 1;
  problems.push('vitest produced no report');
}

function countFilesFailedWithoutFailedTests(report) {
  return (report.testResults ?? []).filter(
    (s) => s.status === 'failed' && !(s.assertionResults ?? []).some((a) => a.status === 'failed'),
  ).length;
}

const playwright = readJson(playwrightFile);
if (playwright?.stats) {
  const s = playwright.stats;
  passed += (s.expected ?? 0) + (s.flaky ?? 0);
  failed += s.unexpected ?? 0;
  for (const { title, file, error } of unexpectedSpecs(playwright.suites ?? [], []))
    problems.push(`playwright: ${file} › ${title}: ${firstLine([error])}`);
  if (codes.playwright !== 0 && (s.unexpected ?? 0) === 0) {
    failed += 1;
    problems.push('playwright exited non-zero');
  }
} else {
  failed += 1;
  problems.push('playwright produced no report');
}

function unexpectedSpecs(suites, titles) {
  return suites.flatMap((suite) => {
    const path = suite.title && suite.title !== suite.file ? [...titles, suite.title] : titles;
    const own = (suite.specs ?? []).flatMap((spec) =>
      (spec.tests ?? [])
        .filter((test) => test.status === 'unexpected')
        .map((test) => ({
          title: [...path, spec.title].join(' › '),
          file: spec.file ?? suite.file,
          error: test.results?.at(-1)?.error?.message,
        })),
    );
    return [...own, ...unexpectedSpecs(suite.suites ?? [], path)];
  });
}

function firstLine(messages) {
  const text = stripVTControlCharacters(String((messages ?? []).find(Boolean) ?? ''));
  return (text.split('\n').find((line) => line.trim()) ?? '').slice(0, 300);
}

for (const p of problems) console.log(`problem: ${p}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
