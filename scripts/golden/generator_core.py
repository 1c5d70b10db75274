"""Golden cases for Generator's non-distribution methods (issue 3): random, integers, choice,
shuffle, permutation, permuted, bytes, spawn, on Generator(MT19937(seed)) (SeedSequence seeding).
Each case builds a fresh generator from `seed`, runs `calls` in order and records every result
(or numpy's error) and the bit generator state after each call."""
import hashlib

import numpy as np
from numpy.random import MT19937, PCG64, Generator, default_rng

from common import bitgen_state, enc, write

INT_DTYPES = [None, 'int64', 'int32', 'int16', 'int8', 'uint64', 'uint32', 'uint16', 'uint8', 'bool']
SEEDS = [
    {'entropy': 0},
    {'entropy': 1234},
    {'entropy': 1234567890},
    {'entropy': {'big': str(2**64 + 12345)}},
    {'entropy': {'big': str(0xDEADBEEFCAFEBABE1234567890ABCDEF)}},
    {'entropy': [1, 2, 3, 4]},
    {'entropy': [2**32 - 1, 0, 77]},
    {'entropy': 42, 'spawn': [[3, 2]]},
    {'entropy': 42, 'spawn': [[2, 0], [4, 3]]},
]


# ---- argument encoding shared with the TS side ----------------------------------------------
class ND:
    """An ndarray argument: numpy gets the array, TS gets a typed array with shape."""

    def __init__(self, arr):
        self.arr = np.asarray(arr)


def to_np(x):
    if isinstance(x, ND):
        return x.arr.copy()
    if isinstance(x, tuple):
        return tuple(to_np(v) for v in x)
    if isinstance(x, list):
        return [to_np(v) for v in x]
    return x


def to_json(x):
    if isinstance(x, ND):
        return {'nd': enc(x.arr)}
    if isinstance(x, tuple):
        return {'tuple': [to_json(v) for v in x]}
    if isinstance(x, list):
        return [to_json(v) for v in x]
    if isinstance(x, bool) or x is None or isinstance(x, str):
        return x
    if isinstance(x, int):
        return x if abs(x) <= 2**53 else {'big': str(x)}
    if isinstance(x, float):
        return {'float': enc(np.float64(x))}
    raise TypeError(type(x))


def from_json(j):
    """The inverse of to_json, for calls sent by the live cross-check."""
    if isinstance(j, list):
        return [from_json(v) for v in j]
    if isinstance(j, dict):
        if 'big' in j:
            return int(j['big'])
        if 'float' in j:
            return float(np.frombuffer(bytes.fromhex(j['float']['hex']), '<f8')[0])
        if 'tuple' in j:
            return tuple(from_json(v) for v in j['tuple'])
        if 'nd' in j:
            e = j['nd']
            dt = np.bool_ if e['dtype'] == 'bool' else np.dtype(e['dtype']).newbyteorder('<')
            return ND(np.frombuffer(bytes.fromhex(e['hex']), dt).reshape(e['shape']).astype(np.dtype(e['dtype'])))
    return j


def run_json_cases(cases):
    """Runs [{seed, calls: [{m, args, kw}]}] and returns what run_case records."""
    out = []
    for c in cases:
        calls = [(k['m'], from_json(k['args']), {n: from_json(v) for n, v in k['kw'].items()}) for k in c['calls']]
        run_case(out, c['seed'], calls, 'live')
    return out


def seed_entropy(e):
    return int(e['big']) if isinstance(e, dict) else e


def make_gen(seed):
    if seed.get('default_rng'):
        g = default_rng(seed_entropy(seed['entropy']))
    else:
        g = Generator({'MT19937': MT19937, 'PCG64': PCG64}[seed.get('bitgen', 'MT19937')](seed_entropy(seed['entropy'])))
    for n, k in seed.get('spawn', []):
        g = g.spawn(n)[k]
    return g


def encode_result(v):
    if isinstance(v, (bytes, bytearray)):
        return {'value': enc(np.frombuffer(v, dtype=np.uint8))}
    if isinstance(v, list) and v and isinstance(v[0], Generator):
        return {'generators': len(v)}
    a = np.asarray(v)
    if a.dtype.kind in 'USO':
        return {'strs': [str(s) for s in a.ravel().tolist()], 'shape': list(a.shape)}
    e = enc(a)
    if a.size > 256:
        # long results are pinned by hash to keep the golden file small
        e = {'dtype': e['dtype'], 'shape': e['shape'], 'sha256': hashlib.sha256(bytes.fromhex(e['hex'])).hexdigest()}
    return {'value': e}


def run_call(g, m, args, kw):
    np_args = [to_np(a) for a in args]
    np_kw = {k: to_np(v) for k, v in kw.items()}
    fn = getattr(g, m)
    if m == 'shuffle':
        x = np_args[0]
        fn(*np_args, **np_kw)
        return x
    if m == 'spawn':
        kids = fn(*np_args)
        return [float(k.random()) for k in kids] + [bitgen_state(k.bit_generator) for k in kids]
    return fn(*np_args, **np_kw)


def call(m, *args, **kw):
    return (m, list(args), kw)


def run_case(cases, seed, calls, label):
    g = make_gen(seed)
    out = []
    for m, args, kw in calls:
        try:
            v = run_call(g, m, args, kw)
            if m == 'spawn':
                rec = {'spawned': [enc(np.float64(x)) for x in v[:len(v) // 2]], 'states': v[len(v) // 2:]}
            else:
                rec = encode_result(v)
        except Exception as e:  # noqa: BLE001 - numpy's errors are data here
            rec = {'error': [type(e).__name__, str(e)]}
        rec.update({'m': m, 'args': [to_json(a) for a in args], 'kw': {k: to_json(v) for k, v in kw.items()},
                    'state': bitgen_state(g.bit_generator)})
        out.append(rec)
    cases.append({'id': f'{label}#{len(cases)}', 'seed': seed, 'calls': out})


def int_bounds(dt):
    if dt == 'bool':
        return 0, 1
    if dt is None:
        return -2**53, 2**53
    info = np.iinfo(dt)
    return int(info.min), int(info.max)


def integer_calls(dt):
    lo, hi = int_bounds(dt)
    kw = {} if dt is None else {'dtype': dt}
    calls = []
    for endpoint in (False, True):
        e = {'endpoint': endpoint, **kw}
        top = hi if endpoint else hi + 1
        calls += [
            call('integers', 0, (1 if endpoint else 2) if dt == 'bool' else 10, 20, **e),
            call('integers', lo, top, 10, **e),
            call('integers', lo, lo + (0 if endpoint else 1), 5, **e),
            call('integers', hi - (0 if endpoint else 0), hi + (0 if endpoint else 1), 5, **e),
            call('integers', 0, (1 if endpoint else 2) if dt == 'bool' else 7, **e),
            call('integers', 1 if dt == 'bool' else 100, **e),
            call('integers', 0, (1 if endpoint else 2) if dt == 'bool' else 6, (2, 3), **e),
        ]
        if dt != 'bool':
            mid = (lo + hi) // 2
            calls += [
                call('integers', mid - 3, mid + 3, 7, **e),
                call('integers', [0, 1, 2], [[5], [10], [20], [hi if endpoint else hi]], **e),
                call('integers', [0, 3], 9, (3, 2), **e),
                call('integers', lo // 2, hi // 3, 9, **e),
            ]
        if dt in (None, 'int64', 'uint64'):
            calls += [call('integers', 0, 2**32 - 1, 6, **e), call('integers', 0, 2**32, 6, **e),
                      call('integers', 0, 2**32 + 1, 6, **e), call('integers', 3, 2**40 + 17, 6, **e),
                      call('integers', [[-1], [0], [1]], [2**32 - 1, 2**32, 2**32 + 1], **e)]
        if dt in ('int64', 'uint64'):
            calls += [call('integers', lo + 5, hi - 2, 6, **e), call('integers', 2**62, 2**63 - 1, 4, **e)]
    return calls


def error_calls():
    return [
        call('random', dtype='int32'), call('random', dtype='>f8'), call('random', dtype='U'),
        call('random', dtype='float16'), call('random', dtype='foo'), call('random', -1), call('random', (2, -1)),
        call('random', 3, 'float32', ND(np.zeros(3))), call('random', 4, out=ND(np.zeros(3))),
        call('random', (3, 1), out=ND(np.zeros(3))), call('random', dtype='float32', out=ND(np.zeros(3))),
        call('integers', 5, 5), call('integers', 0), call('integers', 10, 5), call('integers', -1, 5, dtype='uint8'),
        call('integers', 0, 300, dtype='uint8'), call('integers', 0, 257, endpoint=True, dtype='uint8'),
        call('integers', 0, 2**63, dtype='int64', endpoint=True), call('integers', 0, 2**64 + 1, dtype='uint64'),
        call('integers', [1, 2], [1, 3]), call('integers', [0, 1], [2, 300], dtype='uint8'),
        call('integers', [-1, 1], 5, dtype='uint16'), call('integers', 0, 5, -1), call('integers', 0, 5, (2, -3)),
        call('integers', 5, dtype='float'), call('integers', 5, dtype='float32'), call('integers', 5, dtype='>i8'),
        call('integers', 5, dtype='>i4'), call('integers', 5, dtype='U'), call('integers', 5, dtype='O'),
        call('integers', 5, dtype='>f8'), call('integers', 5, dtype='complex'), call('integers', 1.5, 0.5),
        call('integers', 5, dtype='xyz'),
        call('choice', -1, 3), call('choice', 3.5, 3), call('choice', 'abc'), call('choice', None), call('choice', [], 3),
        call('choice', [1, 2, 3, 4], 3, p=[[0.25, 0.25], [0.25, 0.25]]), call('choice', [1, 2], 3, p=[0.4, 0.4, 0.2]),
        call('choice', [1, 2], 3, p=[1.1, -0.1]), call('choice', [1, 2], 3, p=[0.4, 0.4]),
        call('choice', [1, 2, 3], 4, replace=False), call('choice', [1, 2, 3], -2, replace=False),
        call('choice', [1, 2, 3], (-1,), replace=False), call('choice', [1, 2, 3], (-1, 1), replace=False),
        call('choice', [1, 2, 3], (-2, -1), replace=False), call('choice', [1, 2, 3], (-5, -1), replace=False),
        call('choice', [1, 2, 3], 2, replace=False, p=[1, 0, 0]), call('choice', [42, 1, 2], p=[None, None, None]),
        call('choice', 3, 2, p=[0.5, float('nan'), 0.5]), call('choice', 3, 2, p=[0.5, float('inf'), -float('inf')]),
        call('choice', 3, 2, p=[0.5, 0.5, float('inf')]), call('choice', 3, 2, p=3),
        call('choice', [[1, 2], [3, 4]], axis=2), call('choice', [[1, 2], [3, 4]], axis=-3),
        call('choice', [[1, 2], [3, 4]], axis=1.5), call('choice', 5, 2.5), call('choice', 5, -1),
        call('choice', 0), call('choice', [[], []], 2, axis=1),
        call('shuffle', ND(np.arange(10)), 1), call('shuffle', ND(np.arange(9).reshape(3, 3)), 3),
        call('shuffle', ND(np.arange(9).reshape(3, 3)), -4), call('shuffle', [[1, 2, 3], [4, 5, 6]], 1),
        call('shuffle', ND(np.array(3))), call('shuffle', ND(np.ones((3, 2))), 2), call('shuffle', 5),
        call('shuffle', ND(np.ones((3, 2))), 1.5),
        call('permutation', 1.2), call('permutation', 'abcd'), call('permutation', ND(np.arange(10)), 1),
        call('permutation', ND(np.arange(9).reshape(3, 3)), 3), call('permutation', ND(np.arange(9).reshape(3, 3)), 1.0),
        call('permuted', ND(np.arange(3)), axis=1), call('permuted', ND(np.arange(3)), out=ND(np.zeros(3, np.int32))),
        call('permuted', ND(np.arange(3)), out=ND(np.zeros(4))), call('permuted', ND(np.arange(3)), out=ND(np.zeros((1, 3)))),
        call('permuted', ND(np.ones((3, 5))), axis=1, out=ND(np.zeros((3, 5), np.int32))), call('permuted', 5),
        call('permuted', [1.5, 2], out=ND(np.zeros(2, np.int64))), call('permuted', ND(np.ones((2, 3))), axis=-3),
        call('bytes', -9), call('integers', [1, 2], [5, 6, 7]), call('integers', [[1, 2, 3]] * 2, [5, 6, 7, 8], dtype='int16'),
        call('integers', [1, 2], 5, 3), call('integers', [0, 1], [1, 2, 2], dtype='bool', endpoint=True),
        call('integers', [[0, 1]], [[1], [1], [1]], (2, 2), dtype='uint32'),
    ]


def seed_cases(cases, seed):
    if True:
        # random
        run_case(cases, seed, [call('random'), call('random', 5), call('random', (2, 3)), call('random', dtype='float32'),
                               call('random', 7, 'float32'), call('random', 0), call('random', (3, 0)), call('random', ()),
                               call('random', dtype='f8'), call('random', 3, '<f4'), call('random', 3, 'single'),
                               call('random', (2, 2), out=ND(np.zeros((2, 2)))), call('random', out=ND(np.zeros(3, np.float32)),
                                                                                      dtype='float32'),
                               call('random', 3, 'float32', ND(np.zeros(3, np.float32))), call('random', 1001)], 'random')
        # integers: every dtype, both endpoint modes
        for dt in INT_DTYPES:
            run_case(cases, seed, integer_calls(dt), f'integers:{dt}')
        # mixed calls: the 8/16-bit buffers are per call, the uint32 draws continue
        run_case(cases, seed, [call('integers', 0, 5, 3, dtype='uint8'), call('random', dtype='float32'),
                               call('integers', 0, 5, 3, dtype='int16'), call('random'), call('integers', 0, 2, 5, dtype='bool'),
                               call('integers', 0, 5, 1, dtype='uint8'), call('integers', 0, 5)], 'mixed')
        # choice: every branch
        run_case(cases, seed, [
            call('choice', 5), call('choice', 5, 3), call('choice', 5, (2, 3)), call('choice', 5, ()),
            call('choice', 5, 3, replace=False), call('choice', 5, 5, replace=False, shuffle=False),
            call('choice', 5, replace=False), call('choice', 5, (), replace=False), call('choice', 1, 1, replace=False),
            call('choice', 4, 4, p=[0.4, 0.4, 0.1, 0.1]), call('choice', 4, p=[0.4, 0.4, 0.1, 0.1]),
            call('choice', 4, (), p=[0.4, 0.4, 0.1, 0.1]), call('choice', 4, (2, 2), p=[0.4, 0.4, 0.1, 0.1]),
            call('choice', 4, 3, replace=False, p=[0.1, 0.3, 0.5, 0.1]), call('choice', 6, (2, 2), False, [0.1, 0.1, 0.1, 0.1, 0.4, 0.2]),
            call('choice', 4, replace=False, p=[0.1, 0.3, 0.5, 0.1]),
            call('choice', 4, 2, replace=False, p=[0.0, 0.5, 0.5, 0.0]),
            call('choice', 3, 2, p=ND(np.array([0.3, 0.3, 0.4], np.float32))),
            call('choice', 3, 2, p=ND(np.array([0.3, 0.3, 0.40001], np.float32))),
            call('choice', 3, 2, p=[0.3, 0.3, 0.4 + 1e-9]),
            call('choice', 0, 0), call('choice', 0, (3, 0)), call('choice', [], 0), call('choice', -1, (0, 3)),
        ], 'choice:int')
        run_case(cases, seed, [
            call('choice', 20000, 1000, replace=False), call('choice', 20000, 300, replace=False),
            call('choice', 20000, 401, replace=False), call('choice', 20000, 1001, replace=False, shuffle=False),
            call('choice', 20000, 999, replace=False, shuffle=False), call('choice', 10001, 10001, replace=False),
            call('choice', 10000, 5000, replace=False), call('choice', 12000, 12000, replace=False, shuffle=False),
            call('choice', 2**40, 5), call('choice', 2**40, 5, replace=False), call('choice', 2**32 + 3, (2, 2), replace=False),
            call('choice', 2**32, 7, replace=False), call('choice', 2**32 - 5, 6, replace=False, shuffle=False),
            call('choice', 2**62, 3), call('choice', 2**62, 3, replace=False), call('choice', 2**62),
        ], 'choice:large')
        run_case(cases, seed, [
            call('choice', [10, 20, 30, 40], 6), call('choice', [10, 20, 30, 40]), call('choice', [10, 20, 30, 40], ()),
            call('choice', [1.5, 2.5, -3.25], (2, 2)), call('choice', ['a', 'b', 'c', 'd'], 4), call('choice', ['a', 'b', 'c']),
            call('choice', ['a', 'b', 'c'], (2, 2), replace=False), call('choice', [[0, 1], [2, 3], [4, 5], [6, 7]], 3),
            call('choice', [[0, 1], [2, 3], [4, 5], [6, 7]], 1, axis=1), call('choice', [[0, 1], [2, 3], [4, 5], [6, 7]], axis=1),
            call('choice', [[0, 1], [2, 3], [4, 5], [6, 7]], (2, 3), axis=-1),
            call('choice', [[0, 1], [2, 3], [4, 5], [6, 7]], 2, replace=False, axis=0),
            call('choice', [[0, 1], [2, 3], [4, 5], [6, 7]], 2, p=[0.1, 0.2, 0.3, 0.4]),
            call('choice', ND(np.arange(24, dtype=np.int32).reshape(2, 3, 4)), (2, 2), axis=1),
            call('choice', ND(np.arange(24, dtype=np.int32).reshape(2, 3, 4)), axis=2),
            call('choice', ND(np.arange(24, dtype=np.int32).reshape(2, 3, 4))),
            call('choice', ND(np.linspace(0, 1, 7).astype(np.float32)), 5, replace=False),
            call('choice', ND(np.arange(6, dtype=np.uint8)), ()), call('choice', ND(np.arange(6, dtype=np.int64)), 3),
            call('choice', ND(np.array([True, False, True])), 4), call('choice', [[1, 2, 3]], ()), call('choice', [[1]], (), axis=1),
            call('choice', ND(np.array(7)), 3), call('choice', True, 2),
        ], 'choice:array')
        # shuffle / permutation / permuted
        run_case(cases, seed, [
            call('shuffle', [1, 2, 3, 4, 5, 6, 7, 8, 9, 0]), call('shuffle', ND(np.array([1, 2, 3, 4, 5, 6, 7, 8, 9, 0], np.int8))),
            call('shuffle', ND(np.arange(10, dtype=np.float32))), call('shuffle', [[1, 1], [2, 2], [3, 3], [4, 4]]),
            call('shuffle', ND(np.arange(12).reshape(4, 3))), call('shuffle', ND(np.arange(12).reshape(4, 3)), 1),
            call('shuffle', ND(np.arange(12).reshape(4, 3)), -1), call('shuffle', ND(np.arange(24).reshape(2, 3, 4)), 2),
            call('shuffle', ND(np.arange(24).reshape(2, 3, 4)), 1), call('shuffle', ND(np.array([]))),
            call('shuffle', ND(np.zeros((0, 6))), 1), call('shuffle', ND(np.zeros((3, 0)))), call('shuffle', []),
            call('shuffle', ['x', 'y', 'z', 'w']), call('shuffle', ND(np.arange(1000, dtype=np.uint16))),
            call('shuffle', ND(np.arange(5, dtype=np.uint64))),
        ], 'shuffle')
        run_case(cases, seed, [
            call('permutation', 10), call('permutation', 0), call('permutation', -3), call('permutation', 1),
            call('permutation', [1, 2, 3, 4, 5, 6, 7, 8, 9, 0]), call('permutation', [[1], [2], [3], [4]]),
            call('permutation', ND(np.arange(16).reshape(4, 4)), 1), call('permutation', ND(np.arange(16).reshape(4, 4)), -1),
            call('permutation', ND(np.arange(24, dtype=np.float32).reshape(2, 3, 4)), 2),
            call('permutation', ND(np.arange(24, dtype=np.int16).reshape(2, 3, 4))), call('permutation', ['a', 'b', 'c']),
            call('permutation', ND(np.arange(7, dtype=np.uint32))), call('permutation', 2000), call('permutation', True),
        ], 'permutation')
        run_case(cases, seed, [
            call('permuted', ND(np.arange(12).reshape(2, 6))), call('permuted', ND(np.arange(12).reshape(2, 6)), axis=0),
            call('permuted', ND(np.arange(12).reshape(2, 6)), axis=1), call('permuted', ND(np.arange(12).reshape(2, 6)), axis=-1),
            call('permuted', ND(np.arange(24).reshape(2, 3, 4)), axis=1), call('permuted', ND(np.arange(24).reshape(2, 3, 4))),
            call('permuted', [3, 1, 4, 1, 5, 9, 2, 6]), call('permuted', []), call('permuted', [[1.5, 2.5], [3.5, 4.5]], axis=0),
            call('permuted', ND(np.arange(12).reshape(2, 6)), axis=1, out=ND(np.zeros((2, 6)))),
            call('permuted', ND(np.arange(6, dtype=np.int8)), out=ND(np.zeros(6, np.int32))),
            call('permuted', ND(np.arange(12, dtype=np.int16).reshape(3, 4)), axis=0, out=ND(np.zeros((3, 4), np.float32))),
            call('permuted', [['a', 'b', 'c'], ['d', 'e', 'f']], axis=1), call('permuted', ND(np.zeros((0, 3))), axis=1),
            call('permuted', ND(np.zeros((3, 0))), axis=1), call('permuted', ND(np.arange(5, dtype=np.uint64)), axis=0),
        ], 'permuted')
        run_case(cases, seed, [call('bytes', n) for n in (0, 1, 3, 4, 5, 10, 17, -1, -2, -3, -4, -5)], 'bytes')
        run_case(cases, seed, [call('spawn', 2), call('random'), call('spawn', 1), call('spawn', 0)], 'spawn')


PCG_SEEDS = [
    {'bitgen': 'PCG64', 'entropy': 0},
    {'bitgen': 'PCG64', 'entropy': 1234567890},
    {'bitgen': 'PCG64', 'entropy': {'big': str(0xDEADBEEFCAFEBABE1234567890ABCDEF)}},
    {'bitgen': 'PCG64', 'entropy': [1, 2, 3, 4]},
    {'bitgen': 'PCG64', 'entropy': 42, 'spawn': [[3, 2]]},
    {'default_rng': True, 'entropy': 12345},
    {'default_rng': True, 'entropy': {'big': str(2**100 + 7)}},
    {'default_rng': True, 'entropy': [5, 6, 7]},
]

DEFAULT_RNG_ERRORS = [1.5, -1, [1.5], [-1], 'abc', float('nan'), [1, -2]]


def default_rng_errors():
    out = []
    for arg in DEFAULT_RNG_ERRORS:
        try:
            default_rng(arg)
            rec = {'ok': True}
        except Exception as e:  # noqa: BLE001
            rec = {'error': [type(e).__name__, str(e)]}
        rec['arg'] = to_json(arg)
        out.append(rec)
    return out


def main():
    cases = []
    for seed in SEEDS:
        seed_cases(cases, seed)
    # errors leave the state as it was (one case per error so each starts mid-stream)
    for c in error_calls():
        run_case(cases, SEEDS[2], [call('random', 3), c, call('random')], 'error')
    write('generator_core', cases, {'seeds': len(SEEDS)})
    cases = []
    for seed in PCG_SEEDS:
        seed_cases(cases, seed)
    for c in error_calls()[::3]:
        run_case(cases, PCG_SEEDS[1], [call('random', dtype='float32'), c, call('random', dtype='float32')], 'error')
    write('generator_core_pcg64', cases, {'seeds': len(PCG_SEEDS), 'default_rng_errors': default_rng_errors()})


if __name__ == '__main__':
    main()
