// RandomState core methods against numpy: values, shapes, dtypes, errors and the state after each call.
import { describe, expect, it } from 'vitest';
import { type LegacyStateTuple, RandomState } from '../../src/index.js';
import { type Encoded, expectExact, hexBytes, loadGolden } from '../helpers/golden.js';
import { type LegacyState, expectLegacyState, expectedJsError } from '../helpers/legacy.js';
import type { IntegerDtype } from '../../src/core/ndarray.js';

interface Case {
  seed: number | number[];
  method: string;
  args: Record<string, unknown>;
  value?: Encoded;
  bytes?: boolean;
  error?: [string, string];
  state: LegacyState;
  pre?: string;
}

const doc = loadGolden<Case>('legacy_core');

const size = (s: unknown): number | number[] | undefined => (s === null ? undefined : (s as number | number[]));
const int = (v: unknown): number | bigint => {
  const b = BigInt(v as string);
  return b >= -(2n ** 53n) && b <= 2n ** 53n ? Number(b) : b;
};

function call(rs: RandomState, c: Case): unknown {
  const a = c.args;
  switch (c.method) {
    case 'random_sample': return rs.random_sample(size(a.size));
    case 'standard_normal': return rs.standard_normal(size(a.size));
    case 'tomaxint': return rs.tomaxint(size(a.size));
    case 'rand': return rs.rand(...(a.dims as number[]));
    case 'randn': return rs.randn(...(a.dims as number[]));
    case 'randint': return rs.randint(int(a.low), int(a.high), size(a.size), a.dtype as IntegerDtype | undefined);
    case 'bytes': return rs.bytes(a.length as number);
    case 'random_integers': return rs.random_integers(a.low as number, a.high as number | null, size(a.size));
    case 'choice': return rs.choice(a.a as number, size(a.size), (a.replace ?? true) as boolean, a.p as number[] | undefined);
    case 'permutation': {
      const x = a.x;
      if (Array.isArray(x)) {
        const flat = new Float64Array((x as number[][]).flat());
        return rs.permutation(Object.assign(flat, { shape: [x.length, (x[0] as number[]).length] }));
      }
      return rs.permutation(x as number);
    }
    case 'shuffle': {
      const x = new Float64Array(a.n as number).map((_, i) => i);
      rs.shuffle(x);
      return x;
    }
  }
  throw new Error(`no method ${c.method}`);
}

describe(`RandomState core vs numpy ${doc.numpy} (${doc.cases.length} cases)`, () => {
  doc.cases.forEach((c, k) => {
    const label = `#${k} seed=${JSON.stringify(c.seed)} ${c.method}(${JSON.stringify(c.args)})`;
    it(label, () => {
      const rs = new RandomState(c.seed);
      if (c.pre) rs.standard_normal();
      if (c.error) {
        let err: unknown;
        try { call(rs, c); } catch (e) { err = e; }
        expect(err, label).toBeInstanceOf(Error);
        expect((err as Error).message).toBe(c.error[1]);
        expect(expectedJsError(c.error[0], err as Error), `${label} error class`).toBe(true);
      } else {
        const v = call(rs, c);
        expectExact(v, c.value!, label);
      }
      expectLegacyState(rs, c.state, label);
    });
  });
});

const seeding = loadGolden<{ seed: string | string[]; key: Encoded; pos: number; raw: Encoded }>('mt19937_legacy_seeding');
describe('MT19937 legacy seeding (init_genrand / init_by_array) vs numpy', () => {
  for (const c of seeding.cases) {
    const seed = Array.isArray(c.seed) ? c.seed.map(Number) : Number(c.seed);
    it(`seed ${JSON.stringify(c.seed).slice(0, 40)}: key, pos and 1300 raw outputs`, () => {
      const rs = new RandomState(seed);
      const st = rs.get_state() as LegacyStateTuple;
      expect(Buffer.from(st[1].buffer).toString('hex')).toBe(Buffer.from(hexBytes(c.key.hex)).toString('hex'));
      expect(st[2]).toBe(c.pos);
      expectExact(rs.randint(0, 2 ** 32, 1300, 'uint32'), c.raw, 'raw');
    });
  }
  it('rejects the seeds numpy rejects, with numpy\'s messages', () => {
    const bad = (seeding.meta as { bad: { seed: string; error: [string, string] }[] }).bad;
    const js: Record<string, unknown> = {
      '-1': -1, '4294967296': 2 ** 32, '1.5': 1.5, '[]': [], '[1.5]': [1.5], '[[1, 2], [3, 4]]': [[1, 2], [3, 4]],
      '[-1]': [-1], '[4294967296]': [2 ** 32], nan: NaN,
    };
    expect(bad.length).toBe(Object.keys(js).length);
    for (const b of bad) {
      expect(() => new RandomState(js[b.seed] as number), b.seed).toThrow(b.error[1]);
    }
  });
});
