// `numpy-random check` against the live numpy (python3): every sample call of every API agrees
// (multivariate_normal within the README's 1e-12); skipped, saying so, without numpy.
import { expect, it } from 'vitest';
import { check, formatTable } from '../../src/cli/check.js';
import { methodNames } from '../../src/cli/calls.js';
import { numpyStatus } from '../helpers/live.js';

const live = numpyStatus();

it.skipIf(!live.ok)(`check: every method of RandomState, numpy.random, Generator x 5 bit generators, BitGenerator (${live.why})`, async () => {
  const seed = Math.floor(Math.random() * 2 ** 31);
  const r = await check({ seeds: [seed] });
  const table = formatTable(r.rows);
  const bad = r.rows.filter((x) => x.same + x.close !== x.cases);
  expect(bad.flatMap((x) => x.failures), `seed ${seed}\n${table}`).toEqual([]);
  for (const api of ['legacy', 'facade', 'generator', 'bitgen'] as const) {
    expect(r.rows.filter((x) => x.api === api).map((x) => x.method).sort()).toEqual(methodNames(api));
  }
  expect(r.rows.filter((x) => x.close > 0).every((x) => x.method === 'multivariate_normal')).toBe(true);
});
