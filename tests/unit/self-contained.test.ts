// @vitest-environment node
import { execFile, execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));

/** The environment without the variables this Vitest run set, so the child runs as if started from a shell. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.FORCE_COLOR;
  for (const key of Object.keys(env)) if (key.startsWith('VITEST') || key === 'TEST') delete env[key];
  return env;
}

// A clone on another machine has nothing beside it. The copy sits alone in an empty temporary folder, so a
// script or test that reads a file outside the repository (the OpenAPI file above all) fails here even when
// that file happens to exist next to this checkout.
describe('the repository stands on its own', () => {
  const outer = mkdtempSync(join(tmpdir(), 'api-tokens-alone-'));
  const copy = join(outer, 'repo');

  beforeAll(() => {
    // Tracked files plus new ones not yet committed, without anything .gitignore leaves out (builds, reports).
    const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
      cwd: root,
    })
      .toString()
      .split('\0')
      .filter((file) => file && existsSync(join(root, file)));
    for (const file of files) {
      mkdirSync(dirname(join(copy, file)), { recursive: true });
      copyFileSync(join(root, file), join(copy, file));
    }
    // Installing again would take minutes; the dependencies are not what is being checked.
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
  });
  afterAll(() => rmSync(outer, { recursive: true, force: true }));

  it('checks the generated API types against its own OpenAPI file', async () => {
    const { stdout } = await run(process.execPath, ['scripts/check-api-types.mjs'], {
      cwd: copy,
      env: cleanEnv(),
    });
    expect(stdout).toContain('generated API types are up to date');
  }, 30_000);

  it('runs the contract tests', async () => {
    const { stdout } = await run(
      process.execPath,
      [join(copy, 'node_modules', 'vitest', 'vitest.mjs'), 'run', 'mocks/contract.test.ts', '--reporter=dot'],
      { cwd: copy, env: cleanEnv() },
    );
    expect(stdout).toMatch(/Tests\s+\d+ passed/);
    expect(stdout).not.toMatch(/skipped|failed/);
  }, 60_000);
});
