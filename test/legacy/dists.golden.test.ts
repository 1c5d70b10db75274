// RandomState's distributions against numpy 2.4.6, bit for bit: every method over seeds,
// parameter sets reaching each branch, sizes, broadcasting, errors, extremes and call sequences
// (scripts/golden/legacy_dists.py), with the state after every call.
import { describe, it } from 'vitest';
import { PCG64, RandomState } from '../../src/index.js';
import { loadGolden } from '../helpers/golden.js';
import { type Case, checkCall } from './dists_call.js';
import { LIBM_DEPENDENT, LIBM_LISTED, SHARED_DEPENDENT } from './dists_libm.js';

const doc = loadGolden<Case>('legacy_dists');

describe(`RandomState distributions vs numpy ${doc.numpy} (${doc.cases.length} cases; ${LIBM_DEPENDENT.size} of ${LIBM_LISTED} libm-dependent skipped)`, () => {
  doc.cases.forEach((c, k) => {
    const label = `#${k} ${c.tag} seed=${JSON.stringify(c.seed)} ${c.calls.map((x) => `${x.method}(${JSON.stringify(x.params)}, size=${JSON.stringify(x.size)})`).join('; ')}`;
    const libm = LIBM_DEPENDENT.get(k);
    const shared = SHARED_DEPENDENT.get(k);
    const reason = libm ? ` [skipped: differs only through ${libm} until src/math is glibc-exact]`
      : shared ? ` [skipped: ${shared}]` : '';
    it.skipIf(reason !== '')(label + reason, () => {
      const rs = c.bitgen === 'PCG64' ? new RandomState(new PCG64(c.seed as number)) : new RandomState(c.seed);
      c.calls.forEach((call, j) => checkCall(rs, call, `${label} call ${j}`));
    });
  });
});
