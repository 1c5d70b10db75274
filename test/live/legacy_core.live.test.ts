// Live cross-check: random seeds, sizes, bounds and dtypes through numpy and through us.
import { describe, expect, it } from 'vitest';
import { RandomState } from '../../src/index.js';
import { type Encoded, expectExact } from '../helpers/golden.js';
import { numpyStatus, paramRng, runNumpy } from '../helpers/live.js';
import { expectLegacyState, expectedJsError } from '../helpers/legacy.js';
import type { IntegerDtype } from '../../src/core/ndarray.js';

const status = numpyStatus();
const DTYPES = ['bool', 'int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64'];
const BOUNDS: Record<string, [number, number]> = {
  bool: [0, 2], int8: [-128, 128], int16: [-32768, 32768], int32: [-(2 ** 31), 2 ** 31], int64: [-(2 ** 52), 2 ** 52],
  uint8: [0, 256], uint16: [0, 65536], uint32: [0, 2 ** 32], uint64: [0, 2 ** 52],
};

interface LiveCase { seed: number | number[]; method: string; args: Record<string, unknown> }

function makeCases(n: number, seed: number): LiveCase[] {
  const r = paramRng(seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo));
  const size = (): number | number[] | null => [null, int(0, 20), [int(1, 4), int(1, 5)]][int(0, 3)]!;
  const cases: LiveCase[] = [];
  for (let i = 0; i < n; i++) {
    const s = r() < 0.8 ? int(0, 2 ** 32) : Array.from({ length: int(1, 5) }, () => int(0, 2 ** 32));
    const dt = DTYPES[int(0, DTYPES.length)]!;
    const [lo, hi] = BOUNDS[dt]!;
    const a = lo + Math.floor(r() * (hi - lo)), b = lo + Math.floor(r() * (hi - lo));
    const pick = int(0, 6);
    if (pick === 0) cases.push({ seed: s, method: 'randint', args: { low: Math.min(a, b), high: Math.max(a, b) + 1, size: size(), dtype: dt } });
    else if (pick === 1) cases.push({ seed: s, method: 'random_sample', args: { size: size() } });
    else if (pick === 2) cases.push({ seed: s, method: 'standard_normal', args: { size: size() } });
    else if (pick === 3) {
      const pop = int(1, 30);
      const p = r() < 0.5 ? null : (() => { const w = Array.from({ length: pop }, () => r()); const t = w.reduce((x, y) => x + y); return w.map((v) => v / t); })();
      const replace = r() < 0.5;
      cases.push({ seed: s, method: 'choice', args: { a: pop, size: replace ? size() : int(0, pop + 1), replace, p } });
    } else if (pick === 4) cases.push({ seed: s, method: 'permutation', args: { x: int(0, 200) } });
    else cases.push({ seed: s, method: 'bytes', args: { length: int(0, 40) } });
  }
  return cases;
}

const PY = `
out = []
for c in INP:
    rs = np.random.RandomState(c['seed'])
    a = c['args']
    sz = tuple(a['size']) if isinstance(a.get('size'), list) else a.get('size')
    m = c['method']
    if m == 'randint': f = lambda: rs.randint(a['low'], a['high'], sz, dtype=a['dtype'])
    elif m == 'random_sample': f = lambda: rs.random_sample(sz)
    elif m == 'standard_normal': f = lambda: rs.standard_normal(sz)
    elif m == 'choice': f = lambda: rs.choice(a['a'], sz, a['replace'], a['p'])
    elif m == 'permutation': f = lambda: rs.permutation(a['x'])
    else: f = lambda: rs.bytes(a['length'])
    r = capture(f)
    r['state'] = legacy_state(rs)
    out.append(r)
print(json.dumps(out))
`;

function call(rs: RandomState, c: LiveCase): unknown {
  const a = c.args;
  const sz = (a.size ?? undefined) as number | number[] | undefined;
  switch (c.method) {
    case 'randint': return rs.randint(a.low as number, a.high as number, sz, a.dtype as IntegerDtype);
    case 'random_sample': return rs.random_sample(sz);
    case 'standard_normal': return rs.standard_normal(sz);
    case 'choice': return rs.choice(a.a as number, sz, a.replace as boolean, a.p as number[] | null);
    case 'permutation': return rs.permutation(a.x as number);
    default: return rs.bytes(a.length as number);
  }
}

describe.skipIf(!status.ok)(`live cross-check of RandomState core against ${status.why}`, () => {
  const seed = (Date.now() ^ (Math.random() * 2 ** 31)) >>> 0;
  const cases = makeCases(300, seed);
  it(`300 random cases (parameter seed ${seed})`, () => {
    const want = runNumpy<{ value?: Encoded; error?: [string, string]; state: Parameters<typeof expectLegacyState>[1] }[]>(PY, cases);
    cases.forEach((c, i) => {
      const label = `case ${i} ${JSON.stringify(c)}`;
      const rs = new RandomState(c.seed);
      const w = want[i]!;
      if (w.error) {
        let err: unknown;
        try { call(rs, c); } catch (e) { err = e; }
        expect((err as Error)?.message, label).toBe(w.error[1]);
        expect(expectedJsError(w.error[0], err as Error), label).toBe(true);
      } else {
        expectExact(call(rs, c), w.value!, label);
      }
      expectLegacyState(rs, w.state, label);
    });
  });
});
