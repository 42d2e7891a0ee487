// Fails when src/features/api-tokens/api/schema.d.ts no longer matches the OpenAPI file it is generated from
// (contract/marketplace-api-tokens.openapi.json), or when that file is missing.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const spec = join(root, 'contract', 'marketplace-api-tokens.openapi.json');
const target = join(root, 'src', 'features', 'api-tokens', 'api', 'schema.d.ts');

if (!existsSync(spec)) {
  console.error(`check:api: the OpenAPI file is missing: ${spec}`);
  process.exit(1);
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
