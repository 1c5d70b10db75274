"""Golden vectors for Generator's distributions (Generator(MT19937(seed))).

generator_dists_shared.json: the samplers shared with RandomState, one call per element
(numpy's Generator method with size=n equals n sampler calls with the same parameters).
generator_dists.json: every Generator distribution method, called as numpy's API."""
import hashlib
import math
import os

import numpy as np
from numpy.random import MT19937, PCG64, Generator

from common import bitgen_state, capture, enc, write

SEEDS = [0, 1, 12345, 2**31 + 7, 987654321]


def loggam(x):
    """numpy's random_loggam, evaluated in Python doubles with the C library's log."""
    a = [8.333333333333333e-02, -2.777777777777778e-03, 7.936507936507937e-04,
         -5.952380952380952e-04, 8.417508417508418e-04, -1.917526917526918e-03,
         6.410256410256410e-03, -2.955065359477124e-02, 1.796443723688307e-01,
         -1.39243221690590e+00]
    if x == 1.0 or x == 2.0:
        return 0.0
    n = int(7 - x) if x < 7.0 else 0
    x0 = x + n
    x2 = (1.0 / x0) * (1.0 / x0)
    gl0 = a[9]
    for k in range(8, -1, -1):
        gl0 *= x2
        gl0 += a[k]
    gl = gl0 / x0 + 0.5 * 1.8378770664093453 + (x0 - 0.5) * math.log(x0) - x0
    if x < 7.0:
        for _ in range(1, n + 1):
            gl -= math.log(x0 - 1.0)
            x0 -= 1.0
    return gl


# sampler name, how to call numpy, parameter sets (uniform's are low, high)
SHARED = [
    ('randomStandardUniform', lambda g, p, n: g.random(n), [[]]),
    ('randomUniform', lambda g, p, n: g.uniform(p[0], p[1], n), [[0.0, 1.0], [-3.5, 10.25], [1e10, 1e10 + 1e-3]]),
    ('randomPoisson', lambda g, p, n: g.poisson(p[0], n),
     [[0.0], [0.5], [3.7], [9.999], [10.0], [47.3], [1234.5], [1e12]]),
    ('randomLaplace', lambda g, p, n: g.laplace(p[0], p[1], n), [[0.0, 1.0], [2.5, 0.3], [-1e3, 7.0]]),
    ('randomGumbel', lambda g, p, n: g.gumbel(p[0], p[1], n), [[0.0, 1.0], [2.5, 0.3], [-1e3, 7.0]]),
    ('randomLogistic', lambda g, p, n: g.logistic(p[0], p[1], n), [[0.0, 1.0], [2.5, 0.3], [-1e3, 7.0]]),
    ('randomTriangular', lambda g, p, n: g.triangular(p[0], p[1], p[2], n),
     [[0.0, 0.5, 1.0], [-2.0, -2.0, 3.0], [1.0, 4.0, 4.0], [-10.0, 3.3, 7.1]]),
    ('randomGeometric', lambda g, p, n: g.geometric(p[0], n),
     [[1.0], [0.9], [0.5], [1 / 3], [0.3], [0.01], [1e-9]]),
]


def shared_cases():
    cases = []
    for name, call, psets in SHARED:
        for pi, p in enumerate(psets):
            for seed in SEEDS:
                g = Generator(MT19937(seed))
                n = 200
                v = call(g, p, n)
                cases.append({'id': f'{name}/{pi}/{seed}', 'sampler': name, 'params': p, 'seed': seed,
                              'n': n, 'value': enc(np.asarray(v).astype(np.float64)),
                              'state': bitgen_state(g.bit_generator)})
    xs = [1.0, 2.0, 0.5, 1e-3, 3.25, 6.999, 7.0, 7.5, 11.0, 101.0, 1e6, 1e15, 123456.789]
    cases.append({'id': 'randomLoggam', 'sampler': 'randomLoggam', 'params': [], 'seed': 0, 'n': len(xs),
                  'xs': enc(np.array(xs)), 'value': enc(np.array([loggam(x) for x in xs]))})
    return cases




# ---------------------------------------------------------------------------------------------
# Method calls recorded through a Generator subclass: every call's arguments, its result (or
# numpy's error) and the MT19937 state after it. A case is a seed and a sequence of calls.

MINE = ['standard_normal', 'standard_exponential', 'standard_gamma', 'uniform', 'normal', 'exponential',
        'gamma', 'beta', 'f', 'noncentral_f', 'chisquare', 'noncentral_chisquare', 'standard_cauchy',
        'standard_t', 'vonmises', 'pareto', 'weibull', 'power', 'laplace', 'gumbel', 'logistic', 'lognormal',
        'rayleigh', 'wald', 'triangular', 'binomial', 'negative_binomial', 'poisson', 'zipf', 'geometric',
        'hypergeometric', 'logseries', 'multivariate_normal', 'multinomial', 'multivariate_hypergeometric',
        'dirichlet']
FOREIGN = ['random', 'integers', 'choice', 'bytes', 'shuffle', 'permutation', 'permuted', 'spawn']
MAX_ELEMS = 4096


def mt_state(bg):
    """MT19937 state as pos + sha256 of the key (the recorder's subclass has another name);
    PCG64 state as its four numbers."""
    st = bg.state
    if 'inc' in st['state']:
        return {'pcg': [str(st['state']['state']), str(st['state']['inc']), int(st['has_uint32']),
                        str(st['uinteger'])]}
    key = np.asarray(st['state']['key'], dtype='<u4')
    return {'pos': int(st['state']['pos']), 'key_sha256': hashlib.sha256(key.tobytes()).hexdigest()}


class Unsupported(Exception):
    pass


def enc_arg(x):
    if x is None or isinstance(x, (bool, str)):
        return x
    if isinstance(x, (int, np.integer)) and not isinstance(x, (bool, np.bool_)):
        return int(x)
    if isinstance(x, (float, np.floating)):
        return float(x)
    if isinstance(x, (list, tuple)):
        return [enc_arg(v) for v in x]
    if isinstance(x, np.ndarray):
        if x.dtype.kind not in 'fiub':
            raise Unsupported(str(x.dtype))
        return {'$nd': enc(x)}
    if isinstance(x, np.dtype) or (isinstance(x, type) and issubclass(x, np.generic)):
        return {'$dtype': np.dtype(x).name}
    if x is float:
        return {'$dtype': 'float64'}
    if x is int:
        return {'$dtype': 'int64'}
    raise Unsupported(type(x).__name__)


class RecMT(MT19937):
    def __init__(self, seed=None, *a, **k):
        super().__init__(seed, *a, **k)
        self._rec_seed = seed if isinstance(seed, (int, np.integer)) and not isinstance(seed, bool) else None
        self._recs = []

    @property
    def state(self):
        return MT19937.state.__get__(self)

    @state.setter
    def state(self, value):
        # a sequence that sets the state outside the recorded calls cannot be replayed from its seed
        for r in self._recs:
            r['open'] = False
        MT19937.state.__set__(self, value)


class RecPCG(PCG64):
    def __init__(self, seed=None):
        super().__init__(seed)
        self._rec_seed = seed
        self._recs = []


RECORDS = []
DEPTH = [0]
CURRENT = {'test': ''}


class RecGen(Generator):
    def __init__(self, bg):
        super().__init__(bg)
        seed = getattr(bg, '_rec_seed', None)
        self._rec = None
        if seed is not None:
            # seeds beyond 2**53 travel as decimal strings (JSON numbers would round them)
            seed = int(seed) if int(seed) < 2**53 else str(int(seed))
            self._rec = {'id': CURRENT['test'], 'seed': seed, 'calls': [], 'open': True}
            if isinstance(bg, PCG64):
                self._rec['bitgen'] = 'PCG64'
            RECORDS.append(self._rec)
            bg._recs.append(self._rec)


def _wrap(name, foreign):
    base = getattr(Generator, name)

    def method(self, *args, **kwargs):
        rec = self._rec
        live = rec is not None and rec['open'] and DEPTH[0] == 0
        if live and foreign:
            rec['open'] = False
            live = False
        call = None
        if live:
            try:
                call = {'method': name, 'args': enc_arg(list(args)),
                        'kwargs': {k: enc_arg(v) for k, v in kwargs.items()}}
            except Unsupported:
                rec['open'] = False
                live = False
        DEPTH[0] += 1
        try:
            r = base(self, *args, **kwargs)
        except Exception as e:  # noqa: BLE001
            DEPTH[0] -= 1
            if live:
                call['error'] = [type(e).__name__, str(e)]
                call['state'] = mt_state(self.bit_generator)
                rec['calls'].append(call)
            raise
        DEPTH[0] -= 1
        if live:
            a = np.asarray(r)
            if a.size > MAX_ELEMS or a.dtype.kind not in 'fiub':
                rec['open'] = False
            else:
                call['value'] = enc(r)
                call['state'] = mt_state(self.bit_generator)
                rec['calls'].append(call)
        return r
    method.__name__ = name
    return method


for _n in MINE:
    setattr(RecGen, _n, _wrap(_n, False))
for _n in FOREIGN:
    setattr(RecGen, _n, _wrap(_n, True))


def take_records():
    out = [{k: v for k, v in r.items() if k != 'open'} for r in RECORDS if r['calls']]
    RECORDS.clear()
    return out


class _Plugin:
    def pytest_runtest_setup(self, item):
        CURRENT['test'] = item.nodeid.split('/')[-1].replace('test_generator_mt19937', 'tgm').replace('.py::', '::')


def pinned_cases():
    """numpy's own TestRandomDist / TestBroadcast (and friends) run against the recorder."""
    import warnings

    import numpy.random as npr
    import pytest
    npr.Generator, npr.MT19937 = RecGen, RecMT
    tests = os.path.join(os.path.dirname(np.__file__), 'random', 'tests')
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        pytest.main([os.path.join(tests, 'test_generator_mt19937.py'),
                     os.path.join(tests, 'test_generator_mt19937_regressions.py'),
                     '-q', '-p', 'no:cacheprovider', '--no-header', '-k', 'not moderately_small_alpha'],
                    plugins=[_Plugin()])
    npr.Generator, npr.MT19937 = Generator, MT19937
    cases = take_records()
    seen = {}
    for c in cases:
        seen[c['id']] = seen.get(c['id'], 0) + 1
        c['id'] = f"{c['id']}#{seen[c['id']]}"
    return cases


def call_case(cid, seed, calls, bitgen=None):
    """Run [(method, args, kwargs)] on Generator(MT19937(seed)) (or PCG64) through the recorder."""
    CURRENT['test'] = cid
    g = RecGen((bitgen or RecMT)(seed))
    for name, args, kwargs in calls:
        try:
            getattr(g, name)(*args, **kwargs)
        except Exception:  # noqa: BLE001 - recorded
            pass
    return take_records()


# ---------------------------------------------------------------------------------------------
# Systematic cases: every method, parameter sets that reach each branch, 5 seeds, sizes
# None / n / (a, b); then broadcast parameters, float32 paths, out=, and bad parameters.

SIZES = [None, 40, (3, 4)]
NAN = float('nan')
INF = float('inf')

PARAMS = {
    'standard_normal': [(), ],
    'standard_cauchy': [()],
    'uniform': [(0.0, 1.0), (-3.5, 10.25), (5.0, 5.0), (1e10, 1e10 + 1e-3)],
    'normal': [(0.0, 1.0), (2.5, 0.0), (-1e3, 7.5)],
    'exponential': [(1.0,), (0.0,), (3.3,)],
    'gamma': [(0.5, 2.0), (1.0, 1.0), (7.5, 0.1), (0.0, 3.0), (1e-3, 1.0)],
    'beta': [(0.5, 0.5), (1e-104, 1e-104), (0.01, 0.02), (1e-3, 0.9), (2.0, 3.0), (0.9, 5.0)],
    'f': [(1.0, 1.0), (12.0, 77.0), (0.5, 0.3)],
    'noncentral_f': [(5.0, 2.0, 1.0), (0.9, 0.9, 2.0), (3.0, 4.0, 0.0), (3.0, 4.0, NAN)],
    'chisquare': [(1.0,), (0.5,), (50.0,)],
    'noncentral_chisquare': [(5.0, 5.0), (0.5, 0.2), (3.0, 0.0), (3.0, NAN), (1.0, 1e3)],
    'standard_t': [(1.0,), (10.0,), (0.3,)],
    'vonmises': [(1.23, 1.54), (0.0, 1e-9), (0.5, 1e-6), (-2.0, 1e7), (3.0, 1e6), (0.0, 50.0), (3.1, 1e9)],
    'pareto': [(0.123,), (3.0,), (100.0,)],
    'weibull': [(0.0,), (1.23,), (0.1,)],
    'power': [(0.12,), (1.0,), (5.0,)],
    'laplace': [(0.0, 1.0), (0.123, 2.0), (1.0, 0.0)],
    'gumbel': [(0.0, 1.0), (0.123, 2.0), (1.0, 0.0)],
    'logistic': [(0.0, 1.0), (0.123, 2.0), (1.0, 0.0)],
    'lognormal': [(0.0, 1.0), (0.12, 2.0), (1.0, 0.0)],
    'rayleigh': [(1.0,), (10.0,), (0.0,)],
    'wald': [(1.23, 1.54), (1e9, 2.25), (0.5, 1e-3)],
    'triangular': [(5.12, 10.23, 20.34), (0.0, 0.0, 1.0), (0.0, 1.0, 1.0)],
    'binomial': [(100.123, .456), (10, 0.3), (1000, 0.4), (1000, 0.9), (0, 0.5), (10, 0.0), (5, 1.0),
                 (10**6, 0.5), (20, 0.99), (3, 1e-300)],
    'negative_binomial': [(100, 0.12345), (1, 0.5), (0.5, 0.9), (1e3, 0.01), (5, 1.0)],
    'poisson': [(0.0,), (0.123,), (5.0,), (10.0,), (100.0,), (1e6,), (1e12,)],
    'zipf': [(1.23,), (2.0,), (5.0,), (1025.0,), (1.0001,)],
    'geometric': [(0.123,), (0.5,), (1.0,), (1e-12,), (1 / 3,), (1e-30,)],
    'hypergeometric': [(10.1, 5.5, 14), (5, 0, 3), (15, 0, 12), (0, 5, 3), (100, 200, 50), (1000, 2, 500),
                       (20, 20, 10), (500000000, 400000000, 100000000), (10, 10, 0), (7, 9, 16)],
    'logseries': [(0.0,), (0.923456789,), (0.5,), (1e-3,), (0.9999,)],
}

# Methods with their own size handling: (method, args) with size appended where the API has it.
MULTI = {
    'multinomial': [(20, [1 / 6.] * 6), (100, [0.2, 0.3, 0.5]), (1000, [0.999, 0.001]), (0, [0.5, 0.5]),
                    (50, [0.0, 1.0]), (10**5, [0.3, 0.3, 0.4])],
    'dirichlet': [([51.72840233779265162, 39.74494232180943953],), ([0.01, 0.02, 0.05],), ([0.0, 0.5, 1.0],),
                  ([1e-3, 0.0, 0.0],), ([0.0, 0.0, 0.0],), ([],), ([0.3, 0.09],)],
}


def systematic_cases():
    cases = []
    for m, psets in PARAMS.items():
        for pi, p in enumerate(psets):
            for seed in SEEDS:
                for si, size in enumerate(SIZES):
                    cases += call_case(f'{m}/p{pi}/s{seed}/z{si}', seed, [(m, p + (size,), {})])
    for m, psets in MULTI.items():
        for pi, p in enumerate(psets):
            for seed in SEEDS:
                for si, size in enumerate(SIZES):
                    cases += call_case(f'{m}/p{pi}/s{seed}/z{si}', seed, [(m, p + (size,), {})])
    mvhg = [([16, 8, 4], 6), ([5, 0, 10, 3], 12), ([1, 1, 1, 1, 1], 5), ([100, 200, 300], 350), ([], 0),
            ([3, 3], 0), ([10**8, 2 * 10**8], 10**7)]
    for pi, (colors, ns) in enumerate(mvhg):
        for method in ['marginals', 'count']:
            if method == 'count' and sum(colors) > 10**6:
                continue
            for seed in SEEDS:
                for si, size in enumerate(SIZES):
                    cases += call_case(f'multivariate_hypergeometric/{method}/p{pi}/s{seed}/z{si}', seed,
                                       [('multivariate_hypergeometric', (colors, ns, size, method), {})])
    # float32 and method variants of the filled floats
    for seed in SEEDS:
        for si, size in enumerate(SIZES):
            for dt in ['float32', 'float64']:
                cases += call_case(f'standard_normal/{dt}/s{seed}/z{si}', seed, [('standard_normal', (size, dt), {})])
                for meth in ['zig', 'inv']:
                    cases += call_case(f'standard_exponential/{dt}/{meth}/s{seed}/z{si}', seed,
                                       [('standard_exponential', (size, dt, meth), {})])
                for sh in [0.0, 0.3, 1.0, 2.5, 1e-4, 1e6, 0.7]:
                    cases += call_case(f'standard_gamma/{dt}/{sh}/s{seed}/z{si}', seed,
                                       [('standard_gamma', (sh, size, dt), {})])
    return cases


def long_cases():
    """Long runs reaching the rare branches (ziggurat tails and wedges, BTPE's rejection steps)."""
    cases = []
    for seed in SEEDS[:2]:
        for n, p in [(1000, 0.4), (60, 0.45), (200, 0.7)]:
            cases += call_case(f'binomial/long/{n}/{p}/s{seed}', seed, [('binomial', (n, p, 3000), {})])
        for lam in [10.0, 47.3, 1234.5]:
            cases += call_case(f'poisson/long/{lam}/s{seed}', seed, [('poisson', (lam, 2000), {})])
        for dt in ['float32', 'float64']:
            cases += call_case(f'standard_normal/long/{dt}/s{seed}', seed, [('standard_normal', (4000, dt), {})])
            cases += call_case(f'standard_exponential/long/{dt}/s{seed}', seed,
                               [('standard_exponential', (4000, dt), {})])
    return cases


def odd_size_cases():
    """Sizes 0, () and (2, 0) for every method, with its first parameter set."""
    cases = []
    for m, psets in list(PARAMS.items()) + list(MULTI.items()):
        for si, size in enumerate([0, (), (2, 0)]):
            cases += call_case(f'oddsize/{m}/z{si}', 1, [(m, psets[0] + (size,), {})])
    for si, size in enumerate([0, (), (2, 0)]):
        cases += call_case(f'oddsize/multivariate_hypergeometric/z{si}', 1,
                           [('multivariate_hypergeometric', ([3, 4], 2, size), {})])
        cases += call_case(f'oddsize/standard_gamma_f32/z{si}', 1, [('standard_gamma', (2.0, size, 'float32'), {})])
    return cases


WEIRD = [NAN, INF, -INF, -0.0, 0.0, 1e308, -1e308, 5e-324]


def weird_cases():
    """Each parameter of each method replaced by NaN, infinities, signed zeros and extremes."""
    cases = []
    for m, psets in PARAMS.items():
        base = psets[0]
        for pos in range(len(base)):
            for wi, w in enumerate(WEIRD):
                args = list(base)
                args[pos] = w
                cases += call_case(f'weird/{m}/a{pos}/w{wi}', 3, [(m, tuple(args) + (3,), {})])
                args[pos] = [w, base[pos]]
                cases += call_case(f'weird/{m}/a{pos}/w{wi}/arr', 3, [(m, tuple(args), {})])
    return cases


def broadcast_cases():
    s = 123456789
    calls = [
        ('uniform', ([0.0, 1.0, -2.0], [[1.0], [3.0]], None)), ('uniform', ([0.0, 1.0], 5.0, (3, 2))),
        ('normal', ([0.0, 10.0, 20.0], [1.0, 2.0, 3.0], None)), ('normal', (0.0, [[1.0, 2.0]], (2, 2))),
        ('exponential', ([1.0, 2.0, 0.0], None)), ('gamma', ([[0.5], [2.0]], [1.0, 3.0], None)),
        ('beta', ([0.5, 2.0], [[0.3], [4.0]], None)), ('f', ([1.0, 2.0], 3.0, None)),
        ('noncentral_f', ([5.0, 0.9], [2.0], [1.0, 2.0], None)), ('chisquare', ([1.0, 0.5, 50.0], None)),
        ('noncentral_chisquare', ([5.0, 0.5], [5.0, 0.2], (3, 2))), ('standard_t', ([1.0, 10.0], None)),
        ('vonmises', ([0.0, 1.0], [1e-9, 1e7], None)), ('pareto', ([0.5, 3.0], None)),
        ('weibull', ([0.0, 1.5], (2, 2))), ('power', ([1.0, 5.0], None)), ('laplace', ([0.0], [1.0, 2.0], None)),
        ('gumbel', ([0.0, 1.0], [1.0], None)), ('logistic', ([[0.0], [1.0]], [1.0, 2.0], None)),
        ('lognormal', ([0.0, 1.0], [1.0, 0.5], None)), ('rayleigh', ([1.0, 2.0], None)),
        ('wald', ([0.5, 1.0], [1.0, 2.0], None)), ('triangular', ([1.0], [2.0, 2.5], [3.0], None)),
        ('binomial', ([10, 1000], [0.3, 0.9], None)), ('binomial', (5, [0.5, 0.1], (3, 2))),
        ('negative_binomial', ([1, 100], [0.5, 0.1], None)), ('poisson', ([1.0, 10.0, 100.0], None)),
        ('zipf', ([2.0, 1.5], None)), ('geometric', ([0.5, 0.1], None)),
        ('hypergeometric', ([10, 100], [5, 200], [3, 50], None)), ('hypergeometric', (10, [5, 6], 3, (2, 2))),
        ('logseries', ([0.5, 0.9], None)), ('standard_gamma', ([0.5, 2.0], None)),
        ('standard_gamma', ([0.5, 2.0], (2, 2), 'float32')),
        ('multinomial', ([5, 6], [[0.5, 0.5]], (3, 2))), ('multinomial', ([5, 6], [[0.5, 0.5]], None)),
        ('multinomial', (10, [[0.2, 0.8], [0.5, 0.5]], None)), ('multinomial', ([[5], [6]], [0.1, 0.9], (2, 3))),
        # size / broadcast mismatches
        ('normal', ([0.0, 1.0], 1.0, 3)), ('normal', ([0.0, 1.0], [1.0, 2.0, 3.0], None)),
        ('normal', ([0.0, 1.0], 1.0, (1, 2))), ('multinomial', ([5, 6], [[0.5, 0.5]], (2, 1))),
        ('binomial', ([1, 2], [0.5], (3,))), ('hypergeometric', ([1, 2], 3, 1, (3,))),
    ]
    cases = []
    for i, (m, a) in enumerate(calls):
        for seed in [s] + SEEDS:
            cases += call_case(f'broadcast/{i}/{m}/s{seed}', seed, [(m, a, {})])
    return cases


def error_cases():
    s = 42
    bad = [
        ('uniform', (0.0, INF)), ('uniform', ([0.0], [INF])), ('uniform', (1.0, 0.0)), ('uniform', ([1.0], [0.0])),
        ('uniform', (-1e308, 1.7e308)),
        ('normal', (0.0, -1.0)), ('normal', (0.0, -0.0)), ('normal', ([0.0], [-1.0])), ('normal', (0.0, NAN)),
        ('exponential', (-1.0,)), ('gamma', (-1.0, 1.0)), ('gamma', (1.0, -1.0)), ('beta', (0.0, 1.0)),
        ('beta', (1.0, [0.5, -1.0])), ('f', (0.0, 1.0)), ('f', (1.0, 0.0)), ('noncentral_f', (1.0, 1.0, -1.0)),
        ('chisquare', (0.0,)), ('chisquare', ([1.0, 0.0],)), ('noncentral_chisquare', (1.0, -1.0)),
        ('standard_t', (0.0,)), ('vonmises', (0.0, -1.0)), ('pareto', (0.0,)), ('weibull', (-1.0,)),
        ('power', (0.0,)), ('power', ([-1.0],)), ('laplace', (0.0, -1.0)), ('gumbel', (0.0, -1.0)),
        ('logistic', (0.0, -1.0)), ('lognormal', (0.0, -1.0)), ('rayleigh', (-1.0,)), ('rayleigh', (-0.0,)),
        ('wald', (0.0, 1.0)), ('wald', (1.0, 0.0)), ('wald', ([1.0], [-1.0])),
        ('triangular', (2.0, 1.0, 3.0)), ('triangular', (1.0, 4.0, 3.0)), ('triangular', (1.0, 1.0, 1.0)),
        ('triangular', ([2.0], [1.0], [3.0])), ('triangular', ([1.0], [4.0], [3.0])),
        ('triangular', ([1.0], [1.0], [1.0])), ('triangular', ([0.0, 1.0], [0.5, 0.6, 0.7], 2.0)),
        ('binomial', (-1, 0.5)), ('binomial', (10, -0.1)), ('binomial', (10, 1.5)), ('binomial', (10, NAN)),
        ('binomial', (NAN, 0.5)), ('binomial', (INF, 0.5)), ('binomial', (1e19, 0.5)), ('binomial', ([-1], 0.5)),
        ('binomial', ([1], [1.5])), ('binomial', ([1], [NAN])),
        ('negative_binomial', (0, 0.5)), ('negative_binomial', (1, 0.0)), ('negative_binomial', (NAN, 0.5)),
        ('negative_binomial', (1, 1.5)), ('negative_binomial', ([1], [0.0])), ('negative_binomial', ([NAN], 0.5)),
        ('negative_binomial', (10**19, 0.01)), ('negative_binomial', ([10**19], [0.01])),
        ('negative_binomial', (1e10, 1e-10)),
        ('poisson', (-1.0,)), ('poisson', (NAN,)), ('poisson', (1e19,)), ('poisson', ([NAN],)),
        ('poisson', ([-1.0],)), ('poisson', ([1e19],)),
        ('zipf', (1.0,)), ('zipf', (NAN,)), ('zipf', ([0.5],)),
        ('geometric', (0.0,)), ('geometric', (1.5,)), ('geometric', (NAN,)), ('geometric', ([0.0],)),
        ('hypergeometric', (10**9, 1, 1)), ('hypergeometric', (1, 10**9, 1)), ('hypergeometric', (1, 1, 3)),
        ('hypergeometric', (-1, 5, 1)), ('hypergeometric', (5, -1, 1)), ('hypergeometric', (5, 5, -1)),
        ('hypergeometric', ([10**9], 1, 1)), ('hypergeometric', ([1], [1], [3])), ('hypergeometric', ([-1], 5, 1)),
        ('hypergeometric', (NAN, 1, 1)),
        ('logseries', (1.0,)), ('logseries', (-0.1,)), ('logseries', (NAN,)), ('logseries', ([1.0],)),
        ('standard_gamma', (-1.0,)), ('standard_gamma', ([-1.0],)),
        ('multinomial', (10, [0.5, 0.6, 0.1])), ('multinomial', (10, [[0.5, 0.6, 0.1]])), ('multinomial', (10, [])),
        ('multinomial', (10, 0.5)), ('multinomial', (-1, [0.5, 0.5])), ('multinomial', (10, [-0.1, 1.1])),
        ('multinomial', (10, [NAN, 0.5])), ('multinomial', ([-1], [0.5, 0.5])), ('multinomial', (NAN, [0.5, 0.5])),
        ('dirichlet', ([-1.0, 1.0],)), ('dirichlet', ([[1.0, 2.0]],)),
        ('multivariate_hypergeometric', ([1, 2], 4)), ('multivariate_hypergeometric', ([1, 2], -1)),
        ('multivariate_hypergeometric', ([1, 2], 1.5)), ('multivariate_hypergeometric', ([1, -2], 1)),
        ('multivariate_hypergeometric', ([[1, 2]], 1)), ('multivariate_hypergeometric', ([1.5, 2], 1)),
        ('multivariate_hypergeometric', ([10**9], 1)), ('multivariate_hypergeometric', ([1, 2], 1, None, 'foo')),
        ('multivariate_hypergeometric', ([2**62, 2**62], 1, None, 'count')),
        ('standard_normal', (None, 'int32')), ('standard_exponential', (None, 'int64')),
        ('standard_gamma', (1.0, None, 'int8')),
    ]
    cases = []
    for i, (m, a) in enumerate(bad):
        cases += call_case(f'error/{i}/{m}', s, [(m, a, {})])
    # out= (the filled array is the result)
    outs = [('standard_normal', (None, 'float64'), np.zeros((3, 2))), ('standard_normal', (None, 'float32'),
            np.zeros(5, np.float32)), ('standard_exponential', ((4,), 'float64', 'zig'), np.zeros(4)),
            ('standard_exponential', (None, 'float32', 'inv'), np.zeros(3, np.float32)),
            ('standard_gamma', (2.5, None, 'float64'), np.zeros((2, 3))),
            ('standard_gamma', ([0.5, 2.5, 1.0], None, 'float64'), np.zeros((2, 3))),
            ('standard_gamma', (10.0, (3, 2), 'float32'), np.zeros((3, 2), np.float32)),
            ('standard_gamma', ([1.0, 2.0], (3,), 'float64'), np.zeros(3)),
            ('standard_normal', ((2,), 'float64'), np.zeros(3)),
            ('standard_normal', (None, 'float64'), np.zeros(3, np.float32))]
    for i, (m, a, o) in enumerate(outs):
        cases += call_case(f'out/{i}/{m}', s, [(m, a, {'out': o})])
    return cases


def mvn_cases():
    cases = []
    covs = [
        ([0.0, 0.0], [[1.0, 0.0], [0.0, 1.0]]),
        ([1.0, -2.0], [[2.0, 0.3], [0.3, 1.0]]),
        ([0.5, 1.0, 1.5], [[4.0, 1.2, -0.5], [1.2, 3.0, 0.7], [-0.5, 0.7, 2.0]]),
        ([0.0] * 4, [[2.0, 0.5, 0.1, 0.0], [0.5, 1.5, 0.2, 0.1], [0.1, 0.2, 1.0, 0.3], [0.0, 0.1, 0.3, 0.8]]),
        ([1.0, 2.0], [[1.0, 0.0], [0.0, 0.0]]),
    ]
    for ci, (mean, cov) in enumerate(covs):
        for method in ['svd', 'eigh', 'cholesky']:
            if method == 'cholesky' and ci == 4:
                continue
            for seed in SEEDS:
                for si, size in enumerate([None, 7, (2, 3)]):
                    cases += call_case(f'multivariate_normal/{method}/c{ci}/s{seed}/z{si}', seed,
                                       [('multivariate_normal', (mean, cov, size), {'method': method})])
    errs = [((0.0, 0.0), [[1.0, 0.0], [0.0, 1.0]], {'method': 'foo'}), ([[0.0]], [[1.0]], {}),
            ([0.0], [1.0], {}), ([0.0, 0.0], [[1.0]], {}),
            ([0.0, 0.0], [[1.0, 2.0], [2.0, 1.0]], {'check_valid': 'raise'}),
            ([0.0, 0.0], [[1.0, 2.0], [2.0, 1.0]], {'check_valid': 'raise', 'method': 'eigh'}),
            ([0.0, 0.0], [[1.0, 2.0], [2.0, 1.0]], {'check_valid': 'other'}),
            ([0.0, 0.0], [[1.0, 2.0], [2.0, 1.0]], {'method': 'cholesky'})]
    for m in ['svd', 'eigh', 'cholesky']:
        for bad in [NAN, INF]:
            for cv in ['warn', 'raise', 'ignore']:
                errs.append(([0.0, 0.0], [[1.0, bad], [bad, 1.0]], {'method': m, 'check_valid': cv}))
    for i, (mean, cov, kw) in enumerate(errs):
        cases += call_case(f'multivariate_normal/error/{i}', 7, [('multivariate_normal', (list(mean), cov), kw)])
    return cases


def linalg_cases():
    """numpy.linalg's svd, eigh and cholesky on the matrices multivariate_normal factors."""
    rng = np.random.default_rng(20261125)
    mats = [np.eye(1) * 2.5, np.eye(3), np.diag([3.0, 1.0, 2.0]), np.array([[1.0, 2.0], [2.0, 1.0]]),
            np.array([[1.0, 1.0], [1.0, 1.0]]), np.array([[1.0, 2.0], [1.0, 2.0]]), np.zeros((2, 2)),
            np.array([[4.0, 1.2, -0.5], [1.2, 3.0, 0.7], [-0.5, 0.7, 2.0]]),
            np.array([[1.0, 0.9, 0.9], [0.9, 1.0, 0.9], [0.9, 0.9, 1.0]]),
            np.array([[2.0, -1.0, 0.0, 0.0], [-1.0, 2.0, -1.0, 0.0], [0.0, -1.0, 2.0, -1.0], [0.0, 0.0, -1.0, 2.0]])]
    for _ in range(60):
        n = int(rng.integers(1, 9))
        x = rng.normal(size=(n, n)) * 10.0 ** rng.uniform(-3, 3)
        mats.append(x @ x.T + (0.0 if rng.random() < 0.2 else 0.1) * np.eye(n))
    for _ in range(10):
        n = int(rng.integers(2, 6))
        x = rng.normal(size=(n, n))
        mats.append(x + x.T)  # symmetric indefinite
    for n in [9, 12, 16, 25, 32]:
        x = rng.normal(size=(n, n))
        mats.append(x @ x.T + np.eye(n))
    cases = []
    for i, a in enumerate(mats):
        c = {'id': f'linalg/{i}', 'a': enc(a)}
        u, s_, vh = np.linalg.svd(a)
        c['svd'] = [enc(u), enc(s_), enc(vh)]
        w, v = np.linalg.eigh(a)
        c['eigh'] = [enc(w), enc(v)]
        try:
            c['cholesky'] = enc(np.linalg.cholesky(a))
        except np.linalg.LinAlgError as e:
            c['cholesky_error'] = str(e)
        cases.append(c)
    return cases


def pcg64_cases():
    """A slice of the systematic cases on PCG64: native 64-bit draws and the buffered uint32 halves."""
    cases = []
    for m, psets in list(PARAMS.items()) + list(MULTI.items()):
        for pi, p in enumerate(psets[:3]):
            for seed in SEEDS[:2]:
                cases += call_case(f'pcg64/{m}/p{pi}/s{seed}', seed, [(m, p + (25,), {})], RecPCG)
    for seed in SEEDS[:2]:
        for dt in ['float32', 'float64']:
            # mixed sequences: a float32 draw leaves half a uint64 buffered for the next call
            cases += call_case(f'pcg64/mixed/{dt}/s{seed}', seed, [
                ('standard_normal', (3, 'float32'), {}), ('standard_normal', (4, dt), {}),
                ('standard_exponential', (3, 'float32'), {}), ('standard_exponential', (5, dt, 'inv'), {}),
                ('standard_gamma', (0.5, 3, 'float32'), {}), ('standard_gamma', (3.5, 4, dt), {}),
                ('hypergeometric', (20, 30, 5, 6), {}), ('poisson', (3.0, 5), {}), ('binomial', (20, 0.3, 5), {}),
                ('multivariate_hypergeometric', ([5, 6, 7], 4, 3, 'count'), {})], RecPCG)
    return cases


def main_all():
    write('generator_dists_shared', shared_cases(), {'bitgen': 'MT19937', 'seeds': SEEDS})
    write('generator_dists', systematic_cases(), {'bitgen': 'MT19937', 'seeds': SEEDS, 'sizes': [None, 40, [3, 4]]})
    write('generator_dists_misc', long_cases() + odd_size_cases() + weird_cases() + broadcast_cases() + error_cases(),
          {'bitgen': 'MT19937'})
    write('generator_dists_mvn', mvn_cases(), {'bitgen': 'MT19937'})
    write('generator_dists_linalg', linalg_cases(), {})
    write('generator_dists_pcg64', pcg64_cases(), {'bitgen': 'PCG64'})
    write('generator_dists_pinned', pinned_cases(), {'source': 'numpy/random/tests/test_generator_mt19937.py'})


# ---------------------------------------------------------------------------------------------
# glibc's elementary functions through ctypes, keyed as test/generator/dist_libm_table.ts asks.

def glibc_values(keys):
    import ctypes
    import struct
    libm = ctypes.CDLL('libm.so.6')
    D, F = ctypes.c_double, ctypes.c_float
    fns = {}
    for n in ['log', 'exp', 'log1p', 'expm1', 'cos', 'acos']:
        f = getattr(libm, n)
        f.restype, f.argtypes = D, [D]
        fns[n] = f
    for n in ['logf', 'expf', 'log1pf']:
        f = getattr(libm, n)
        f.restype, f.argtypes = F, [F]
        fns[n] = f
    fns['pow'] = libm.pow
    fns['pow'].restype, fns['pow'].argtypes = D, [D, D]
    fns['powf'] = libm.powf
    fns['powf'].restype, fns['powf'].argtypes = F, [F, F]
    out = {}
    for key in keys:
        name, args = key.split(':')
        xs = [struct.unpack('>d', bytes.fromhex(a.rjust(16, '0')))[0] for a in args.split(',')]
        out[key] = struct.pack('>d', float(fns[name](*xs))).hex().lstrip('0') or '0'
    return out


def live():
    """stdin {cases: [{id, seed, bitgen?, calls: [[method, args, kwargs]]}], glibc: [keys]} -> recorded results."""
    import json
    import sys
    req = json.load(sys.stdin)
    cases = []
    for c in req.get('cases', []):
        cases += call_case(c['id'], c['seed'], [(m, tuple(a), k) for m, a, k in c['calls']],
                           RecPCG if c.get('bitgen') == 'PCG64' else None)
    json.dump({'cases': cases, 'glibc': glibc_values(req.get('glibc', []))}, sys.stdout, allow_nan=True)


def oracle(directory='/tmp/generator_dists_oracle'):
    """Fill the glibc table for test/generator/dist_libm_oracle.test.ts until nothing is missing."""
    import json
    import subprocess
    os.makedirs(directory, exist_ok=True)
    tp = os.path.join(directory, 'table.json')
    root = os.path.join(os.path.dirname(__file__), '..', '..')
    for rnd in range(10):
        subprocess.run(['npx', 'vitest', 'run', 'test/generator/dist_libm_oracle.test.ts'], cwd=root,
                       env={**os.environ, 'LIBM_ORACLE': directory}, capture_output=True)
        miss = [k for k in open(os.path.join(directory, 'missing.txt')).read().split('\n') if k]
        print(f'round {rnd}: {len(miss)} inputs missing')
        if not miss:
            break
        table = json.load(open(tp)) if os.path.exists(tp) else {}
        table.update(glibc_values(miss))
        json.dump(table, open(tp, 'w'))
    res = json.load(open(os.path.join(directory, 'results.json')))
    print('cases failing with glibc values:', [k for k, v in res.items() if not v['pass']])
    # the normal run, list ignored: every failure must be one the oracle fixes
    out = subprocess.run(['npx', 'vitest', 'run', 'test/generator/dist_golden.test.ts',
                          'test/generator/dist_pinned.test.ts', '--reporter=json'], cwd=root,
                         env={**os.environ, 'LIBM_IGNORE_LIST': '1'}, capture_output=True, text=True).stdout
    failed = [t['title'] for f in json.loads(out)['testResults'] for t in f['assertionResults']
              if t['status'] == 'failed']
    other = [t for t in failed if not (res.get(t, {}).get('pass') and res[t]['fns'])]
    print(f'{len(failed)} golden cases fail with the current src/math; not explained by libm: {other}')
    lib = {t: '/'.join(res[t]['fns']) for t in failed if t not in other}
    lines = [
        "// Golden cases that fail only because src/math's log/exp/pow/... differ from glibc in the last",
        "// bit (empty since src/math became glibc-exact). Case id -> the functions whose result differed",
        "// from glibc's in that case. Generated by `python3 scripts/golden/generator_dists.py oracle`, which",
        "// checks that each listed case passes when src/math returns glibc's values",
        "// (test/generator/dist_libm_oracle.test.ts). Everything not listed must be bit-exact.",
        "const LIST: Record<string, string> = {",
    ] + [f"  {json.dumps(k)}: {json.dumps(v)}," for k, v in sorted(lib.items())] + [
        "};",
        "",
        "/** LIBM_IGNORE_LIST=1 runs every case (to regenerate this list). */",
        "export const LIBM_DEPENDENT: Record<string, string> = process.env.LIBM_IGNORE_LIST ? {} : LIST;",
    ]
    with open(os.path.join(root, 'test', 'generator', 'dist_libm.ts'), 'w') as f:
        f.write('\n'.join(lines).replace('"', "'") + '\n')
    counts = {}
    for k in lib:
        m = k.split('::')[-1].split('[')[0].split('#')[0] if '::' in k else k.split('/')[0]
        counts[m] = counts.get(m, 0) + 1
    print('LIBM_DEPENDENT per method:', dict(sorted(counts.items())))


def main():
    main_all()


if __name__ == '__main__':
    import sys
    {'live': live, 'oracle': oracle}.get(sys.argv[1] if len(sys.argv) > 1 else '', main)()
