"""Differential fuzz of bad and extreme input: generates cases, runs each through numpy and records
its outcome (value bits, or exception class and message, plus the next draws) for test/fuzz.

Each argument is encoded as a JS value (tag lists, see `decode`) and decoded into the Python value
a numpy user would pass for it: null -> None, string -> str, bigint -> int, an integral JS number
with |x| <= 2**53 -> int, any other number -> float, {} -> dict, arrays -> lists, typed arrays
-> ndarrays of their dtype.

Usage: python3 scripts/golden/fuzz.py [--seed N] [--count N] [--out FILE]   (default: the golden set)
       python3 scripts/golden/fuzz.py --stdin     (cases as JSON on stdin, outcomes on stdout)
"""
import json
import math
import os
import random
import struct
import sys
import warnings

import numpy as np

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'test', 'golden')
GOLDEN_SEED = 16
GOLDEN_COUNT = 6000

# ---------------------------------------------------------------------------------------------
# values: encoding (tags shared with test/fuzz/codec.ts) and decoding into Python

def N(x):
    """A JS number (an integral one below 2**53 is a Python int, as it is for the JS side)."""
    if isinstance(x, float) and math.isfinite(x) and x == int(x) and abs(x) < 2**53 and not (x == 0 and math.copysign(1, x) < 0):
        x = int(x)
    if isinstance(x, float):
        if math.isnan(x):
            return ['n', 'nan']
        if math.isinf(x):
            return ['n', 'inf' if x > 0 else '-inf']
        return ['n', repr(x)]
    return ['n', repr(float(x)) if abs(x) >= 2**53 else str(x)]


def B(x):
    return ['big', str(int(x))]


S = lambda x: ['s', x]
NULL = ['null']
UNDEF = ['undef']
T = ['bool', True]
F = ['bool', False]
L = lambda *xs: ['list', list(xs)]
OBJ = ['obj']


def TA(dtype, xs, shape=None):
    return ['ta', dtype, xs, shape]


BG_NAMES = ['MT19937', 'PCG64', 'PCG64DXSM', 'Philox', 'SFC64']


def decode(v):
    tag = v[0]
    if tag == 'n':
        s = v[1]
        if s in ('nan', 'inf', '-inf'):
            return float(s)
        x = float(s)
        if math.isfinite(x) and x == int(x) and abs(x) < 2**53 and not (x == 0 and math.copysign(1, x) < 0) \
                and 'e' not in s and '.' not in s:
            return int(s)
        return x
    if tag == 'big':
        return int(v[1])
    if tag == 's':
        return v[1]
    if tag in ('null', 'undef'):
        return None
    if tag == 'bool':
        return v[1]
    if tag == 'list':
        return [decode(x) for x in v[1]]
    if tag == 'obj':
        return {}  # a plain JS object stands for a dict
    if tag == 'set':
        return set()
    if tag == 'dict':
        return {k: decode(x) for k, x in v[1].items()}
    if tag == 'ta':
        vals = [decode(x) for x in v[2]]
        dt = {'bigint64': 'int64', 'biguint64': 'uint64'}.get(v[1], v[1])
        a = np.array(vals, dtype=dt)
        return a.reshape(v[3]) if v[3] is not None else a
    if tag == 'mtkeys':
        key = np.random.RandomState(v[1]).get_state()[1]
        n = v[2]
        return np.resize(key, n).astype(np.uint32)
    if tag == 'cls':
        return getattr(np.random, v[1])
    if tag == 'bgobj':
        return getattr(np.random, v[1])(v[2])
    if tag == 'ssobj':
        return np.random.SeedSequence(v[1])
    raise ValueError(f'unknown tag {tag}')

# ---------------------------------------------------------------------------------------------
# outcomes, canonical on both sides: each value a string ('12', 'f:<hex bits>', 's:text', 'None')


def cfloat(x):
    x = float(x)
    if math.isfinite(x) and x == int(x) and not (x == 0 and math.copysign(1, x) < 0):
        return str(int(x))
    return 'f:' + struct.pack('>d', x).hex()


def fingerprint(o):
    if isinstance(o, np.random.Generator):
        return 'Generator:' + fingerprint(o.bit_generator)
    if isinstance(o, np.random.BitGenerator):
        return type(o).__name__ + ':' + ','.join(str(int(x)) for x in o.random_raw(2))
    if isinstance(o, np.random.SeedSequence):
        return 'SeedSequence:' + ','.join(str(int(x)) for x in o.generate_state(2)) + ':' + \
            ','.join(str(int(x)) for x in o.spawn_key)
    return None


def canon_scalar(x):
    if x is None:
        return 'None'
    if isinstance(x, (bool, np.bool_)):
        return '1' if x else '0'
    if isinstance(x, (int, np.integer)):
        return str(int(x))
    if isinstance(x, (float, np.floating)):
        return cfloat(x)
    if isinstance(x, str):
        return 's:' + x
    fp = fingerprint(x)
    if fp is not None:
        return fp
    if isinstance(x, (list, tuple)):
        return 'list:' + '|'.join(canon_scalar(y) for y in x)
    return 'obj:' + type(x).__name__


def canon(res):
    if isinstance(res, np.ndarray):
        return {'shape': list(res.shape), 'v': [canon_scalar(x) for x in res.ravel().tolist()]}
    if isinstance(res, (bytes, bytearray)):
        return {'shape': [len(res)], 'v': [str(b) for b in res]}
    if isinstance(res, list):
        return {'shape': [len(res)], 'v': [canon_scalar(x) for x in res]}
    return {'shape': None, 'v': [canon_scalar(res)]}


def err_class(e):
    name = type(e).__name__
    if isinstance(e, MemoryError):
        return 'MemoryError'
    if name == 'AxisError':
        return 'AxisError'
    return name

# ---------------------------------------------------------------------------------------------
# targets


def make_target(t, seed):
    if t == 'rs':
        return np.random.RandomState(seed)
    if t == 'np':
        np.random.seed(seed)
        return np.random
    if t.startswith('gen:'):
        return np.random.Generator(getattr(np.random, t[4:])(seed))
    if t.startswith('bg:'):
        return getattr(np.random, t[3:])(seed)
    if t == 'ss':
        return np.random.SeedSequence(seed)
    if t == 'fn':
        return None
    raise ValueError(t)


def post_state(t, o):
    if o is None:
        return []
    if t in ('rs', 'np'):
        return [cfloat(x) for x in o.standard_normal(3)]
    if t.startswith('gen:'):
        return [str(int(x)) for x in o.bit_generator.random_raw(2)]
    if t.startswith('bg:'):
        return [str(int(x)) for x in o.random_raw(2)]
    if t == 'ss':
        return [str(o.n_children_spawned)] + [str(int(x)) for x in o.generate_state(2)]
    return []


KW_ONLY = {
    ('gen', 'permuted'): ['axis', 'out'],
    ('gen', 'multivariate_normal'): None,
    ('ss', '__init__'): ['spawn_key', 'pool_size', 'n_children_spawned'],
}


def nondeterministic(case):
    """A seed of None draws fresh entropy: only whether the call succeeds is comparable."""
    a = case['a']
    return case['m'] in ('__init__', 'default_rng', 'seed') and (not a or a[0] in (NULL, UNDEF))


def call(case):
    t, m, seed = case['t'], case['m'], case['seed']
    args = [decode(a) for a in case['a']]
    kw = {}
    if m == '__init__' and t == 'ss' and len(args) > 1:
        kw = {k: v for k, v in zip(['spawn_key', 'pool_size', 'n_children_spawned'], args[1:])}
        args = args[:1]
    if t.startswith('gen') and m == 'permuted' and len(args) > 1:
        kw = {'axis': args[1]}
        args = args[:1]
    obj = None
    try:
        if m == '__init__':
            if t == 'rs':
                obj = np.random.RandomState(*args)
            elif t == 'ss':
                obj = np.random.SeedSequence(*args, **kw)
            elif t == 'fn':
                raise ValueError('no')
            else:
                obj = getattr(np.random, t[3:])(*args)
            res = None
        elif t == 'fn':
            res = getattr(np.random, m)(*args)
        else:
            obj = make_target(t, seed)
            if m == 'state=':
                obj.state = args[0]
                res = None
            else:
                res = getattr(obj, m)(*args, **kw)
        out = {'ok': canon(res)}
    except Exception as e:  # numpy's outcome, whatever it is
        out = {'err': [err_class(e), str(e)]}
    if 'err' in out and m == '__init__':
        obj = None
    if nondeterministic(case):
        return {'ok' if 'ok' in out else 'err': 'entropy'}
    if obj is None and m != '__init__' and t != 'fn':
        obj = make_target(t, seed)
    try:
        out['post'] = post_state(t, obj)
    except Exception as e:
        out['post'] = ['error:' + type(e).__name__]
    return out

# ---------------------------------------------------------------------------------------------
# case generation


EXTREME = [float('nan'), float('inf'), -float('inf'), -0.0, 0, 5e-324, -5e-324, 1e308, -1e308, 1e-300,
           1e300, 2.0**53, 2.0**53 + 2, 2.0**63, 2.0**64, -2.0**63, 1.5, 0.5, 1 - 1e-16, 1 + 2.2e-16,
           1e20, -1e20, -1, 3, 10**10, 2.0**62, 1e-20]
EXTREME_BIG = [2**63 - 1, 2**63, 2**64, -2**63, -2**63 - 1, 2**128, 2**62, 2**53 + 1, -1, 0, 5]
WRONG = [NULL, S('abc'), S('1.5'), S('3'), S(''), T, F, OBJ, L(), L(NULL), L(L(N(1), N(2)), L(N(3))),
         L(N(1), S('a')), L(T, F), L(B(1), B(2)), L(UNDEF)]


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def pick(self, xs):
        return xs[self.r.randrange(len(xs))]

    def chance(self, p):
        return self.r.random() < p

    def extreme(self):
        if self.chance(0.25):
            return B(self.pick(EXTREME_BIG))
        return N(self.pick(EXTREME))

    def bad(self):
        return self.pick(WRONG) if self.chance(0.3) else self.extreme()

    def arr_with(self, good, bad, typed=False):
        n = self.r.randint(1, 4)
        xs = [N(self.pick(good)) for _ in range(n)]
        if bad is not None:
            xs[self.r.randrange(n)] = bad
        if typed and all(x[0] == 'n' for x in xs):
            fits = all(abs(float(x[1])) < 2**31 and float(x[1]) == int(float(x[1])) for x in xs)
            return TA(self.pick(['float64', 'float64', 'float32'] + (['int32'] if fits else [])), xs)
        return ['list', xs]

    def param(self, good, p_bad=0.35):
        """A float/int parameter: mostly good, sometimes extreme or wrong, scalar or array."""
        r = self.r.random()
        if r < p_bad:
            b = self.bad()
            if self.chance(0.3):
                return self.arr_with(good, b)
            return b
        if r < p_bad + 0.15:
            return self.arr_with(good, None, typed=self.chance(0.4))
        return N(self.pick(good))

    def size(self):
        r = self.r.random()
        if r < 0.45:
            return self.pick([NULL, N(3), N(1), L(N(2), N(3)), L(N(2)), N(0), L()])
        return self.pick([N(-1), L(N(-1)), L(N(2), N(-1)), N(1.5), L(N(1.5)), S('3'), L(S('3')), T, B(3),
                          L(B(2)), N(2.0**62), B(2**62), B(2**63), B(2**64), B(-1), N(2.0**40), B(2**40),
                          L(B(2**40), B(2**40)), L(N(2**31), N(2**31), N(4)), L(N(3), N(0), N(4)), OBJ,
                          L(NULL), N(float('nan')), N(float('inf')), L(N(2), N(2), N(2)), N(-0.0),
                          B(2**63 - 1), L(B(2**62), N(2))])

    def count(self, big=True):
        """A count / length / n_children / jumps argument; big: also huge values numpy refuses to
        allocate (not for loops numpy itself runs that many times)."""
        if self.chance(0.4):
            return self.pick([N(0), N(1), N(3), N(2)])
        xs = [N(-1), B(-1), N(1.5), N(float('nan')), N(float('inf')), NULL, S('3'), S('a'), T, F,
              B(2**63), B(2**64), B(2**128), B(2**200), N(2.0**64), N(2.0**63), N(1e20), OBJ, L(N(2)),
              N(-0.0), B(-2**63), B(-2**63 - 1), N(0.5), B(-2**63 + 1)]
        if big:
            xs += [B(2**63 - 1), B(2**62), B(2**40), N(2.0**40)]
        return self.pick(xs)


P_GOOD = [0.5, 0.25, 0.1, 0.9, 0.3]
POS = [0.5, 1, 2.5, 10, 0.1, 3]
REAL = [0, 1, -2.5, 10, 0.5]
NGOOD = [1, 3, 10, 20, 5]
P_BAD = [0, 1, -0.0, 5e-324, 1 - 1e-16, 1 + 2.2e-16, -1e-300, 1e-300, float('nan'), 1.5, -0.5, 1e-20]


def prob(g):
    if g.chance(0.4):
        x = N(g.pick(P_BAD))
        return g.arr_with(P_GOOD, x) if g.chance(0.3) else x
    return g.param(P_GOOD, p_bad=0.2)


def count_param(g):
    if g.chance(0.3):
        return B(g.pick(EXTREME_BIG))
    return g.param(NGOOD)


def pvals(g):
    k = g.r.randint(1, 4)
    xs = [1.0 / k] * k
    xs = [N(x) for x in xs]
    r = g.r.random()
    if r < 0.5:
        xs[g.r.randrange(k)] = g.pick([N(g.pick(P_BAD)), N(-0.5), N(2), NULL, S('a'), N(float('inf'))])
    elif r < 0.6:
        return g.pick([NULL, N(0.5), S('abc'), L(), L(L(N(0.5), N(0.5))), OBJ, TA('float64', [N(0.5), N(0.5)])])
    return ['list', xs]


def seq(g):
    r = g.r.random()
    if r < 0.5:
        n = g.r.randint(0, 5)
        xs = [N(float(i) + 0.5) for i in range(n)]
        return g.pick([['list', xs], TA('float64', xs), TA('int32', [N(i) for i in range(n)]),
                       TA('float64', [N(i) for i in range(6)], [2, 3]),
                       L(L(N(1), N(2)), L(N(3), N(4)), L(N(5), N(6))), L(S('a'), S('b'), S('c'))])
    return g.pick([N(5), N(1.5), T, OBJ, B(5), NULL, S('abc'), N(0), N(-3), N(float('nan')), B(2**63),
                   B(2**40), N(2.0**40), L(), N(3), B(-1), L(N(1), NULL)])


def choice_a(g):
    if g.chance(0.5):
        return g.pick([N(5), N(3), N(1), N(10)])
    return g.pick([N(0), N(-1), N(1.5), B(2**62), B(2**63), B(2**64), N(2.0**62), NULL, S('abc'), L(), T, OBJ,
                   L(N(1), N(2), N(3)), L(S('a'), S('b')), TA('float64', [N(1), N(2), N(3)]),
                   N(float('nan')), B(2**63 - 1), L(L(N(1), N(2)), L(N(3), N(4))), B(-2**63 - 1)])


def boolean(g):
    if g.chance(0.7):
        return g.pick([T, F])
    return g.pick([N(0), N(1), NULL, S('x'), OBJ, N(float('nan')), L()])


def axis(g):
    if g.chance(0.6):
        return N(0)
    return g.pick([N(1), N(-1), N(5), N(1.5), NULL, S('0'), B(2**63), N(-3), T])


FDT = [S('float64'), S('float32'), S('f8'), S('f4'), S('d'), S('float16'), S('int32'), S('abc'), NULL,
       S('>f8'), S('float_'), S('double'), S('single'), S('uint64'), OBJ, N(3)]
IDT = [S('int64'), S('int32'), S('int8'), S('uint8'), S('uint64'), S('bool'), S('int16'), S('uint32'), S('float64'),
       S('abc'), NULL, S('>i4'), S('l'), S('i8'), S('u4'), OBJ, N(1)]


def dtype(g, table):
    return g.pick(table[:4]) if g.chance(0.5) else g.pick(table)


def seed_arg(g):
    if g.chance(0.3):
        return g.pick([N(0), N(1234), NULL, L(N(1), N(2))])
    return g.pick([N(-1), B(2**32), B(2**32 - 1), B(2**64), B(2**128), N(1.5), N(float('nan')), S('abc'), S('123'),
                   S('0x1f'), T, OBJ, L(), L(N(-1)), L(N(1.5)), L(B(2**32)), TA('int32', [N(-1)]),
                   TA('float64', [N(1.5)]), TA('uint32', [N(1), N(2)]), ['cls', 'MT19937'], ['cls', 'PCG64'],
                   ['bgobj', 'PCG64', 3], ['bgobj', 'MT19937', 3], ['ssobj', 5], L(NULL), L(S('a')),
                   N(2.0**53), N(-0.0), B(-1), L(L(N(1), N(2)), N(3)), N(2**31)])


def legacy_state(g):
    r = g.r.random()
    seed = g.r.randrange(100)
    keys = ['mtkeys', seed, 624]
    pos, has_gauss, cached = N(g.r.randrange(625)), N(0), N(0.0)
    name = S('MT19937')
    if r < 0.15:
        pos = g.pick([N(624), N(625), N(-1), N(1.5), B(2**64), N(float('nan')), NULL, S('3'), N(700), B(-2**63 - 1)])
    elif r < 0.3:
        keys = g.pick([['mtkeys', seed, 623], ['mtkeys', seed, 625], L(), NULL, L(N(1), N(2)), N(5), S('abc'),
                       TA('float64', [N(1.5)] * 624), ['list', [N(-1)] * 624], ['list', [B(2**32)] * 624]])
    elif r < 0.4:
        has_gauss = g.pick([N(1), N(2), N(-1), T, NULL, S('x'), N(1.5)])
        cached = g.pick([N(0.5), N(float('nan')), NULL, S('x'), B(2**64)])
    elif r < 0.5:
        name = g.pick([S('PCG64'), S(''), NULL, N(1), S('mt19937')])
    elif r < 0.65:
        return g.pick([L(), NULL, S('x'), OBJ, ['set'], N(5), L(S('MT19937')), L(S('MT19937'), keys),
                       L(S('MT19937'), keys, pos, has_gauss, cached, N(1)),
                       ['dict', {}], ['dict', {'bit_generator': S('MT19937')}],
                       ['dict', {'bit_generator': S('MT19937'), 'state': ['dict', {'key': keys, 'pos': pos}]}],
                       ['dict', {'bit_generator': S('PCG64'), 'state': ['dict', {'key': keys, 'pos': pos}]}]])
    if g.chance(0.3):
        return L(name, keys, pos)
    return L(name, keys, pos, has_gauss, cached)


def bg_state(g, name):
    bg = getattr(np.random, name)(g.r.randrange(100))
    st = bg.state

    def enc_state(x):
        if isinstance(x, dict):
            return ['dict', {k: enc_state(v) for k, v in x.items()}]
        if isinstance(x, np.ndarray):
            if x.dtype == np.uint32:
                return TA('uint32', [N(int(v)) for v in x])
            return TA('biguint64', [B(int(v)) for v in x])
        if isinstance(x, str):
            return S(x)
        if isinstance(x, (int, np.integer)):
            return B(int(x)) if int(x) > 2**53 else N(int(x))
        return N(float(x))

    e = enc_state(st)
    r = g.r.random()
    if r < 0.15:
        return g.pick([NULL, S('x'), N(5), L(), OBJ, ['set'], ['dict', {}], ['dict', {'bit_generator': S(name)}]])
    if r < 0.3:
        e[1]['bit_generator'] = g.pick([S('PCG64' if name != 'PCG64' else 'SFC64'), NULL, N(1), S('')])
        return e
    inner = e[1].get('state')
    if inner and r < 0.8:
        k = g.pick(list(inner[1].keys()))
        inner[1][k] = g.pick([NULL, S('x'), B(-1), B(2**128), B(2**64), N(1.5), N(float('nan')), L(), OBJ,
                              TA('uint32', [N(1)]), B(2**63), N(-1), TA('biguint64', [B(1)] * 3)])
        return e
    for k in list(e[1].keys()):
        if k not in ('bit_generator', 'state') and g.chance(0.5):
            e[1][k] = g.pick([NULL, S('x'), N(-1), N(2), B(2**64), N(1.5), B(2**32), N(70)])
    if g.chance(0.2):
        del e[1][g.pick(list(e[1].keys()))]
    return e


def mean_cov(g):
    k = g.r.randint(1, 3)
    mean = ['list', [N(0.0)] * k]
    cov = ['list', [['list', [N(1.0 if i == j else 0.0) for j in range(k)]] for i in range(k)]]
    r = g.r.random()
    if r < 0.2:
        mean = g.pick([NULL, S('a'), N(0), L(), ['list', [N(0.0)] * (k + 1)], L(NULL), L(N(float('nan')))])
    elif r < 0.5:
        cov = g.pick([NULL, S('a'), N(1), L(), L(L(N(1), N(2))), L(L(N(float('nan')))),
                      L(L(N(1), N(2)), L(N(2), N(1))), L(L(N(-1))), L(L(N(float('inf')))), L(L(NULL)),
                      L(L(N(1), N(0.5)), L(N(0.4), N(1)))])
    return mean, cov


def alpha(g):
    if g.chance(0.5):
        return g.arr_with(POS, None)
    return g.pick([g.arr_with(POS, g.extreme()), NULL, N(1), L(), S('a'), L(N(0.0), N(1)), L(N(1e-300), N(1e-300)),
                   L(N(float('nan'))), L(L(N(1), N(2))), L(N(-1), N(1)), L(N(5e-324), N(5e-324))])


def colors(g):
    if g.chance(0.5):
        return g.arr_with([1, 3, 10, 5], None)
    return g.pick([g.arr_with([1, 3], g.extreme()), NULL, N(1), L(), L(N(-1), N(3)), L(B(2**62), N(3)),
                   L(N(1.5), N(3)), L(S('a')), L(N(10**9), N(10**9))])


def no_near_one(v):
    """zipf(1 + 2**-52) rejects nearly every draw in numpy too (a loop for ever): leave it out."""
    if v == N(1 + 2.2e-16):
        return N(1.5)
    if v[0] in ('list', 'ta'):
        xs = v[1] if v[0] == 'list' else v[2]
        for k, x in enumerate(xs):
            xs[k] = no_near_one(x)
    return v


def dist_spec():
    """(method, [param generators]) for the distributions both front ends share."""
    pos = lambda g: g.param(POS)
    real = lambda g: g.param(REAL)
    return {
        'uniform': [real, real], 'normal': [real, pos], 'exponential': [pos], 'gamma': [pos, pos],
        'beta': [pos, pos], 'f': [pos, pos], 'noncentral_f': [pos, pos, pos], 'chisquare': [pos],
        'noncentral_chisquare': [pos, pos], 'standard_t': [pos], 'vonmises': [real, pos],
        'pareto': [pos], 'weibull': [pos], 'power': [pos], 'laplace': [real, pos], 'gumbel': [real, pos],
        'logistic': [real, pos], 'lognormal': [real, pos], 'rayleigh': [pos], 'wald': [pos, pos],
        'triangular': [lambda g: g.param([0, -1]), lambda g: g.param([0.5, 0]), lambda g: g.param([1, 2])],
        'binomial': [count_param, prob], 'negative_binomial': [pos, prob], 'poisson': [pos],
        'zipf': [lambda g: no_near_one(g.param([1.5, 2, 3.5, 1.1], p_bad=0.2))], 'geometric': [prob],
        'hypergeometric': [count_param, count_param, lambda g: g.param([1, 2, 3])], 'logseries': [prob],
        'standard_gamma': [pos], 'standard_cauchy': [],
    }


def gen_case(g, i):
    t = g.pick(['rs'] * 5 + ['np'] + ['gen:' + b for b in BG_NAMES] * 2 + ['bg:' + b for b in BG_NAMES] + ['ss'] +
               ['fn'])
    seed = g.r.randrange(2**31)
    dists = dist_spec()
    args = []
    if t in ('rs', 'np') or t.startswith('gen:'):
        legacy = not t.startswith('gen:')
        extra = (['random_sample', 'rand', 'randn', 'randint', 'random_integers', 'tomaxint', 'seed', 'set_state',
                  '__init__'] if legacy else ['random', 'integers', 'permuted', 'spawn', 'multivariate_hypergeometric'])
        if t == 'np':
            extra = [e for e in extra if e not in ('__init__', 'tomaxint')]
        common = ['standard_normal', 'standard_exponential', 'bytes', 'choice', 'shuffle', 'permutation',
                  'multinomial', 'dirichlet', 'multivariate_normal']
        m = g.pick(list(dists) + extra * 3 + common * 2)
        if m in dists:
            args = [f(g) for f in dists[m]] + [g.size()]
            if m == 'standard_gamma' and not legacy:
                args += [dtype(g, FDT)]
        elif m in ('random_sample', 'random'):
            args = [g.size()] + ([] if legacy else [dtype(g, FDT)])
        elif m in ('rand', 'randn'):
            args = [g.pick([N(2), N(3), N(0), N(-1), N(1.5), B(2), NULL, S('2'), B(2**62)]) for _ in range(g.r.randint(0, 2))]
        elif m in ('randint', 'integers', 'random_integers'):
            low = g.param([0, 1, -5, 10], 0.5) if g.chance(0.8) else B(g.pick(EXTREME_BIG))
            high = g.param([10, 100, 2**31], 0.4) if g.chance(0.7) else g.pick([NULL, B(g.pick(EXTREME_BIG))])
            args = [low, high, g.size()]
            if m != 'random_integers':
                args.append(dtype(g, IDT))
            if m == 'integers':
                args.append(boolean(g))
        elif m == 'tomaxint':
            args = [g.size()]
        elif m in ('seed', '__init__'):
            args = [seed_arg(g)]
        elif m == 'set_state':
            args = [legacy_state(g)]
        elif m == 'standard_normal':
            args = [g.size()] + ([] if legacy else [dtype(g, FDT)])
        elif m == 'standard_exponential':
            args = [g.size()] + ([] if legacy else [dtype(g, FDT), g.pick([S('zig'), S('inv'), S('abc'), NULL])])
        elif m == 'bytes':
            args = [g.count()]
        elif m == 'choice':
            args = [choice_a(g), g.size(), boolean(g), pvals(g) if g.chance(0.4) else NULL]
            if not legacy:
                args += [axis(g), boolean(g)]
        elif m == 'shuffle':
            args = [seq(g)] + ([] if legacy else [axis(g)])
        elif m == 'permutation':
            args = [seq(g)] + ([] if legacy else [axis(g)])
        elif m == 'permuted':
            args = [seq(g), g.pick([NULL, N(0), N(1), N(-1), N(3), S('a')])]
        elif m == 'spawn':
            args = [g.count(False)]
        elif m == 'multinomial':
            args = [count_param(g), pvals(g), g.size()]
        elif m == 'dirichlet':
            args = [alpha(g), g.size()]
        elif m == 'multivariate_normal':
            mean, cov = mean_cov(g)
            args = [mean, cov, g.size()]
            if g.chance(0.3):
                args += [g.pick([S('warn'), S('raise'), S('ignore'), S('abc'), NULL])]
        elif m == 'multivariate_hypergeometric':
            args = [colors(g), count_param(g), g.size(), g.pick([S('marginals'), S('count'), S('abc'), NULL])]
    elif t.startswith('bg:'):
        name = t[3:]
        ms = ['__init__', 'random_raw', 'spawn', 'state=']
        if name != 'SFC64':
            ms.append('jumped')
        if name in ('PCG64', 'PCG64DXSM', 'Philox'):
            ms.append('advance')
        m = g.pick(ms)
        if m == '__init__':
            args = [seed_arg(g)]
            if name == 'Philox' and g.chance(0.5):
                args += [g.pick([NULL, N(1), B(2**256), B(-1), S('a'), TA('biguint64', [B(1)] * 4), L(N(1), N(2))]),
                         g.pick([NULL, N(1), B(2**128), B(-1), S('a'), L(N(1), N(2))])]
                if args[0] != NULL and g.chance(0.7):
                    args[0] = NULL
        elif m == 'random_raw':
            out = boolean(g)
            skip = out in (F, N(0), NULL, L())
            if g.chance(0.5):
                args = [g.size(), out]
                if skip and args[0] not in (NULL, N(0), N(1), N(2), N(3), L(N(2), N(3)), L(N(2)), L()):
                    args[1] = T  # numpy would run a loop that long: keep output=True
            else:
                args = [g.count(not skip), out]
        elif m == 'spawn':
            args = [g.count(False)]
        elif m == 'jumped':
            args = [g.count(name != 'MT19937')] if g.chance(0.9) else []
        elif m == 'advance':
            args = [g.count() if g.chance(0.7) else B(g.pick(EXTREME_BIG))]
        elif m == 'state=':
            args = [bg_state(g, name)]
    elif t == 'ss':
        m = g.pick(['__init__'] * 3 + ['generate_state', 'spawn'])
        if m == '__init__':
            args = [seed_arg(g)]
            if g.chance(0.6):
                args += [g.pick([L(), L(N(1)), L(N(-1)), N(5), NULL, L(B(2**64)), L(N(1.5)), S('a'), L(S('a'))]),
                         g.pick([N(4), N(8), N(1), N(0), N(-1), N(4.5), NULL, S('4'), B(2**64), N(3)]),
                         g.pick([N(0), N(1), N(-1), N(1.5), NULL, S('1'), B(2**63), B(2**64)])]
                k = g.r.randint(1, 3)
                args = args[:1 + k]
        elif m == 'generate_state':
            args = [g.count(), g.pick([S('uint32'), S('uint64'), S('int32'), NULL, S('abc'), S('u4'), S('uint8')])]
            if g.chance(0.4):
                args = args[:1]
        else:
            args = [g.count(False)]
    else:
        m = 'default_rng'
        args = [seed_arg(g)]
    # keep the leading args: trailing ones may be left out (numpy's defaults)
    while len(args) > 1 and args[-1] == NULL and g.chance(0.5):
        args.pop()
    return {'id': i, 't': t, 'm': m, 'seed': seed, 'a': args}


def generate(seed, count):
    g = Gen(seed)
    return [gen_case(g, i) for i in range(count)]


def worker():
    """Runs cases read as JSON lines from stdin, one outcome line each (under run_all's watchdog)."""
    import resource
    lim = 8 << 30  # a huge size must fail as numpy's MemoryError, never fill this shared machine
    resource.setrlimit(resource.RLIMIT_AS, (lim, lim))
    warnings.simplefilter('ignore')
    for line in sys.stdin:
        print(json.dumps(call(json.loads(line)), separators=(',', ':')), flush=True)


def run_all(cases, limit=3.0):
    """Outcomes of every case; a case numpy itself does not finish within `limit` seconds (e.g.
    legacy vonmises with kappa near 2**53 loops) is marked {'numpy_hang': True} and left out."""
    import select
    import subprocess
    out = []
    i = 0
    while i < len(cases):
        p = subprocess.Popen([sys.executable, os.path.abspath(__file__), '--worker'], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True, bufsize=1)
        try:
            while i < len(cases):
                p.stdin.write(json.dumps(cases[i]) + '\n')
                p.stdin.flush()
                ready, _, _ = select.select([p.stdout], [], [], limit)
                if not ready:
                    print(f'numpy does not finish: {cases[i]}', file=sys.stderr)
                    out.append({'numpy_hang': True})
                    i += 1
                    break
                out.append(json.loads(p.stdout.readline()))
                i += 1
        finally:
            p.kill()
            p.wait()
    return out


def export(path, seed, count):
    cases = generate(seed, count)
    outs = run_all(cases)
    for c, o in zip(cases, outs):
        c['numpy'] = o
    with open(path, 'w') as f:
        json.dump({'numpy': np.__version__, 'seed': seed, 'cases': cases}, f, separators=(',', ':'))
        f.write('\n')
    print(f'{path}: {len(cases)} cases')


def main():
    export(os.path.join(ROOT, 'fuzz.json'), GOLDEN_SEED, GOLDEN_COUNT)


if __name__ == '__main__':
    a = sys.argv[1:]
    if '--worker' in a:
        worker()
    elif '--stdin' in a:
        cases = json.load(sys.stdin)
        json.dump(run_all(cases), sys.stdout, separators=(',', ':'))
    elif '--generate' in a:
        seed = int(a[a.index('--seed') + 1])
        count = int(a[a.index('--count') + 1])
        cases = generate(seed, count)
        for c, o in zip(cases, run_all(cases)):
            c['numpy'] = o
        json.dump({'numpy': np.__version__, 'seed': seed, 'cases': cases}, sys.stdout, separators=(',', ':'))
    else:
        main()
