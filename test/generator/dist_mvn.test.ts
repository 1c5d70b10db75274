// multivariate_normal against numpy 2.4.6, bit for bit: the normals (and so the bit generator
// state), the factor numpy gets from LAPACK ('svd': dgesdd, 'eigh': dsyevd, 'cholesky': dpotf2)
// and the product x @ factor.T, all in OpenBLAS's operation order.
import { describe, expect, it } from 'vitest';
import { MT19937 } from '../../src/bitgen/mt19937.js';
import { Generator } from '../../src/generator/generator.js';
import { expectSameValues, loadGolden } from '../helpers/golden.js';
import { callArgs, mtKeyHash, type SeqCase } from './dist_replay.js';

function run(sc: SeqCase): void {
  const bg = new MT19937(typeof sc.seed === 'string' ? BigInt(sc.seed) : sc.seed);
  const gen = new Generator(bg);
  for (let k = 0; k < sc.calls.length; k++) {
    const c = sc.calls[k]!;
    const label = `${sc.id} call ${k}`;
    const args = callArgs(c) as Parameters<Generator['multivariate_normal']>;
    let res: Float64Array | undefined;
    let err: unknown;
    try {
      res = gen.multivariate_normal(...args);
    } catch (e) {
      err = e;
    }
    if (c.error) {
      expect(`${(err as Error)?.name}: ${(err as Error)?.message}`, label).toBe(`${c.error[0]}: ${c.error[1]}`);
    } else {
      if (err) throw err;
      expectSameValues(res, c.value!, label);
    }
    expect(bg.state.state.pos, `${label} pos`).toBe(c.state.pos);
    expect(mtKeyHash(bg), `${label} key`).toBe(c.state.key_sha256);
  }
}

const pinned = loadGolden<SeqCase>('generator_dists_pinned').cases.filter((c) => c.calls[0]!.method === 'multivariate_normal');
describe('multivariate_normal', () => {
  for (const c of [...loadGolden<SeqCase>('generator_dists_mvn').cases, ...pinned]) {
    it(c.id, () => run(c));
  }
});
