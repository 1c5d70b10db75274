// package.json's module fields are in the generated form (scripts/exports.mjs), and the generator
// turns a new helper's plain entry into a full one (types, import, require, typesVersions).
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without declarations
import { checkExports, normalized } from '../../scripts/exports.mjs';

describe('exports map', () => {
  it('package.json is current (else: node scripts/exports.mjs)', () => {
    expect((checkExports as () => string[])()).toEqual([]);
  });

  it('expands a plain or import-only entry and keeps the rest', () => {
    const out = (normalized as (p: object) => Record<string, any>)({
      name: 'x', bin: { x: './dist/cli/main.js' },
      exports: { '.': './dist/index.js', './npy': { types: './dist/npy/index.d.ts', import: './dist/npy/index.js' },
        './npy/node': { import: { default: './dist/npy/node.js' } } },
    });
    expect(out.exports['./npy']).toEqual({
      import: { types: './dist/npy/index.d.ts', default: './dist/npy/index.js' },
      require: { types: './dist/cjs/npy/index.d.ts', default: './dist/cjs/npy/index.js' },
    });
    expect(out.exports['./npy/node'].require.default).toBe('./dist/cjs/npy/node.js');
    expect(out.exports['./package.json']).toBe('./package.json');
    expect(out.typesVersions).toEqual({ '*': { npy: ['./dist/npy/index.d.ts'], 'npy/node': ['./dist/npy/node.d.ts'] } });
    expect(out.main).toBe('./dist/cjs/index.js');
    expect(out.module).toBe('./dist/index.js');
    expect(out.types).toBe('./dist/index.d.ts');
    expect(out.bin).toEqual({ x: './dist/cli/main.js' });
  });
});
