// Parallel streams the numpy way: one SeedSequence, spawn() a child per worker, one Generator per
// child. Each worker_threads worker gets exactly the numbers numpy's worker with the same child
// gets (see README "Parallel streams"). Run: node examples/parallel_streams.mjs [--json]
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { SeedSequence, default_rng } from 'numpy-random';

export const ROOT_SEED = 12345;
export const WORKERS = 4;
export const N = 200_000;

/** One worker's simulation: a Monte Carlo estimate of pi, and a few raw draws to compare. */
export function simulate(child, n) {
  const rng = default_rng(child);
  const x = rng.random(n);
  const y = rng.random(n);
  let inside = 0;
  for (let i = 0; i < n; i++) if (x[i] * x[i] + y[i] * y[i] < 1) inside++;
  const dice = Array.from(rng.integers(1, 7, 5));
  return { spawn_key: child.spawn_key.map(Number), inside, pi: (4 * inside) / n, first: [x[0], y[0]], dice };
}

if (isMainThread) {
  const children = new SeedSequence(ROOT_SEED).spawn(WORKERS);
  const results = await Promise.all(children.map((child) => new Promise((resolve, reject) => {
    // a SeedSequence crosses to the worker as its JSON state (entropy, spawn_key, pool_size)
    const w = new Worker(new URL(import.meta.url), { workerData: { child: JSON.stringify(child), n: N } });
    w.once('message', resolve);
    w.once('error', reject);
  })));
  if (process.argv.includes('--json')) console.log(JSON.stringify(results));
  else for (const r of results) console.log(`worker ${r.spawn_key}: pi ~ ${r.pi} (${r.inside} of ${N} inside), dice ${r.dice.join(' ')}`);
} else {
  parentPort.postMessage(simulate(SeedSequence.fromJSON(workerData.child), workerData.n));
}
