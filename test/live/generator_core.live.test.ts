// Live cross-check: random seeds, bit generators, calls and parameters through numpy (python3)
// and through our Generator; every value, error and state must match. Skips without numpy.
import { describe, expect, it } from 'vitest';
import { checkCall } from '../generator/check.js';
import { type Json, type RecordedCall, type SeedSpec, makeGenerator } from '../generator/helpers.js';
import { numpyStatus, paramRng, runNumpy } from '../helpers/live.js';

const status = numpyStatus();

type Call = { m: string; args: Json[]; kw: Record<string, Json> };
const INT_DTYPES: (string | undefined)[] = [undefined, 'int64', 'int32', 'int16', 'int8', 'uint64', 'uint32', 'uint16', 'uint8', 'bool'];
const RANGES: Record<string, [bigint, bigint]> = {
  default: [-(2n ** 53n), 2n ** 53n], int64: [-(2n ** 63n), 2n ** 63n - 1n], int32: [-(2n ** 31n), 2n ** 31n - 1n],
  int16: [-32768n, 32767n], int8: [-128n, 127n], uint64: [0n, 2n ** 64n - 1n], uint32: [0n, 2n ** 32n - 1n],
  uint16: [0n, 65535n], uint8: [0n, 255n], bool: [0n, 1n],
};

function nd(dtype: string, shape: number[], values: number[]): Json {
  const C = { float64: Float64Array, float32: Float32Array, int32: Int32Array, int16: Int16Array, uint8: Uint8Array } as Record<string, new (v: number[]) => ArrayBufferView>;
  const a = new C[dtype]!(values);
  return { nd: { dtype, shape, hex: Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('hex') } };
}

const big = (v: bigint): Json => (v >= -(2n ** 53n) && v <= 2n ** 53n ? Number(v) : { big: String(v) });

function makeCases(n: number, seed: number): { seed: SeedSpec; calls: Call[] }[] {
  const r = paramRng(seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo));
  const pick = <T>(xs: readonly T[]): T => xs[int(0, xs.length)]!;
  const bigIn = (lo: bigint, hi: bigint): bigint => lo + (BigInt(Math.floor(r() * 2 ** 32)) * BigInt(Math.floor(r() * 2 ** 32)) * BigInt(Math.floor(r() * 2 ** 32))) % (hi - lo + 1n);
  const size = (): Json => pick<Json>([null, int(0, 12), { tuple: [int(1, 4), int(1, 5)] }, { tuple: [] }]);
  const shapeN = (): number[] => Array.from({ length: int(1, 4) }, () => int(1, 5));
  const arr = (shape: number[], dtype = pick(['float64', 'int32', 'float32', 'int16', 'uint8'])): Json =>
    nd(dtype, shape, Array.from({ length: shape.reduce((a, b) => a * b, 1) }, (_, i) => (dtype.startsWith('float') ? r() * 100 - 50 : i % 100)));
  const calls: (() => Call)[] = [
    () => ({ m: 'random', args: [size()], kw: (r() < 0.4 ? { dtype: 'float32' } : {}) as Record<string, Json> }),
    () => {
      const dt = pick(INT_DTYPES);
      const [lb, ub] = RANGES[dt ?? 'default']!;
      let a = bigIn(lb, ub), b = bigIn(lb, ub);
      if (r() < 0.5) { const w = BigInt(int(1, 3000)); a = lb + (a - lb) % (ub - lb + 1n - w); b = a + w; }
      if (a > b) [a, b] = [b, a];
      const endpoint = r() < 0.5;
      if (!endpoint) b += 1n;
      const kw: Record<string, Json> = { endpoint };
      if (dt) kw.dtype = dt;
      return { m: 'integers', args: [big(a), big(b), size()], kw };
    },
    () => {
      const pop = pick([int(1, 40), int(1, 40), int(10001, 30000), 2 ** 33 + int(0, 99)]);
      const replace = r() < 0.5;
      const kw: Record<string, Json> = { replace, shuffle: r() < 0.7 };
      if (pop < 50 && r() < 0.5) {
        const w = Array.from({ length: pop }, () => (r() < 0.2 ? 0 : r()));
        const t = w.reduce((x, y) => x + y, 0) || 1;
        kw.p = w.map((v) => v / t);
        if (!w.some((v) => v > 0)) kw.p[0] = 1;
      }
      const sz = replace ? size() : pick<Json>([null, int(0, Math.min(pop, 3000) + 1)]);
      return { m: 'choice', args: [pop, sz], kw };
    },
    () => {
      const shape = shapeN();
      const ax = int(0, shape.length);
      return { m: 'choice', args: [arr(shape), size()], kw: { axis: ax, replace: shape[ax]! > 12 || r() < 0.6 } };
    },
    () => { const s = shapeN(); return { m: 'shuffle', args: [arr(s)], kw: { axis: int(-s.length, s.length) } }; },
    () => (r() < 0.4 ? { m: 'permutation', args: [int(-2, 3000)], kw: {} }
      : (() => { const s = shapeN(); return { m: 'permutation', args: [arr(s)], kw: { axis: int(0, s.length) } }; })()),
    () => { const s = shapeN(); return { m: 'permuted', args: [arr(s)], kw: (r() < 0.3 ? {} : { axis: int(0, s.length) }) as Record<string, Json> }; },
    () => ({ m: 'bytes', args: [int(-4, 40)], kw: {} }),
    () => {
      const k = int(1, 8);
      const letters = Array.from({ length: k }, (_, i) => String.fromCharCode(97 + i));
      return { m: 'choice', args: [letters, pick<Json>([null, int(0, k + 1), { tuple: [] }])], kw: { replace: r() < 0.5 } };
    },
    () => {
      const dt = pick(['int8', 'uint16', 'int32', 'uint32', undefined]);
      const [lb, ub] = RANGES[dt ?? 'default']!;
      const lows = Array.from({ length: int(1, 4) }, () => bigIn(lb, ub - 1n));
      const highs = [[...lows.map((l) => l + BigInt(int(1, 50)))].map((h) => (h > ub ? ub : h))];
      const kw: Record<string, Json> = {};
      if (dt) kw.dtype = dt;
      return { m: 'integers', args: [lows.map(big), highs.map((row) => row.map(big))], kw };
    },
    () => {
      const shape = shapeN();
      const f32 = r() < 0.5;
      const out = nd(f32 ? 'float32' : 'float64', shape, new Array(shape.reduce((a, b) => a * b, 1)).fill(0));
      return { m: 'random', args: [r() < 0.5 ? null : { tuple: shape }], kw: { dtype: f32 ? 'float32' : 'float64', out } };
    },
    () => {
      const s = shapeN();
      const out = nd('float64', s, new Array(s.reduce((a, b) => a * b, 1)).fill(0));
      return { m: 'permuted', args: [arr(s, 'int16')], kw: { axis: r() < 0.3 ? null : int(0, s.length), out } };
    },
    () => {
      const pop = int(2, 8);
      const w = new Float32Array(Array.from({ length: pop }, () => r()));
      const t = w.reduce((x, y) => x + y, 0);
      const p = nd('float32', [pop], Array.from(w, (v) => v / t));
      return { m: 'choice', args: [pop, int(0, 5)], kw: { p } };
    },
  ];
  const out: { seed: SeedSpec; calls: Call[] }[] = [];
  for (let i = 0; i < n; i++) {
    const entropy: Json = pick<Json>([int(0, 2 ** 31), { big: String(bigIn(0n, 2n ** 128n)) }, [int(0, 2 ** 31), int(0, 2 ** 31)]]);
    const spec: SeedSpec = r() < 0.2 ? { default_rng: true, entropy } : { bitgen: r() < 0.5 ? 'MT19937' : 'PCG64', entropy };
    if (r() < 0.2) spec.spawn = [[int(1, 4), 0]];
    out.push({ seed: spec, calls: Array.from({ length: int(2, 7) }, () => pick(calls)()) });
  }
  return out;
}

const PY = `
import generator_core
print(json.dumps(generator_core.run_json_cases(INP)))
`;

describe.skipIf(!status.ok)(`Generator core live vs ${status.why}`, () => {
  const seed = Date.now() % 1e9;
  const count = Number(process.env.LIVE_CASES ?? 60);
  const cases = makeCases(count, seed);
  it(`${count} random cases (param seed ${seed})`, () => {
    const recorded = runNumpy<{ calls: RecordedCall[] }[]>(PY, cases);
    expect(recorded.length).toBe(cases.length);
    let values = 0, errors = 0;
    recorded.forEach((rec, k) => {
      const g = makeGenerator(cases[k]!.seed);
      rec.calls.every((c, i) => {
        if (c.error) errors++; else values++;
        return checkCall(g, c, `param seed ${seed} case ${k} ${JSON.stringify(cases[k]!.seed)} call ${i} ${c.m}(${JSON.stringify([c.args, c.kw]).slice(0, 200)})`);
      });
    });
    console.log(`live: ${values} values and ${errors} errors compared with numpy`);
    expect(values).toBeGreaterThan(100);
  });
});

it.runIf(!status.ok)('live cross-check skipped', () => {
  console.log(`Generator core live cross-check skipped: ${status.why}`);
  expect(status.why).toMatch(/\S/); // the skip names its reason
});
