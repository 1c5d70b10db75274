// numpy's raw-output test sets (numpy/random/tests/data/*-testset-*.csv) for every bit generator.
import { afterAll, describe, expect, it } from 'vitest';
import { setKernelBackend } from '../../src/bitgen/kernels.js';
import { MT19937 } from '../../src/bitgen/mt19937.js';
import { Philox } from '../../src/bitgen/philox.js';
import { SFC64 } from '../../src/bitgen/sfc64.js';
import { loadTestSet } from './csv.js';

const GENS = [[Philox, 'philox'], [SFC64, 'sfc64'], [MT19937, 'mt19937']] as const;

afterAll(() => {
  setKernelBackend('wasm');
});

describe.each([
  ...GENS.map(([C, f]) => ['wasm', C, f] as const),
  ...GENS.filter(([, f]) => f !== 'mt19937').map(([C, f]) => ['ts', C, f] as const),
])('%s %o', (backend, Ctor, file) => {
  it.each([1, 2] as const)('testset-%i: random_raw(1000), scalar draws, and state hand-over mid-stream', (n) => {
    expect(setKernelBackend(backend)).toBe(backend);
    const t = loadTestSet(file, n);
    expect(Array.from(new Ctor(t.seed).random_raw(1000) as BigUint64Array)).toEqual(t.values);
    const g = new Ctor(t.seed);
    const one: bigint[] = [];
    for (let i = 0; i < 500; i++) one.push(g.random_raw() as bigint);
    const h = new Ctor(1);
    h.state = g.state;
    one.push(...(h.random_raw(500) as BigUint64Array));
    expect(one).toEqual(t.values);
  });
});
