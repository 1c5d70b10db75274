"""Golden data for the bit generators: seeding, spawning, advance/jumped, mixed next_* calls with
their states, numpy's state JSON for interchange, Philox options and errors, SeedSequence."""
import json
import random

import numpy as np
from numpy.random import MT19937, PCG64, PCG64DXSM, SFC64, Philox, SeedSequence

from common import capture, enc, to_json, write

GENS = {'PCG64': PCG64, 'PCG64DXSM': PCG64DXSM, 'Philox': Philox, 'SFC64': SFC64, 'MT19937': MT19937}


def state_json(obj):
    return json.dumps(to_json(obj.state), separators=(',', ':'))


def seed_json(seed):
    if isinstance(seed, list):
        return [str(s) for s in seed]
    return str(seed)


SEEDS = [0, 12345, 0xdeadbeef, 2**64 + 5, 2**128 + 3, [1, 2, 3], [2**40, 7], [0]]


def seeding_cases():
    cases = []
    for name, C in GENS.items():
        for seed in SEEDS:
            bg = C(seed)
            st0 = state_json(bg)
            cases.append({'kind': 'seed', 'gen': name, 'seed': seed_json(seed), 'state': st0,
                          'raw': enc(bg.random_raw(10)), 'after': state_json(bg)})
    return cases


def spawn_cases():
    cases = []
    for name, C in GENS.items():
        bg = C(42)
        kids = bg.spawn(2) + bg.spawn(1)
        grand = kids[0].spawn(1)[0]
        cases.append({'kind': 'spawn', 'gen': name, 'seed': '42',
                      'children': [enc(k.random_raw(5)) for k in kids],
                      'spawn_keys': [[str(v) for v in k.seed_seq.spawn_key] for k in kids],
                      'grandchild': enc(grand.random_raw(5)),
                      'grand_key': [str(v) for v in grand.seed_seq.spawn_key]})
    return cases


ADVANCE_DELTAS = [0, 1, 2, 2**64 + 7, 2**127 - 1, 2**128 - 1, 2**128 + 5, -1, -(2**70), 2**255 + 2**130 + 3]


def advance_cases():
    cases = []
    for name in ('PCG64', 'PCG64DXSM', 'Philox'):
        for delta in ADVANCE_DELTAS:
            bg = GENS[name](1234)
            bg.random_raw(3)
            c = bg.ctypes
            c.next_uint32(c.state)
            before = state_json(bg)
            ret = bg.advance(delta)
            assert ret is bg
            cases.append({'kind': 'advance', 'gen': name, 'before': before, 'delta': str(delta),
                          'after': state_json(bg), 'raw': enc(bg.random_raw(5))})
    return cases


def jumped_cases():
    cases = []
    for name in ('PCG64', 'PCG64DXSM', 'Philox', 'MT19937'):
        bg = GENS[name](77)
        bg.random_raw(7)
        before = state_json(bg)
        for jumps in (1, 2, 5):
            j = bg.jumped(jumps)
            cases.append({'kind': 'jumped', 'gen': name, 'before': before, 'jumps': jumps,
                          'after': state_json(j), 'raw': enc(j.random_raw(5))})
        assert state_json(bg) == before
    return cases


def run_ops(bg, ops):
    c = bg.ctypes
    out = []
    for op in ops:
        if op == 'u32':
            out.append(str(c.next_uint32(c.state)))
        elif op == 'u64':
            out.append(str(c.next_uint64(c.state)))
        elif op == 'd':
            out.append(enc(np.float64(c.next_double(c.state)))['hex'])
        else:
            out.append(enc(bg.random_raw(int(op[3:])))['hex'])
    return out


def ops_cases():
    rnd = random.Random(20240601)
    cases = []
    for name, C in GENS.items():
        for seed in (2024, 31337):
            ops = [rnd.choice(['u32', 'u32', 'u64', 'd', 'raw1', 'raw3', 'raw7']) for _ in range(40)]
            bg = C(seed)
            first = run_ops(bg, ops[:17])
            mid = state_json(bg)
            rest = run_ops(bg, ops[17:])
            final = state_json(bg)
            cases.append({'kind': 'ops', 'gen': name, 'seed': str(seed), 'ops': ops, 'results': first + rest,
                          'mid': mid, 'final': final, 'cont': enc(bg.random_raw(20))})
    return cases


def philox_cases():
    cases = []
    opts = [
        {'key': 2**100 + 5}, {'key': [1, 2]}, {'key': [2**64 - 1, 0]}, {'key': 0},
        {'key': 7, 'counter': 2**200 + 3}, {'seed': 9, 'counter': [1, 2, 3, 4]}, {'seed': 5, 'counter': 2**256 - 1},
        {'key': [5, 6], 'counter': [2**64 - 1, 2**64 - 1, 2**64 - 1, 2**64 - 1]},
        {'seed': 1, 'key': 1}, {'key': -1}, {'key': 2**128}, {'key': [1, 2, 3]}, {'counter': -1},
        {'counter': 2**256}, {'counter': [1, 2]}, {'key': [2**64, 1]},
    ]
    for o in opts:
        def make(o=o):
            bg = Philox(**o)
            return bg
        r = capture(make)
        case = {'kind': 'philox', 'opts': {k: seed_json(v) for k, v in o.items()}}
        if 'error' in r:
            case['error'] = r['error']
        else:
            bg = Philox(**o)
            case['state'] = state_json(bg)
            case['has_seed_seq'] = bg.seed_seq is not None
            case['raw'] = enc(bg.random_raw(10))
        cases.append(case)
    return cases


def error_cases():
    cases = []
    for name, C in GENS.items():
        for other, D in GENS.items():
            if other == name:
                continue
            bg = C(1)
            st = D(1).state
            try:
                bg.state = st
                err = None
            except Exception as e:  # noqa: BLE001
                err = [type(e).__name__, str(e)]
            cases.append({'kind': 'state_error', 'gen': name, 'other': other, 'error': err})
    return cases


def seedseq_cases():
    cases = []
    entropies = [0, 42, 42 << 32, 2**128 + 1, [1, 2, 3], [2**40, 5], [], 3735928559]
    for ent in entropies:
        for sk in ((), (0,), (1, 2)):
            for pool in (4, 8):
                ss = SeedSequence(ent, spawn_key=sk, pool_size=pool)
                kids = ss.spawn(3)
                cases.append({'kind': 'seedseq', 'entropy': seed_json(ent), 'spawn_key': [str(v) for v in sk],
                              'pool_size': pool, 'words': enc(ss.generate_state(9)),
                              'words64': enc(ss.generate_state(5, np.uint64)), 'pool': enc(ss.pool),
                              'state': json.dumps(to_json(ss.state), separators=(',', ':')),
                              'children': [enc(k.generate_state(4)) for k in kids]})
    return cases


RAW_ENTROPIES = [[[1, 2], [3]], [[1, [2, [3]]]], ['0x10', 5], ['16'], ['1_0'], ['5 '], ['0x_1f'], [True, 2], True,
                 [' 5'], ['0X10'], ['0x'], ['x'], [None], 1.5, [1.5], [-1], '5']


def seedseq_raw_cases():
    """Entropy given as JSON-native values (nested lists, seed strings, bools) and numpy's errors."""
    cases = []
    for ent in RAW_ENTROPIES:
        for sk in ((), ([1, 2],)):
            r = capture(lambda: SeedSequence(ent, spawn_key=sk).generate_state(4))
            cases.append({'kind': 'seedseq_raw', 'entropy': ent, 'spawn_key': list(sk), **r})
    return cases


def main():
    cases = (seeding_cases() + spawn_cases() + advance_cases() + jumped_cases() + ops_cases()
             + philox_cases() + error_cases() + seedseq_cases() + seedseq_raw_cases())
    write('bitgens', cases, {'note': 'states are json.dumps(to_json(bg.state)) with compact separators'})
