// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { chunkFileName, readableChunkName } from '../../scripts/chunk-names';

const pkg = (name: string, file = 'dist/index.mjs') => `/project/node_modules/${name}/${file}`;

describe('chunk names', () => {
  it('keeps a name that says something', () => {
    expect(readableChunkName({ name: 'menu', moduleIds: [pkg('@radix-ui/react-menu')] })).toBe('menu');
    expect(chunkFileName({ name: 'app', moduleIds: [] } as never)).toBe('assets/app-[hash].js');
  });

  it('names a chunk of one scope after the scope', () => {
    const moduleIds = [
      pkg('@radix-ui/primitive'),
      pkg('@radix-ui/react-slot'),
      pkg('@radix-ui/react-portal'),
    ];
    expect(readableChunkName({ name: 'dist', moduleIds })).toBe('radix-ui');
  });

  it('names a chunk of one package after the package', () => {
    const moduleIds = [pkg('@radix-ui/react-collection')];
    expect(readableChunkName({ name: 'dist', moduleIds })).toBe('radix-ui-react-collection');
  });

  it('names a mixed chunk after the package with the most modules in it', () => {
    const moduleIds = [
      pkg('tslib', 'tslib.es6.mjs'),
      pkg('react-remove-scroll', 'dist/es2015/UI.js'),
      pkg('react-remove-scroll', 'dist/es2015/SideEffect.js'),
      pkg('aria-hidden', 'dist/es2015/index.js'),
    ];
    expect(readableChunkName({ name: 'es2015', moduleIds })).toBe('react-remove-scroll');
  });

  it('leaves a folder name alone when no package is in the chunk', () => {
    expect(readableChunkName({ name: 'index', moduleIds: ['/project/src/index.ts'] })).toBe('index');
  });
});
