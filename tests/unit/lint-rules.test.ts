// @vitest-environment node
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The layer rules in eslint.config.js are the architecture's only guard (docs/architecture.md, "Layers"). Each case
// lints a small file placed where a real one would be, so a rule that silently stopped matching (a glob that no
// longer fits, a parser the cycle check cannot read) fails here instead of letting the next violation through.
const root = process.cwd();
const fixtureDir = join(root, 'src', 'lib', `lint-fixture-${process.pid}`);

let eslint: ESLint;

async function ruleIdsFor(relativePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, relativePath) });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('lint: architecture rules', () => {
  beforeAll(() => {
    eslint = new ESLint({ cwd: root });
    // The cycle check follows imports on disk, so its two modules must really exist.
    mkdirSync(fixtureDir, { recursive: true });
    writeFileSync(
      join(fixtureDir, 'first.ts'),
      "import { second } from './second';\nexport const first = () => second;\n",
    );
    writeFileSync(
      join(fixtureDir, 'second.ts'),
      "import { first } from './first';\nexport const second = () => first;\n",
    );
    writeFileSync(
      join(fixtureDir, 'shape.ts'),
      "import type { Other } from './other';\nexport type Shape = { other?: Other };\n",
    );
    writeFileSync(
      join(fixtureDir, 'other.ts'),
      "import type { Shape } from './shape';\nexport type Other = { shape?: Shape };\n",
    );
  }, 60_000);

  afterAll(() => rmSync(fixtureDir, { recursive: true, force: true }));

  it('rejects a cycle of value imports, and lets type-only imports go both ways', async () => {
    const relative = `src/lib/lint-fixture-${process.pid}`;
    const code = "import { second } from './second';\nexport const first = () => second;\n";
    expect(await ruleIdsFor(`${relative}/first.ts`, code)).toContain('import-x/no-cycle');

    const typeOnly = "import type { Other } from './other';\nexport type Shape = { other?: Other };\n";
    expect(await ruleIdsFor(`${relative}/shape.ts`, typeOnly)).toEqual([]);
  }, 60_000);

  it('rejects a dynamic import across a forbidden boundary', async () => {
    const upward = "export const load = () => import('../features/api-tokens/api/queries');\n";
    expect(await ruleIdsFor('src/lib/lint-fixture.ts', upward)).toContain('import-x/no-restricted-paths');

    const downward = "export const load = () => import('../../lib/rql');\n";
    expect(await ruleIdsFor('src/features/api-tokens/lint-fixture.ts', downward)).toEqual([]);
  }, 60_000);

  it('rejects a file directly under src/ that imports the mocks; only the standalone entry may load them', async () => {
    const code = "export const load = () => import('../mocks/browser');\n";
    expect(await ruleIdsFor('src/lint-fixture.ts', code)).toContain('import-x/no-restricted-paths');
    expect(await ruleIdsFor('src/main.tsx', code)).toEqual([]);

    const staticImport =
      "import { createHandlers } from '../mocks/handlers';\nexport const handlers = createHandlers;\n";
    expect(await ruleIdsFor('src/lint-fixture.ts', staticImport)).toContain('import-x/no-restricted-paths');
  }, 60_000);

  it("keeps a feature's inner layers one-way: api/ does not reach into hooks/ or components/", async () => {
    const code = "export const load = () => import('../components/grid/tokens-page');\n";
    expect(await ruleIdsFor('src/features/api-tokens/api/lint-fixture.ts', code)).toContain(
      'import-x/no-restricted-paths',
    );
  }, 60_000);

  it("lets a feature's model/ take types from its api/, and nothing else", async () => {
    const path = 'src/features/api-tokens/model/lint-fixture.ts';
    const typeOnly = "import type { ApiToken } from '../api/types';\nexport type Row = ApiToken;\n";
    const value = "import { listApiTokens } from '../api/requests';\nexport const load = listApiTokens;\n";
    expect(await ruleIdsFor(path, typeOnly)).toEqual([]);
    expect(await ruleIdsFor(path, value)).toContain('@typescript-eslint/no-restricted-imports');
  }, 60_000);
});
