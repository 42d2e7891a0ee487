// Fails when src/features/api-tokens/api/schema.d.ts no longer matches the OpenAPI file it is generated from.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const spec = join(root, '..', 'shared', 'openapi', 'marketplace-api-tokens.openapi.json');
const target = join(root, 'src', 'features', 'api-tokens', 'api', 'schema.d.ts');

if (!existsSync(spec)) {
  console.log('check:api: the OpenAPI file beside the project is not available; freshness not checked.');
  process.exit(0);
}
const dir = mkdtempSync(join(tmpdir(), 'api-types-'));
try {
  const out = join(dir, 'schema.d.ts');
  execFileSync(join(root, 'node_modules', '.bin', 'openapi-typescript'), [spec, '-o', out], {
    stdio: 'ignore',
  });
  const generated = readFileSync(out, 'utf8');
  if (generated !== readFileSync(target, 'utf8')) {
    console.error('check:api: schema.d.ts is stale. Run `npm run gen:api` and commit the result.');
    process.exit(1);
  }
  console.log('check:api: generated API types are up to date.');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
