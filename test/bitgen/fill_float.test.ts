// fill_float (numpy's next_float n times, long runs as floats straight from the block kernel) is
// next_float one at a time: the same floats and the same state (has_uint32 and uinteger too), on
// every block generator and backend, from a fresh state, a buffered half and a part-used block.
import { describe, expect, it } from 'vitest';
import type { BitGenerator } from '../../src/bitgen/bit_generator.js';
import { setKernelBackend } from '../../src/bitgen/kernels.js';
import { PCG64 } from '../../src/bitgen/pcg64.js';
import { PCG64DXSM } from '../../src/bitgen/pcg64dxsm.js';
import { Philox } from '../../src/bitgen/philox.js';
import { SFC64 } from '../../src/bitgen/sfc64.js';
import { MT19937 } from '../../src/bitgen/mt19937.js';

const GENS: [string, (s: number) => BitGenerator][] = [
  ['PCG64', (s) => new PCG64(s)], ['PCG64DXSM', (s) => new PCG64DXSM(s)], ['Philox', (s) => new Philox(s)],
  ['SFC64', (s) => new SFC64(s)], ['MT19937', (s) => new MT19937(s)],
];
const SIZES = [0, 1, 2, 3, 63, 64, 65, 129, 130, 131, 132, 5000, 10001];
/** Ways into a call: fresh, a buffered half, a part-used block (with and without a half). */
const PREFIX: [string, (bg: BitGenerator) => void][] = [
  ['fresh', () => {}],
  ['half buffered', (bg) => { bg.next_uint32(); }],
  ['part-used block', (bg) => { for (let i = 0; i < 5; i++) bg.next_uint64(); }],
  ['part-used block, half buffered', (bg) => { for (let i = 0; i < 5; i++) bg.next_uint64(); bg.next_uint32(); }],
];

describe.each(['wasm', 'ts'] as const)('fill_float (%s kernels)', (backend) => {
  for (const [name, make] of GENS) {
    it(name, () => {
      setKernelBackend(backend);
      try {
        for (const [how, prefix] of PREFIX) {
          for (const n of SIZES) {
            const a = make(n + 11), b = make(n + 11);
            prefix(a); prefix(b);
            const got = new Float32Array(n + 2), want = new Float32Array(n + 2);
            a.fill_float(got, 1, n + 1);
            for (let i = 1; i <= n; i++) want[i] = b.next_float();
            expect(Array.from(got), `${how} n=${n}`).toEqual(Array.from(want));
            expect(a.state, `${how} n=${n} state`).toEqual(b.state);
            expect([a.next_uint32(), a.next_double()]).toEqual([b.next_uint32(), b.next_double()]);
          }
        }
      } finally {
        setKernelBackend('wasm');
      }
    });
  }
});
