// multivariate_normal against numpy 2.4.6. The normals (and so the bit generator state) must be
// exact. The factor comes from LAPACK in numpy: 'cholesky' (potf2 order, then BLAS's FMA order for
// x @ L.T) is compared bit for bit; 'svd' and 'eigh' with a relative tolerance of 1e-12 on these
// well-conditioned covariances (the tolerance named by issue 5), since LAPACK's gesdd/syevd rounding
// is not reproduced. Our Jacobi eigenvectors may also differ from LAPACK's in column signs (both
// are valid factors); such calls must match after flipping the signs of some factor columns, and
// are counted separately.
import { describe, expect, it } from 'vitest';
import { MT19937 } from '../../src/bitgen/mt19937.js';
import { mvnFactor } from '../../src/distributions/multivariate_normal.js';
import { asFloat64 } from '../../src/core/ndarray.js';
import { Generator } from '../../src/generator/generator.js';
import { decode, expectExact, loadGolden } from '../helpers/golden.js';
import { type Call, callArgs, mtKeyHash, type SeqCase } from './dist_replay.js';

const RTOL = 1e-12;

interface Stats { exact: number; close: number; signs: number; byMethod: Record<string, number[]> }

const within = (a: number, b: number): boolean => Math.abs(a - b) <= RTOL * Math.max(1, Math.abs(b));

/** True when some choice of factor column signs reproduces numpy's samples within RTOL. */
function matchesUpToSigns(c: Call, normals: Float64Array, want: Float64Array): boolean {
  const args = callArgs(c) as Parameters<Generator['multivariate_normal']>;
  const mean = asFloat64(args[0]).data, cov = asFloat64(args[1]).data;
  const n = mean.length;
  const method = (c.kwargs.method as string | undefined) ?? 'svd';
  const f = mvnFactor(cov, n, method, 'ignore', 1e-8);
  for (let mask = 0; mask < 1 << n; mask++) {
    let ok = true;
    for (let r = 0; ok && r < normals.length / n; r++) {
      for (let j = 0; ok && j < n; j++) {
        let acc = 0;
        for (let k = 0; k < n; k++) acc += normals[r * n + k]! * f[j * n + k]! * (mask & (1 << k) ? -1 : 1);
        ok = within(mean[j]! + acc, want[r * n + j]!);
      }
    }
    if (ok) return true;
  }
  return false;
}

function run(sc: SeqCase, stats: Stats): void {
  const bg = new MT19937(typeof sc.seed === 'string' ? BigInt(sc.seed) : sc.seed);
  const gen = new Generator(bg);
  for (let k = 0; k < sc.calls.length; k++) {
    const c = sc.calls[k]!;
    const label = `${sc.id} call ${k}`;
    const args = callArgs(c) as Parameters<Generator['multivariate_normal']>;
    let res: Float64Array | undefined;
    let err: unknown;
    const twin = new MT19937(0);
    twin.state = bg.state;
    try {
      res = gen.multivariate_normal(...args);
    } catch (e) {
      err = e;
    }
    if (c.error) {
      expect(`${(err as Error)?.name}: ${(err as Error)?.message}`, label).toBe(`${c.error[0]}: ${c.error[1]}`);
    } else {
      if (err) throw err;
      const want = decode(c.value!) as Float64Array;
      expect((res as unknown as { shape: number[] }).shape, label).toEqual(c.value!.shape);
      const method = (c.kwargs.method as string | undefined) ?? 'svd';
      const tally = (stats.byMethod[method] ??= [0, 0, 0]);
      if (method === 'cholesky') {
        expectExact(res, c.value!, label);
        stats.exact++; tally[0]++;
      } else if (want.every((b, i) => Object.is(res![i], b))) {
        stats.exact++; tally[0]++;
      } else if (want.every((b, i) => within(res![i]!, b))) {
        stats.close++; tally[1]++;
      } else {
        // the same normals through a factor whose columns differ from LAPACK's only in sign
        const normals = new Float64Array(new Generator(twin).standard_normal(want.length) as Float64Array);
        expect(matchesUpToSigns(c, normals, want), `${label}: not numpy's samples even up to column signs`).toBe(true);
        stats.signs++; tally[2]++;
      }
    }
    expect(bg.state.state.pos, `${label} pos`).toBe(c.state.pos);
    expect(mtKeyHash(bg), `${label} key`).toBe(c.state.key_sha256);
  }
}

const stats: Stats = { exact: 0, close: 0, signs: 0, byMethod: {} };
const pinned = loadGolden<SeqCase>('generator_dists_pinned').cases.filter((c) => c.calls[0]!.method === 'multivariate_normal');
describe('multivariate_normal', () => {
  for (const c of [...loadGolden<SeqCase>('generator_dists_mvn').cases, ...pinned]) {
    it(c.id, () => run(c, stats));
  }
  it('summary', () => {
    console.log(`multivariate_normal: ${stats.exact} calls bit-exact, ${stats.close} within rtol ${RTOL}, ${stats.signs} equal up to factor column signs; ` +
      `per method [exact, close, signs]: ${JSON.stringify(stats.byMethod)}`);
  });
});
