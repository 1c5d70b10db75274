// npm run demo: numpy's global-seed pitfall, reproduced number for number, and the fixes.
import * as np from '../dist/index.js';

const fmt = (a) => `[${Array.from(a, (v) => v.toFixed(8)).join(', ')}]`;

console.log('numpy-random demo: the numbers below are the ones numpy 2.4.6 prints.\n');
console.log('>>> np.random.seed(42); np.random.rand(3)');
np.seed(42);
console.log(fmt(np.rand(3)));

// The pitfall: a helper that reseeds the global stream restarts everyone else's stream too.
function noisyHelper() {
  np.seed(0);
  return np.rand();
}
console.log('\nThe pitfall: a library function calls np.random.seed(0) inside.');
np.seed(42);
const a = np.rand(2);
noisyHelper();
const b = np.rand(2);
console.log(`  before the call: ${fmt(a)}`);
console.log(`  after the call:  ${fmt(b)}   <- np.random.seed(0)'s stream, not 42's`);

console.log('\nwith_seed(seed, fn) runs fn seeded, then restores the global state exactly:');
np.seed(42);
const c = np.rand(2);
np.with_seed(0, () => np.rand());
const d = np.rand(2);
console.log(`  before the call: ${fmt(c)}`);
console.log(`  after the call:  ${fmt(d)}   <- seed 42's stream continues`);

console.log('\nThe Generator way: independent generators, no global state.');
const rng = np.default_rng(42);
console.log('>>> rng = np.random.default_rng(42); rng.random(3)');
console.log(fmt(rng.random(3)));
console.log('>>> rng.integers(0, 10, 5)');
console.log(`[${Array.from(rng.integers(0, 10, 5)).join(', ')}]`);
console.log('>>> rng.normal(0, 1, 3)');
console.log(fmt(rng.normal(0, 1, 3)));
const [a1, b1] = rng.spawn(2);
console.log('>>> a, b = rng.spawn(2); a.random(), b.random()   # independent child streams');
console.log(`${a1.random().toFixed(8)} ${b1.random().toFixed(8)}`);
