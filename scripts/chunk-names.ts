import type { Rolldown } from 'vite';

type PreRenderedChunk = Rolldown.PreRenderedChunk;

// The bundler names a shared chunk after the file of its first module. For code from packages that is the
// package's build folder ("dist", "es2015"), which tells a reader of the bundle report (npm run bench) nothing.
const FOLDER_NAMES = /^(dist|index|lib|build|src|esm|cjs|module|es\d+)$/;
const PACKAGE = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//;

/**
 * Names a chunk whose name is only a folder after the packages in it: their common scope ("radix-ui") or,
 * when they have none, the package with the most modules in the chunk. Other chunks keep the bundler's name.
 */
export function chunkFileName(chunk: PreRenderedChunk): string {
  return `assets/${readableChunkName(chunk)}-[hash].js`;
}

export function readableChunkName(chunk: Pick<PreRenderedChunk, 'name' | 'moduleIds'>): string {
  if (!FOLDER_NAMES.test(chunk.name)) return chunk.name;
  const modules = new Map<string, number>();
  for (const id of chunk.moduleIds) {
    const name = PACKAGE.exec(id.replaceAll('\\', '/'))?.[1];
    if (name) modules.set(name, (modules.get(name) ?? 0) + 1);
  }
  if (modules.size === 0) return chunk.name;
  const scopes = new Set(
    [...modules.keys()].map((name) => (name.startsWith('@') ? name.split('/')[0] : name)),
  );
  const label =
    modules.size > 1 && scopes.size === 1
      ? [...scopes][0]!
      : [...modules].reduce((most, entry) => (entry[1] > most[1] ? entry : most))[0];
  return label.replace(/^@/, '').replace('/', '-');
}
