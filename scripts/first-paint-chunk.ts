import type { Plugin } from 'vite';

/**
 * Puts everything the entry imports statically (the code of the first paint) into one chunk. Left alone, the
 * bundler splits modules that lazy chunks share with the entry into many small files, which compress worse and
 * cost extra round trips before the grid can draw. Lazy chunks still split automatically and import from it.
 *
 * A library's index re-exports everything it has; following all of it would drag code that only lazy chunks
 * use (React Query's mutation hooks, say) into the first paint. So through such an index only the names the
 * importer asks for are followed. Anything this reading does not understand is followed whole: the worst case
 * is a bigger first chunk, never a broken one.
 */
export function firstPaintChunk(): Plugin {
  const firstPaint = new Set<string>();
  return {
    name: 'first-paint-chunk',
    apply: 'build',
    async buildEnd() {
      const info = (id: string) => this.getModuleInfo(id);
      const resolved = new Map<string, string | null>();
      const resolve = async (specifier: string, importer: string) => {
        const key = `${importer}\0${specifier}`;
        if (!resolved.has(key)) resolved.set(key, (await this.resolve(specifier, importer))?.id ?? null);
        return resolved.get(key) ?? null;
      };

      // An HTML entry's scripts are the real entries.
      const entries = [...this.getModuleIds()]
        .filter((id) => info(id)?.isEntry)
        .flatMap((id) => (id.endsWith('.html') ? [id, ...(info(id)?.importedIds ?? [])] : [id]));

      const visitedWhole = new Set<string>();
      const visitedNames = new Map<string, Set<string>>();
      const pending: { id: string; names: readonly string[] | null }[] = entries.map((id) => ({
        id,
        names: null,
      }));
      while (pending.length > 0) {
        const { id, names } = pending.pop()!;
        const barrel = id.includes('/node_modules/') ? readBarrel(info(id)?.code) : null;
        if (!barrel || names === null) {
          if (visitedWhole.has(id)) continue;
          visitedWhole.add(id);
          firstPaint.add(id);
          const code = info(id)?.code;
          const asked = code ? namedImports(code) : null;
          for (const dependency of info(id)?.importedIds ?? []) {
            const depCode = dependency.includes('/node_modules/') ? info(dependency)?.code : null;
            if (asked && readBarrel(depCode)) {
              // Which names this module takes from the index; unknown means all of them.
              const wanted: string[] = [];
              let all = true;
              for (const [specifier, imported] of asked) {
                if ((await resolve(specifier, id)) !== dependency) continue;
                if (imported === null) {
                  all = true;
                  break;
                }
                all = false;
                wanted.push(...imported);
              }
              pending.push({ id: dependency, names: all ? null : wanted });
            } else {
              pending.push({ id: dependency, names: null });
            }
          }
          continue;
        }
        // An index: follow each asked-for name to the module that defines it.
        firstPaint.add(id);
        const seen = visitedNames.get(id) ?? new Set<string>();
        visitedNames.set(id, seen);
        for (const name of names) {
          if (seen.has(name)) continue;
          seen.add(name);
          const local = barrel.exports.get(name);
          const source = local === undefined ? undefined : barrel.imports.get(local);
          if (source) {
            const target = await resolve(source.specifier, id);
            if (target) pending.push({ id: target, names: [source.imported] });
            continue;
          }
          // Not listed by name: it comes through `export *` from one of these, or is unknown (follow all).
          if (barrel.stars.length === 0) {
            for (const dependency of info(id)?.importedIds ?? [])
              pending.push({ id: dependency, names: null });
          }
          for (const specifier of barrel.stars) {
            const target = await resolve(specifier, id);
            if (target) pending.push({ id: target, names: [name] });
          }
        }
      }
      // The entry goes into the same chunk: one file to fetch and compress instead of three (entry, runtime, code).
    },
    outputOptions(options) {
      return {
        ...options,
        codeSplitting: { groups: [{ name: 'app', test: (id: string) => firstPaint.has(id) }] },
      };
    },
  };
}

interface Barrel {
  /** Local name → where it is imported from. */
  imports: Map<string, { specifier: string; imported: string }>;
  /** Exported name → local name. */
  exports: Map<string, string>;
  /** Specifiers of `export * from`. */
  stars: string[];
}

const COMMENTS = /\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm;
const IMPORT_NAMED = /^import\s*\{([^}]*)\}\s*from\s*["']([^"']+)["'];?$/;
const EXPORT_LIST = /^export\s*\{([^}]*)\};?$/;
const EXPORT_STAR = /^export\s*\*\s*from\s*["']([^"']+)["'];?$/;

function pairs(list: string): [string, string][] {
  return list
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [from = '', to = from] = part.split(/\s+as\s+/);
      return [from.trim(), to.trim()];
    });
}

/** Reads a module that only imports and re-exports (a library's index); null for anything else. */
function readBarrel(code: string | null | undefined): Barrel | null {
  if (!code) return null;
  const barrel: Barrel = { imports: new Map(), exports: new Map(), stars: [] };
  const statements = code
    .replace(COMMENTS, '')
    .split(/;\s*|\n/)
    .map((statement) => statement.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  // Statements spanning lines were split above; join the pieces of each `{ ... }` list back together.
  const joined: string[] = [];
  for (const piece of statements) {
    const last = joined.at(-1);
    if (last !== undefined && last.includes('{') && !last.includes('}'))
      joined[joined.length - 1] = `${last} ${piece}`;
    else joined.push(piece);
  }
  for (const statement of joined) {
    const named = IMPORT_NAMED.exec(statement);
    if (named) {
      for (const [imported, local] of pairs(named[1]!))
        barrel.imports.set(local, { specifier: named[2]!, imported });
      continue;
    }
    const list = EXPORT_LIST.exec(statement);
    if (list) {
      for (const [local, exported] of pairs(list[1]!)) barrel.exports.set(exported, local);
      continue;
    }
    const star = EXPORT_STAR.exec(statement);
    if (star) {
      barrel.stars.push(star[1]!);
      continue;
    }
    return null;
  }
  return barrel.exports.size > 0 || barrel.stars.length > 0 ? barrel : null;
}

/**
 * What a module imports by name, per specifier: `import { a, b as c } from 'x'` gives x → [a, b]. A default,
 * namespace or side-effect import of a specifier gives null (all of it).
 */
function namedImports(code: string): [string, string[] | null][] {
  const found: [string, string[] | null][] = [];
  for (const match of code.matchAll(/\bimport\s*([^'";]*?)\s*from\s*["']([^"']+)["']/g)) {
    const clause = match[1]!.trim();
    const braces = /^\{([^}]*)\}$/.exec(clause);
    found.push([match[2]!, braces ? pairs(braces[1]!).map(([imported]) => imported) : null]);
  }
  for (const match of code.matchAll(/\bexport\s*(\*|\{[^}]*\})\s*from\s*["']([^"']+)["']/g)) {
    found.push([match[2]!, null]);
  }
  return found;
}
