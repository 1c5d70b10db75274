// The body of numpy 2.4.6's numpy/random/tests/test_randomstate_regression.py and
// test_regression.py (near copies): `variant` selects the file; one `it` per numpy test.
import { describe, expect, it } from 'vitest';
import * as np from '../../src/index.js';
import { RandomState } from '../../src/index.js';
import { assert_array_equal, assert_raises, shapeOf } from './np_testing.js';
import { warns } from './legacy_helpers.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;
const F = np as unknown as Loose;

export function regressionSuite(variant: 'randomstate' | 'random'): void {
  const RS = variant === 'randomstate';

  describe('TestRegression', () => {
    it('test_VonMises_range', () => {
      for (let k = 0; k < 5; k++) {
        const mu = -7 + 3.5 * k; // np.linspace(-7., 7., 5)
        const r = np.vonmises(mu, 1, 50);
        expect(r.every((v) => v > -Math.PI && v <= Math.PI), `mu=${mu}`).toBe(true);
      }
    });
    it('test_hypergeometric_range', () => {
      expect(np.hypergeometric(3, 18, 11, 10).every((v) => v < 4)).toBe(true);
      expect(np.hypergeometric(18, 3, 11, 10).every((v) => v > 0)).toBe(true);
      for (const arg of [2 ** 20 - 2, 2 ** 40 - 2]) {
        expect(np.hypergeometric(arg, arg, arg)).toBeGreaterThan(0);
      }
    });
    it('test_logseries_convergence', () => {
      const N = 1000;
      np.seed(0);
      const rvsn = np.logseries(0.8, N);
      const freq = (k: number): number => rvsn.filter((v) => v === k).length / N;
      expect(freq(1)).toBeGreaterThan(0.45);
      expect(freq(2)).toBeLessThan(0.23);
    });
    it('test_shuffle_mixed_dimension', () => {
      const cases: unknown[][] = [[1, 2, 3, null], [[1, 1], [2, 2], [3, 3], null], [1, [2, 2], [3, 3], null], [[1, 1], 2, 3, null]];
      for (const t of cases) {
        const shuffled = t.slice();
        new RandomState(12345).shuffle(shuffled as never);
        expect(shuffled).toEqual([t[0], t[3], t[1], t[2]]);
      }
    });
    it('test_call_within_randomstate', () => {
      const m = new RandomState();
      const res = [0, 8, 7, 2, 1, 9, 4, 7, 0, 3];
      for (let i = 0; i < 3; i++) {
        np.seed(i);
        m.seed(4321);
        assert_array_equal(m.choice(10, 10, true, new Float64Array(10).fill(1 / 10)), res);
      }
    });
    it('test_multivariate_normal_size_types', () => {
      // np.int_(1) and np.int64(1) are the number 1 and the bigint 1n here
      expect(shapeOf(np.multivariate_normal([0], [[0]], 1))).toEqual([1, 1]);
      expect(shapeOf(F.multivariate_normal([0], [[0]], 1n))).toEqual([1, 1]);
    });
    it('test_beta_small_parameters', () => {
      np.seed(1234567890);
      const x = np.beta(0.0001, 0.0001, 100);
      expect(x.some(Number.isNaN), 'Nans in random.beta').toBe(false);
    });
    it('test_choice_sum_of_probs_tolerance', () => {
      np.seed(1234);
      const a = [1, 2, 3];
      const counts = [4, 4, 2];
      // float16 has no JS typed array: float32 and float64
      for (const Ctor of [Float32Array, Float64Array]) {
        const probs = Ctor.from(counts.map((c) => c / 10));
        const c = np.choice(a, undefined, true, probs);
        expect(a).toContain(c);
        assert_raises(np.ValueError, () => np.choice(a, undefined, true, probs.map((v) => v * 0.9)));
      }
    });
    it('test_shuffle_of_array_of_different_length_strings', () => {
      np.seed(1234);
      const a = ['a', 'a'.repeat(1000)];
      for (let i = 0; i < 100; i++) np.shuffle(a);
      expect(a.slice().sort()).toEqual(['a', 'a'.repeat(1000)]);
    });
    it('test_shuffle_of_array_of_objects', () => {
      np.seed(1234);
      const x = new Float64Array([0]), y = new Float64Array([0, 1, 2, 3]);
      const a = [x, y];
      for (let i = 0; i < 1000; i++) np.shuffle(a);
      expect(a.includes(x) && a.includes(y)).toBe(true);
    });
    it('test_permutation_subclass', () => {
      // an ndarray subclass and an object with __array__ are a typed array here
      const orig = new Float64Array([0, 1, 2]);
      assert_array_equal(new RandomState(1).permutation(orig), [0, 2, 1]);
      assert_array_equal(orig, [0, 1, 2]);
      const m = new Float64Array([0, 1, 2, 3, 4]);
      assert_array_equal(new RandomState(1).permutation(m), [2, 1, 4, 0, 3]);
      assert_array_equal(m, [0, 1, 2, 3, 4]);
    });
    if (RS) {
      it('test_warns_byteorder', () => {
        // '>i4' draws as int32 (values, not byte order, are what JS sees)
        const x = warns('DeprecationWarning', () => np.randint(0, 200, 10, '>i4'), /non-native byteorder is not supported/);
        expect(x).toBeInstanceOf(Int32Array);
        expect(Array.from(x as Int32Array).every((v) => v >= 0 && v < 200)).toBe(true);
      });
      it('test_named_argument_initialization', () => {
        // seed=... is the first positional argument
        expect(new RandomState(123456789).randint(0, 100)).toBe(new RandomState(123456789).randint(0, 100));
        expect(new RandomState(123456789).randint(0, 100)).toBe(new RandomState(123456789).randint(0, 100, undefined));
      });
      it('test_choice_retun_dtype', () => {
        // dtype long: a Float64Array of integers (README)
        for (const c of [np.choice(10, 2, true, Array<number>(10).fill(0.1)), np.choice(10, 2, false, Array<number>(10).fill(0.1)),
          np.choice(10, 2), np.choice(10, 2, false)]) {
          expect(c).toBeInstanceOf(Float64Array);
          expect(c.every(Number.isInteger)).toBe(true);
        }
      });
      it('test_randint_117', () => {
        const expected = [2357136044, 2546248239, 3071714933, 3626093760, 2588848963, 3684848379, 2340255427, 3638918503,
          1819583497, 2678185683];
        assert_array_equal(new RandomState(0).randint(2 ** 32, undefined, 10), expected);
      });
      it('test_p_zero_stream', () => {
        assert_array_equal(new RandomState(12345).binomial(1, [0, 0.25, 0.5, 0.75, 1]), [0, 0, 0, 1, 1]);
      });
      it('test_n_zero_stream', () => {
        const expected = [[0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [3, 4, 2, 3, 3, 1, 5, 3, 1, 3]];
        assert_array_equal(new RandomState(8675309).binomial([[0], [10]], 0.25, [2, 10]), expected);
      });
    } else {
      const classes = ['Generator', 'MT19937', 'PCG64', 'PCG64DXSM', 'Philox', 'RandomState', 'SFC64', 'BitGenerator', 'SeedSequence',
        'SeedlessSeedSequence'];
      for (const cls of classes) {
        it.skip(`test_inspect_signature[${cls}]: Python's __text_signature__ / inspect.signature have no JS counterpart`, () => {});
      }
    }
  });

  if (RS) {
    it('test_multinomial_empty', () => {
      expect(shapeOf(np.multinomial(10, []))).toEqual([0]);
      expect(shapeOf(np.multinomial(3, [], [7, 5, 3]))).toEqual([7, 5, 3, 0]);
    });
    it('test_multinomial_1d_pval', () => {
      assert_raises(TypeError, () => np.multinomial(10, 0.3 as never), 'pvals must be a 1-d');
    });
  }
}
