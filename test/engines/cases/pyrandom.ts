// numpy-random/pyrandom on every engine: each Random method over several seeds, n draws each,
// then two random() draws (so the state must match too). Expected digests from CPython 3.11
// (scripts/engines/pyrandom_oracle.py runs the same calls on random.Random).
import { frame } from '../../../src/cli/digest.js';
import { encodeResult } from '../../../src/cli/encode.js';
import { Random } from '../../../src/pyrandom/index.js';
import type { EngineCase } from './types.js';

export interface PyCall { seed: number | string; fn: string; args: (number | null)[]; n: number; int: boolean }

const CALLS: [fn: string, args: (number | null)[], int: boolean][] = [
  ['random', [], false], ['getrandbits', [7], true], ['getrandbits', [53], true], ['randrange', [1000], true],
  ['randrange', [-50, 50, 3], true], ['randint', [1, 6], true], ['randint', [0, 2 ** 40], true],
  ['uniform', [-2, 3], false], ['triangular', [0, 1, 0.2], false], ['normalvariate', [1, 2], false], ['gauss', [0, 1], false],
  ['lognormvariate', [0, 0.5], false], ['expovariate', [1.5], false], ['vonmisesvariate', [1, 4], false],
  ['vonmisesvariate', [0, 1e-7], false], ['gammavariate', [0.5, 2], false], ['gammavariate', [1, 1], false],
  ['gammavariate', [3, 0.5], false], ['betavariate', [2, 5], false], ['paretovariate', [3], false], ['weibullvariate', [1, 1.5], false],
];

export function pyCalls(): PyCall[] {
  const out: PyCall[] = [];
  for (const seed of [0, 12345, 'text seed']) for (const [fn, args, int] of CALLS) out.push({ seed, fn, args, n: 500, int });
  return out;
}

export function cases(): EngineCase[] {
  return pyCalls().map((c) => ({
    id: `pyrandom:${JSON.stringify(c.seed)}:${c.fn}(${c.args.join(',')})`,
    oracle: 'cpython',
    spec: c,
    bytes: () => {
      const r = new Random(c.seed);
      const f = (r as unknown as Record<string, (...a: unknown[]) => number | bigint>)[c.fn]!;
      const vals = Array.from({ length: c.n }, () => f.apply(r, c.args));
      const res = c.int ? Object.assign(Float64Array.from(vals, Number), { shape: [c.n] }) : Object.assign(Float64Array.from(vals as number[]), { shape: [c.n] });
      return frame([encodeResult(res, c.int ? 'int64' : 'float64'), encodeResult(Float64Array.from([r.random(), r.random()]), 'float64')]);
    },
  }));
}
