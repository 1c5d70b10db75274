"""Golden cases for MT19937 legacy seeding and RandomState's core methods (issue 2)."""
import numpy as np

from common import capture, enc, legacy_state, write

SEEDS = [0, 1, 42, 2**32 - 1, [1, 2, 3], [0], [2**32 - 1, 7, 123456789], 1234567890]
SIZES = [None, 7, (3, 4), ()]
INT_DTYPES = ['bool', 'int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64']


def case(cases, seed, method, args, fn, pre=None):
    rs = np.random.RandomState(seed)
    if pre:
        pre(rs)
    out = capture(lambda: fn(rs))
    out.update({'seed': seed, 'method': method, 'args': args, 'state': legacy_state(rs)})
    if pre:
        out['pre'] = 'normal1'
    cases.append(out)


def bounds_for(dt):
    info = np.iinfo(dt) if dt != 'bool' else None
    if dt == 'bool':
        return [(0, 2), (0, 1), (1, 2)]
    lo, hi = int(info.min), int(info.max)
    return [(0, 10), (lo, hi + 1), (lo, lo + 1), (-3 if lo < 0 else 3, 300 % (hi + 1) + 5),
            (lo // 2, hi // 3), (0, 2**31 + 1 if hi > 2**32 else hi)]


def main():
    cases = []
    for seed in SEEDS:
        for size in SIZES:
            sz = list(size) if isinstance(size, tuple) else size
            case(cases, seed, 'random_sample', {'size': sz}, lambda r, s=size: r.random_sample(s))
            case(cases, seed, 'standard_normal', {'size': sz}, lambda r, s=size: r.standard_normal(s))
            case(cases, seed, 'randint', {'low': 0, 'high': 1000, 'size': sz}, lambda r, s=size: r.randint(0, 1000, s))
            case(cases, seed, 'tomaxint', {'size': sz}, lambda r, s=size: r.tomaxint(s))
        # odd number of normals leaves a cached gaussian in the state
        case(cases, seed, 'standard_normal', {'size': 3}, lambda r: r.standard_normal(3))
        case(cases, seed, 'rand', {'dims': [2, 3]}, lambda r: r.rand(2, 3))
        case(cases, seed, 'randn', {'dims': [5]}, lambda r: r.randn(5))
        case(cases, seed, 'rand', {'dims': []}, lambda r: r.rand())
        for dt in INT_DTYPES:
            for lo, hi in bounds_for(dt):
                for size in [None, 13]:
                    case(cases, seed, 'randint', {'low': str(lo), 'high': str(hi), 'size': size, 'dtype': dt},
                         lambda r, lo=lo, hi=hi, s=size, dt=dt: r.randint(lo, hi, s, dtype=dt))
        for length in [0, 1, 4, 5, 17]:
            case(cases, seed, 'bytes', {'length': length}, lambda r, n=length: r.bytes(n))
        case(cases, seed, 'random_integers', {'low': 5, 'high': None, 'size': 6}, lambda r: r.random_integers(5, size=6))
        case(cases, seed, 'random_integers', {'low': -3, 'high': 9, 'size': None}, lambda r: r.random_integers(-3, 9))
        for args in [
            {'a': 10, 'size': None}, {'a': 10, 'size': 5}, {'a': 10, 'size': [2, 3], 'replace': False},
            {'a': [1.5, 2.5, 3.5, 4.5], 'size': 6, 'p': [0.1, 0.2, 0.3, 0.4]},
            {'a': 6, 'size': 4, 'replace': False, 'p': [0.1, 0.2, 0.3, 0.1, 0.2, 0.1]},
            {'a': 6, 'size': None, 'replace': False, 'p': [0.1, 0.2, 0.3, 0.1, 0.2, 0.1]},
            {'a': 100, 'size': 50, 'replace': False},
            {'a': 5, 'size': [2, 2], 'p': [0.5, 0, 0, 0, 0.5]},
            {'a': 3, 'size': 0}, {'a': 0, 'size': 0},
        ]:
            def fn(r, a=args):
                return r.choice(a['a'], a['size'] if not isinstance(a['size'], list) else tuple(a['size']),
                                a.get('replace', True), a.get('p'))
            case(cases, seed, 'choice', args, fn)
        for n in [0, 1, 2, 10, 57]:
            case(cases, seed, 'permutation', {'x': n}, lambda r, n=n: r.permutation(n))
        case(cases, seed, 'permutation', {'x': [[1, 2], [3, 4], [5, 6]]}, lambda r: r.permutation(np.array([[1, 2], [3, 4], [5, 6]])))

        def shuffled(r, n=11):
            x = np.arange(n, dtype=np.float64)
            r.shuffle(x)
            return x
        case(cases, seed, 'shuffle', {'n': 11}, shuffled)
        case(cases, seed, 'standard_normal', {'size': 4, 'after_odd': True}, lambda r: r.standard_normal(4),
             pre=lambda r: r.standard_normal())
    # errors: every one must leave the state unchanged
    errs = [
        ('randint', {'low': 5, 'high': 5}), ('randint', {'low': 0, 'high': 0}), ('randint', {'low': 0, 'high': 300, 'dtype': 'uint8'}),
        ('randint', {'low': -1, 'high': 5, 'dtype': 'uint8'}), ('randint', {'low': 0, 'high': 5, 'dtype': 'float64'}),
        ('randint', {'low': 0, 'high': 5, 'dtype': 'foo'}), ('randint', {'low': 0, 'high': 5, 'size': -1}),
        ('random_sample', {'size': -1}), ('random_sample', {'size': [2, -1]}),
        ('choice', {'a': 0, 'size': 3}), ('choice', {'a': [], 'size': 3}), ('choice', {'a': 5, 'size': 6, 'replace': False}),
        ('choice', {'a': 3, 'p': [0.5, 0.6, -0.1]}), ('choice', {'a': 3, 'p': [0.2, 0.2, 0.2]}), ('choice', {'a': 3, 'p': [0.5, 0.5]}),
        ('choice', {'a': 3, 'p': [0.5, float('nan'), 0.5]}), ('choice', {'a': [[1, 2]], 'size': 1}), ('choice', {'a': 3, 'p': [[1.0, 0, 0]]}),
        ('choice', {'a': 3, 'size': 3, 'replace': False, 'p': [1.0, 0, 0]}), ('choice', {'a': 2.5}), ('choice', {'a': -3}),
    ]
    for method, args in errs:
        def fn(r, m=method, a=args):
            if m == 'randint':
                return r.randint(a['low'], a['high'], a.get('size'), a.get('dtype', int))
            if m == 'random_sample':
                return r.random_sample(tuple(a['size']) if isinstance(a['size'], list) else a['size'])
            return r.choice(a['a'], a.get('size'), a.get('replace', True), a.get('p'))
        case(cases, 42, method, args, fn)
    write('legacy_core', cases, {'seeds': [str(s) for s in SEEDS]})

    seeds = []
    for seed in [0, 1, 42, 2**32 - 1, [0], [1, 2, 3], list(range(700)), [2**32 - 1] * 3, 1234567890]:
        rs = np.random.RandomState(seed)
        st = rs.get_state()
        seeds.append({'seed': [str(s) for s in seed] if isinstance(seed, list) else str(seed),
                      'key': enc(st[1]), 'pos': int(st[2]), 'raw': enc(rs.randint(0, 2**32, 1300, dtype=np.uint32))})
    bad = []
    for s in [-1, 2**32, 1.5, [], [1.5], [[1, 2], [3, 4]], [-1], [2**32], float('nan')]:
        try:
            np.random.RandomState(s)
            bad.append({'seed': repr(s), 'error': None})
        except Exception as e:  # noqa: BLE001
            bad.append({'seed': repr(s), 'error': [type(e).__name__, str(e)]})
    write('mt19937_legacy_seeding', seeds, {'bad': bad})


if __name__ == '__main__':
    main()
