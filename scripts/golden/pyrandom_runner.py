"""Runs CPython `random` call scripts for the pyrandom golden file and live test.

A case is {"seed": {"a": arg, "version": n} | null, "state": json-state | null, "calls": [call]}; a call
is {"fn": name, "args": [arg...], "n": repeats}. Arguments are given positionally in the TS order
(CPython's signature order, keyword-only parameters included) and passed to CPython by keyword
where they are keyword-only. Values are encoded so the TS side compares bits: ints {"i": "123"}
(or {"I": ...} to be passed as a bigint in TS), floats {"f": hex of the float64 bits}, str {"s"},
bytes {"b": hex}, {"range": [start, stop, step]}, {"u": 1} for an omitted argument, lists as lists.

Run as a script, it reads {"cases": [...]} on stdin and prints the cases with results filled in.
"""
import hashlib
import json
import random
import struct
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


if __name__ == '__main__':
    doc = json.load(sys.stdin)
    json.dump({'python': sys.version.split()[0], 'cases': run(doc['cases'])}, sys.stdout, separators=(',', ':'))
