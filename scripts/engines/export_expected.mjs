// Writes test/engines/expected.json: the digest every engine must reproduce for each case.
// numpy cases take numpy's digest (python3 + numpy; multivariate_normal's LAPACK results are
// numpy's where its OpenBLAS runs the Haswell kernels), math cases glibc's (ctypes), pyrandom
// cases CPython's random module's, and the rest (modules without an oracle here) the Node
// reference run, which must itself agree with every oracle digest, or nothing is written.
// Usage: node scripts/engines/export_expected.mjs
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, buildBundle } from './build.mjs';

const bundle = await import(pathToFileURL(await buildBundle()).href);
const list = bundle.caseList();
const python = (args, input) => {
  const r = spawnSync('python3', args, { input: JSON.stringify(input), encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`python3 failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
};

const numpyCases = list.filter((c) => c.oracle === 'numpy' || c.oracle === 'node').filter((c) => c.spec && c.spec.api);
const np = python(['-c', bundle.NUMPY_RUNNER], { calls: numpyCases.map((c) => c.spec) });
const numpyDigest = new Map(numpyCases.map((c, i) => [c.id, np.results[i]]));
const glibc = python([join(ROOT, 'scripts/engines/math_oracle.py')], { N: 100000, specs: bundle.MATH });

const pyCases = list.filter((c) => c.oracle === 'cpython');
const cpy = python([join(ROOT, 'scripts/engines/pyrandom_oracle.py')], pyCases.map((c) => c.spec));
const cpythonDigest = new Map(pyCases.map((c, i) => [c.id, cpy[i]]));

const ref = await bundle.runAll();
const out = {};
const problems = [];
for (const c of list) {
  const mine = ref.digests[c.id];
  if (!mine) { problems.push(`${c.id}: the Node run failed: ${ref.errors[c.id]}`); continue; }
  let want = mine;
  if (c.oracle === 'numpy') {
    const r = numpyDigest.get(c.id);
    if (r.error) problems.push(`${c.id}: numpy raised ${r.error}`);
    want = r.digest;
  } else if (c.oracle === 'glibc') want = glibc[c.spec.fn];
  else if (c.oracle === 'cpython') want = cpythonDigest.get(c.id);
  if (want !== mine) problems.push(`${c.id}: the Node reference run differs from ${c.oracle}`);
  out[c.id] = { oracle: c.oracle, digest: want };
}
if (problems.length) {
  console.error(problems.slice(0, 40).join('\n'));
  console.error(`${problems.length} problems: expected.json not written`);
  process.exit(1);
}
const counts = {};
for (const v of Object.values(out)) counts[v.oracle] = (counts[v.oracle] ?? 0) + 1;
writeFileSync(join(ROOT, 'test/engines/expected.json'), JSON.stringify({ numpy: np.numpy, counts, cases: out }, null, 0).replace(/\},"/g, '},\n"') + '\n');
console.log(`expected.json: ${Object.keys(out).length} cases`, counts);
