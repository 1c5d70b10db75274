"""Golden vectors for numpy-random/pyrandom (CPython's `random`): test/golden/pyrandom.json.

Every case runs through pyrandom_runner.py under the python3 running this (CPython 3.11.7, the
oracle); binomialvariate (new in 3.12) runs under a CPython 3.12 interpreter when one is found
(PYRANDOM_PY312 or python3.12 on PATH or under ~/.pyenv), and its cases are left out otherwise.
States exported by json.dumps(random.getstate()) are stored for the state round-trip tests.
Usage: python3 scripts/export_golden.py pyrandom   (or python3 scripts/golden/pyrandom.py)

`python3 scripts/golden/pyrandom.py --run` instead reads {"cases": [...]} on stdin, runs them and prints
them with CPython's results (test/pyrandom/live.test.ts uses it).

A case is {"seed": {"a": arg, "version": n} | null, "state": json-state | null, "calls": [call]}; a call
is {"fn": name, "args": [arg...], "n": repeats}. Arguments are given positionally in the TS order
(CPython's signature order, keyword-only parameters included) and passed to CPython by keyword
where they are keyword-only. Values are encoded so the TS side compares bits: ints {"i": "123"}
(or {"I": ...} to be passed as a bigint in TS), floats {"f": hex of the float64 bits}, str {"s"},
bytes {"b": hex}, {"range": [start, stop, step]}, {"u": 1} for an omitted argument, lists as lists.
"""
import glob
import hashlib
import json
import os
import random
import shutil
import struct
import subprocess
import sys

# TS parameter order; a leading '*' marks CPython's keyword-only parameters.
SIG = {
    'random': [], 'getrandbits': ['k'], 'randbytes': ['n'],
    'randrange': ['start', 'stop', 'step'], 'randint': ['a', 'b'],
    'choice': ['seq'], 'choices': ['population', 'weights', '*cum_weights', '*k'],
    'shuffle': ['x'], 'sample': ['population', 'k', '*counts'],
    'uniform': ['a', 'b'], 'triangular': ['low', 'high', 'mode'],
    'normalvariate': ['mu', 'sigma'], 'gauss': ['mu', 'sigma'],
    'lognormvariate': ['mu', 'sigma'], 'expovariate': ['lambd'],
    'vonmisesvariate': ['mu', 'kappa'], 'gammavariate': ['alpha', 'beta'],
    'betavariate': ['alpha', 'beta'], 'paretovariate': ['alpha'],
    'weibullvariate': ['alpha', 'beta'], 'binomialvariate': ['n', 'p'],
    'seed': ['a', 'version'], 'setstate': ['state'], 'getstate': [],
}

OMIT = object()


def enc(v):
    if v is None:
        return None
    if isinstance(v, bool):
        return {'bool': v}
    if isinstance(v, int):
        return {'i': str(v)}
    if isinstance(v, float):
        return {'f': struct.pack('>d', v).hex()}
    if isinstance(v, str):
        return {'s': v}
    if isinstance(v, (bytes, bytearray)):
        return {'b': bytes(v).hex()}
    if isinstance(v, (list, tuple)):
        return [enc(x) for x in v]
    raise TypeError(f'cannot encode {type(v)}')


def dec(a):
    if a is None:
        return None
    if isinstance(a, list):
        return [dec(x) for x in a]
    if 'u' in a:
        return OMIT
    if 'bool' in a:
        return a['bool']
    if 'i' in a:
        return int(a['i'])
    if 'I' in a:
        return int(a['I'])
    if 'f' in a:
        return struct.unpack('>d', bytes.fromhex(a['f']))[0]
    if 's' in a:
        return a['s']
    if 'b' in a:
        return bytes.fromhex(a['b'])
    if 'range' in a:
        return range(*a['range'])
    if 'state' in a:
        s = a['state']
        return (s[0], tuple(s[1]), s[2])
    if 'tuple' in a:
        return tuple(dec(x) for x in a['tuple'])
    raise ValueError(f'bad arg {a}')


def state_digest(r):
    version, internal, gauss = r.getstate()
    words = hashlib.sha256(struct.pack('<625I', *internal)).hexdigest()
    return {'words': words, 'gauss': enc(gauss)}


def call(r, fn, args):
    names = SIG[fn]
    pos, kw = [], {}
    positional = True
    for name, a in zip(names, args):
        v = dec(a)
        if v is OMIT:
            positional = False
            continue
        if name.startswith('*') or not positional:
            kw[name.lstrip('*')] = v
        else:
            pos.append(v)
    if fn == 'shuffle':
        x = pos[0]
        r.shuffle(x)
        return x
    return getattr(r, fn)(*pos, **kw)


def run_case(case):
    r = random.Random(0)
    if case.get('seed') is not None:
        s = case['seed']
        r.seed(dec(s['a']), s.get('version', 2))
    if case.get('state') is not None:
        st = case['state']
        r.setstate((st[0], tuple(st[1]), st[2]))
    out = []
    for c in case['calls']:
        res = dict(c)
        values = []
        try:
            for _ in range(c.get('n', 1)):
                values.append(enc(call(r, c['fn'], c['args'])))
        except Exception as e:  # noqa: BLE001 - CPython's errors are data here
            res['error'] = [type(e).__name__, str(e)]
        res['values'] = values
        res['state'] = state_digest(r)
        out.append(res)
    case = dict(case)
    case['calls'] = out
    return case


def run(cases):
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        return [run_case(c) for c in cases]



ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'test', 'golden')
INF = float('inf')
NAN = float('nan')


def I(v): return {'i': str(v)}            # an int (a number in TS when safe, else a bigint)
def BI(v): return {'I': str(v)}           # an int passed as a bigint in TS
def F(x): return {'f': struct.pack('>d', float(x)).hex()}
def S(s): return {'s': s}
def B(b): return {'b': bytes(b).hex()}
def R(*a): return {'range': list(a)}
U = {'u': 1}


def A(*vals):
    """Encode plain Python arguments: ints as I, floats as F, str as S, None as None."""
    out = []
    for v in vals:
        if isinstance(v, dict) or v is None:
            out.append(v)
        elif isinstance(v, bool):
            out.append({'bool': v})
        elif isinstance(v, int):
            out.append(I(v))
        elif isinstance(v, float):
            out.append(F(v))
        elif isinstance(v, str):
            out.append(S(v))
        elif isinstance(v, bytes):
            out.append(B(v))
        elif isinstance(v, list):
            out.append(A(*v))
        else:
            raise TypeError(v)
    return out


def c(fn, *args, n=1):
    return {'fn': fn, 'args': A(*args), 'n': n}


SEEDS = [
    (I(0), 2), (I(1), 2), (I(42), 2), (I(12345), 2), (I(2**32 - 1), 2), (I(2**32), 2), (I(2**53 + 1), 2),
    (I(-1), 2), (I(-42), 2), (I(-(2**64)), 2), (I(2**100 + 7), 2), (I(3**200), 2), (I(-(7**90)), 2),
    (BI(5), 2), (BI(2**64 - 1), 2), (BI(-(2**31)), 2),
    (F(1.5), 2), (F(-2.75), 2), (F(1e-300), 2), (F(0.1), 2), (F(INF), 2), (F(-INF), 2), (F(-0.5), 2),
    (F(5e-324), 2), (F(-1e-300), 2),
    ({'bool': True}, 2), ({'bool': False}, 2),
    (S(''), 2), (S('hello'), 2), (S('h\u00e9llo \u2713 \U0001F600'), 2), (S('\x00abc'), 2), (S('x' * 500), 2),
    (B(b''), 2), (B(b'\x00\x00\x01'), 2), (B(bytes(range(256))), 2), (B(b'\x00' * 70), 2),
    (S('hello'), 1), (S(''), 1), (B(b'abc'), 1), (S('\u00e9\U0001F600'), 1), (B(bytes(range(200))), 1),
    (I(7), 1), (I(9), 3), (F(2.5), 1),
]


def seed_cases():
    cases = []
    for a, version in SEEDS:
        cases.append({'name': f'seed {a} v{version}', 'seed': {'a': a, 'version': version},
                      'calls': [c('random', n=5), c('getrandbits', 32), c('random', n=320)]})
    return cases


def fn_cases():
    K = [
        ('getrandbits', [c('getrandbits', k) for k in (0, 1, 5, 31, 32, 33, 53, 54, 64, 65, 100, 1000)]
         + [c('getrandbits', 7, n=50), c('getrandbits', -1), c('getrandbits', 1.5), c('getrandbits', 2**31),
            c('getrandbits', -(2**31) - 1), c('getrandbits', BI(40))]),
        ('randbytes', [c('randbytes', k) for k in (0, 1, 2, 3, 4, 5, 7, 8, 9, 100)]
         + [c('randbytes', -1), c('randbytes', 1.5), c('randbytes', 2**28)]),
        ('randrange small', [c('randrange', 10, n=20), c('randrange', 1, n=3), c('randrange', 3, 10, n=20),
                             c('randrange', -10, -3, n=10), c('randrange', 0, 100, 7, n=20),
                             c('randrange', 100, 0, -7, n=20), c('randrange', 100, 0, -1, n=10),
                             c('randrange', -5, 20, 3, n=10), c('randrange', 10, None, n=3),
                             c('randrange', 3.0, n=3), c('randrange', True, n=2), c('randrange', 0, 10, 1, n=5),
                             c('randrange', 2**31, n=5), c('randrange', 2**32, n=5), c('randrange', 2**32 + 1, n=5),
                             c('randrange', 2**40 + 3, n=10), c('randrange', 2**52 + 3, n=10),
                             c('randrange', 2**53 - 1, n=10), c('randrange', 1, 2**33, n=10),
                             c('randrange', -(2**53 - 1), 2**53 - 1, n=10),
                             c('randrange', -(2**53), 2**53, 3, n=10), c('randrange', 2**53, -(2**53), -5, n=10),
                             c('randrange', 0, 2**53, 2**52, n=10)]),
        ('randrange big', [c('randrange', BI(10**30), n=10), c('randrange', BI(-(10**20)), BI(10**20), BI(3), n=10),
                           c('randrange', BI(2**64), BI(0), BI(-(2**32 + 1)), n=10), c('randrange', BI(2**53), n=10),
                           c('randrange', BI(2**53 + 1), n=10), c('randrange', 5, BI(2**70), n=10),
                           c('randrange', BI(10), n=10), c('randrange', BI(0), BI(10), BI(1), n=5),
                           c('randrange', BI(2**200), BI(2**201), BI(7), n=5), c('randrange', BI(-(2**100)), n=1),
                           c('randrange', BI(5), BI(5)), c('randrange', BI(5), BI(9), BI(0)),
                           c('randrange', BI(0), BI(10), BI(-1))]),
        ('randrange errors', [c('randrange', 0), c('randrange', -5), c('randrange', 10, 3), c('randrange', 5, 5),
                              c('randrange', 0, 10, 0), c('randrange', 0, 10, -1), c('randrange', 10, 0, 3),
                              c('randrange', 1.5), c('randrange', 0, 2.5), c('randrange', 0, 10, 1.5),
                              c('randrange', '5'), c('randrange', 'a'), c('randrange', None), c('randrange', NAN),
                              c('randrange', INF), c('randrange', 0, NAN), c('randrange', 10, None, 2)]),
        ('randint', [c('randint', 1, 6, n=30), c('randint', -5, 5, n=10), c('randint', 0, 0, n=2),
                     c('randint', BI(0), BI(2**100), n=5), c('randint', 0, 2**53 - 1, n=5), c('randint', 5, 4),
                     c('randint', 1, 2.5), c('randint', 1.0, 3.0, n=3), c('randint', None, 3),
                     c('randint', 1, None), c('randint', 1, 'x')]),
        ('choice', [c('choice', [1, 2, 3, 4, 5], n=10), c('choice', 'abcd\u00e9\U0001F600', n=10),
                    c('choice', R(10**6), n=3), c('choice', R(0, 100, 7), n=5), c('choice', [[1, 2], [3]], n=3),
                    c('choice', []), c('choice', ''), c('choice', [1.5, 2.5], n=4), c('choice', R(0))]),
        ('choices', [c('choices', ['a', 'b', 'c'], U, U, 10), c('choices', ['a', 'b', 'c'], [1, 2, 3], U, 10),
                     c('choices', ['a', 'b', 'c'], None, [1, 3, 6], 10), c('choices', [1, 2, 3], [0.1, 0.2, 0.7], U, 20),
                     c('choices', [1, 2, 3], [1, 2, 3], [1, 3, 6]), c('choices', [1, 2, 3], [1, 2]),
                     c('choices', [1, 2, 3], [0, 0, 0]), c('choices', [1, 2, 3], [1, INF, 1]),
                     c('choices', [1, 2, 3], [1, NAN, 1]), c('choices', [1, 2, 3], 3), c('choices', [1, 2], U, U, 0),
                     c('choices', [1, 2], U, U, -1), c('choices', [], U, U, 1), c('choices', [], U, U, 0),
                     c('choices', [], []), c('choices', [1, 2, 3], None, [5, 1, 10], 20),
                     c('choices', [1, 2], U, U, 1.5), c('choices', [1, 2, 3], [-1, 2, 3], U, 10),
                     c('choices', R(1000), U, U, 200), c('choices', 'xyz', [3, 0, 1], U, 15),
                     c('choices', [1, 2, 3], [1, 2, 3], U, 1.5), c('choices', [1, 2, 3], U, U, 1000)]),
        ('shuffle', [c('shuffle', list(range(10)), n=3), c('shuffle', list(range(100))), c('shuffle', []),
                     c('shuffle', [1]), c('shuffle', ['a', 'b', 'c', 'd']), c('shuffle', list(range(1000))),
                     c('shuffle', 'abc')]),
        ('sample', [c('sample', R(10), 3, n=3), c('sample', R(100), 10), c('sample', R(10**6), 20),
                    c('sample', list(range(30)), 5), c('sample', list(range(21)), 5), c('sample', list(range(22)), 5),
                    c('sample', R(10), 0), c('sample', R(10), 10), c('sample', R(10), 11), c('sample', R(10), -1),
                    c('sample', R(10), 2.5), c('sample', ['a', 'b', 'c'], 4, [3, 2, 1]),
                    c('sample', ['a', 'b', 'c'], 6, [3, 2, 1]), c('sample', ['a', 'b', 'c'], 7, [3, 2, 1]),
                    c('sample', ['a', 'b'], 1, [1, 2, 3]), c('sample', ['a', 'b'], 1, [0, 0]),
                    c('sample', ['a', 'b'], 1, [1.5, 2]), c('sample', [], 0, []), c('sample', 'abcde', 2),
                    c('sample', R(100), 6), c('sample', R(100), 30), c('sample', R(10**4), 100),
                    c('sample', R(1000), 1000), c('sample', ['x', 'y'], 50, [1000, 10**6]),
                    c('sample', R(5, 50, 3), 4), c('sample', {'tuple': A(1, 2, 3)}, 2), c('sample', R(10), U)]),
        ('uniform', [c('uniform', 0, 1, n=5), c('uniform', -5.5, 5, n=5), c('uniform', 5, -5, n=5),
                     c('uniform', 1e308, -1e308, n=3), c('uniform', 2, 2, n=2), c('uniform', 0, INF)]),
        ('triangular', [c('triangular', n=5), c('triangular', 0, 1, n=5), c('triangular', 0, 10, 2, n=20),
                        c('triangular', 5, 5, 5, n=3), c('triangular', 5, 5, n=3), c('triangular', 0, 10, None, n=5),
                        c('triangular', 10, 0, 3, n=10), c('triangular', 0, 1, 1.5, n=10), c('triangular', 0, 1, -0.5, n=10),
                        c('triangular', U, U, 0.25, n=10), c('triangular', 3, U, U, n=4), c('triangular', 0, 1, 0, n=5),
                        c('triangular', 0, 1, 1, n=5)]),
        ('normalvariate', [c('normalvariate', n=30), c('normalvariate', 10, 2, n=10), c('normalvariate', 0, 0, n=2),
                           c('normalvariate', -3, 0.001, n=5)]),
        ('gauss', [c('gauss', n=21), c('random'), c('gauss', 5, 2, n=5), c('gauss', 0, 0, n=3), c('gauss'),
                   c('seed', 3), c('gauss', n=2)]),
        ('lognormvariate', [c('lognormvariate', 0, 1, n=10), c('lognormvariate', 1000, 1), c('lognormvariate', 0, 0, n=2),
                            c('lognormvariate', -INF, 0), c('lognormvariate', U, U)]),
        ('expovariate', [c('expovariate', 1, n=10), c('expovariate', 0.5, n=5), c('expovariate', -2, n=5),
                         c('expovariate', 0), c('expovariate', INF, n=2), c('expovariate', U)]),
        ('vonmises', [c('vonmisesvariate', 0, 0, n=5), c('vonmisesvariate', 1, 1e-7, n=5), c('vonmisesvariate', 0, 1e-6, n=3),
                      c('vonmisesvariate', 0, 1, n=20), c('vonmisesvariate', 3, 4, n=20), c('vonmisesvariate', 0, 1000, n=10),
                      c('vonmisesvariate', -1, 50, n=10), c('vonmisesvariate', 0, INF, n=3), c('vonmisesvariate', 100, 2, n=5),
                      c('vonmisesvariate', 0, -1, n=3), c('vonmisesvariate', 0, 2e-6, n=5)]),
        ('gamma', [c('gammavariate', 0.5, 1, n=20), c('gammavariate', 0.1, 2, n=20), c('gammavariate', 1, 1, n=10),
                   c('gammavariate', 1, 3, n=5), c('gammavariate', 2.5, 1, n=20), c('gammavariate', 100, 0.5, n=10),
                   c('gammavariate', 1e-3, 1, n=10), c('gammavariate', 0.9999, 1, n=10), c('gammavariate', 1.0001, 1, n=10),
                   c('gammavariate', 1e6, 1, n=5), c('gammavariate', 0, 1), c('gammavariate', 1, 0), c('gammavariate', -1, 1),
                   c('gammavariate', 1, -1), c('gammavariate', 2, INF, n=2)]),
        ('beta', [c('betavariate', 0.5, 0.5, n=10), c('betavariate', 2, 3, n=10), c('betavariate', 1, 1, n=5),
                  c('betavariate', 0, 1), c('betavariate', 1, 0), c('betavariate', 1e-3, 1e-3, n=20),
                  c('betavariate', 5, 1e-3, n=5)]),
        ('pareto', [c('paretovariate', 1, n=5), c('paretovariate', 3, n=5), c('paretovariate', 0),
                    c('paretovariate', 1e-3, n=10), c('paretovariate', -1, n=3), c('paretovariate', INF, n=2)]),
        ('weibull', [c('weibullvariate', 1, 1, n=5), c('weibullvariate', 2, 0.5, n=5), c('weibullvariate', 1, 0),
                     c('weibullvariate', 0, 1, n=2), c('weibullvariate', 1, -1, n=3), c('weibullvariate', 10, INF, n=2)]),
    ]
    cases = []
    for seed in (12345, 2024, -7):
        for name, calls in K:
            cases.append({'name': f'{name} seed {seed}', 'seed': {'a': I(seed), 'version': 2}, 'calls': calls})
    return cases


def state_cases(r_seed):
    """setstate with bad and good states; gauss_next is set before the vector is checked."""
    st = random.Random(r_seed).getstate()
    words = list(st[1])
    def stt(version, w, g):
        return {'state': [version, w, g]}
    bad = [
        {'tuple': []}, {'tuple': [I(3)]}, {'tuple': [I(3), I(1), I(2), I(3)]},
        {'tuple': [I(4), {'tuple': A(*words)}, None]}, {'tuple': [S('x'), {'tuple': A(*words)}, None]},
        {'tuple': [I(3), {'tuple': A(*words[:-1])}, None]},
        {'tuple': [I(3), {'tuple': A(*(words[:-1] + [625]))}, F(0.5)]},
        {'tuple': [I(3), {'tuple': A(*(words[:-1] + [-1]))}, None]},
        {'tuple': [I(3), {'tuple': A(*([-1] + words[1:]))}, None]},
        {'tuple': [I(3), {'tuple': A(*([2**64] + words[1:]))}, None]},
        {'tuple': [I(3), {'tuple': A(*([1.5] + words[1:]))}, None]},
    ]
    calls = [{'fn': 'setstate', 'args': [b], 'n': 1} for b in bad]
    good = [
        {'tuple': [I(3), {'tuple': A(*([2**40 + 5] + words[1:]))}, None]},
        {'tuple': [I(2), {'tuple': A(*([-1] + words[1:]))}, F(0.25)]},
        {'tuple': [I(3), {'tuple': A(*(words[:-1] + [0]))}, None]},
        {'tuple': [I(3), {'tuple': A(*(words[:-1] + [623]))}, F(-1.5)]},
    ]
    for g in good:
        calls.append({'fn': 'setstate', 'args': [g], 'n': 1})
        calls.append(c('random', n=3))
        calls.append(c('gauss', n=2))
    return [{'name': 'setstate', 'seed': {'a': I(r_seed), 'version': 2}, 'calls': calls}]


BINOMIAL = [c('binomialvariate', n=20), c('binomialvariate', 1, 0.5, n=20), c('binomialvariate', 1, 0.9, n=10),
            c('binomialvariate', 10, 0.3, n=20), c('binomialvariate', 10, 0.7, n=20), c('binomialvariate', 100, 0.05, n=20),
            c('binomialvariate', 5, 1e-18, n=3), c('binomialvariate', 1000, 0.5, n=20), c('binomialvariate', 10**6, 0.3, n=10),
            c('binomialvariate', 100, 0.25, n=20), c('binomialvariate', 20, 0.5, n=20), c('binomialvariate', 0, 0.5, n=3),
            c('binomialvariate', 10, 0.0, n=2), c('binomialvariate', 10, 1.0, n=2), c('binomialvariate', -1, 0.5),
            c('binomialvariate', 10, 1.5), c('binomialvariate', 10, -0.1), c('binomialvariate', 10.5, 0.5, n=5),
            c('binomialvariate', 1, NAN, n=2), c('binomialvariate', 10, NAN), c('binomialvariate', 100, 0.999, n=10),
            c('binomialvariate', 10**9, 1e-9, n=10), c('binomialvariate', 40, 0.25, n=30), c('binomialvariate', 2**50, 0.5, n=5)]


def python312():
    """A CPython 3.12 interpreter (binomialvariate's oracle), or None."""
    cand = [os.environ.get('PYRANDOM_PY312')]
    cand += sorted(glob.glob(os.path.expanduser('~/.pyenv/versions/3.12*/bin/python3.12')))
    cand += [shutil.which('python3.12')]
    for p in cand:
        if not p or not os.path.exists(p):
            continue
        ok = subprocess.run([p, '-c', 'import random; random.binomialvariate'], capture_output=True)
        if ok.returncode == 0:
            return p
    return None


def binomial_cases():
    py = python312()
    if py is None:
        print('no CPython 3.12 found: binomialvariate cases left out')
        return [], None
    cases = [{'name': f'binomialvariate seed {s}', 'seed': {'a': I(s), 'version': 2}, 'calls': BINOMIAL}
             for s in (1, 42, 99999)]
    out = subprocess.run([py, os.path.abspath(__file__), '--run'], input=json.dumps({'cases': cases}), capture_output=True, text=True, check=True)
    doc = json.loads(out.stdout)
    return doc['cases'], doc['python']


def exported_states():
    """json.dumps(getstate()) after some draws, and what follows, for the state round trip."""
    out = []
    for seed, draws, gauss in ((1, 0, False), (2024, 1000, False), (7, 5, True), (99, 623, False), (5, 311, True)):
        r = random.Random(seed)
        for _ in range(draws):
            r.random()
        if gauss:
            r.gauss()
        text = json.dumps(r.getstate())
        nxt = [enc(r.random()) for _ in range(5)] + [enc(r.gauss()) for _ in range(3)]
        out.append({'seed': seed, 'draws': draws, 'gauss': gauss, 'json': text, 'next': nxt})
    return out


def main():
    cases = run(seed_cases() + fn_cases() + state_cases(77))
    binom, py312 = binomial_cases()
    doc = {'python': sys.version.split()[0], 'python312': py312, 'cases': cases, 'binomial': binom,
           'states': exported_states()}
    path = os.path.join(ROOT, 'pyrandom.json')
    with open(path, 'w') as f:
        json.dump(doc, f, separators=(',', ':'))
    print(f'wrote {path}: {len(cases)} cases, {len(binom)} binomialvariate cases (CPython {py312}), '
          f'{sum(len(c["calls"]) for c in cases + binom)} calls')


if __name__ == '__main__':
    if '--run' in sys.argv[1:]:
        doc = json.load(sys.stdin)
        json.dump({'python': sys.version.split()[0], 'cases': run(doc['cases'])}, sys.stdout, separators=(',', ':'))
    else:
        main()
