"""Pinned argument-handling cases (test/golden/fuzz_pinned.json) in scripts/golden/fuzz.py's case
format: the fixes to numpy's order of checks and error texts that a random fuzz set only meets by
chance (size conversion of the multivariate samplers, np.empty's per-dimension checks, np.prod's
wrap-around, ragged nested lists, choice's 0-d `a`). Every case must be identical to numpy's
outcome, values and state included. Run: python3 scripts/golden/fuzz_pinned.py"""
import json
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fuzz import B, L, N, NULL, OBJ, ROOT, S, T, F, TA, run_all  # noqa: E402

SIZES = [N(2.5), L(N(2.5)), L(N(2), N(2.5)), T, L(T), S('ab'), N(-1), L(N(-1)), L(N(2), N(-1)), NULL, N(0),
         L(N(0)), N(3), L(N(3), N(1)), B(2**70), L(B(2**62), N(-1)), L(N(-1), B(2**62)), L(N(2**31), N(2**31), N(4)),
         B(2**40), L(B(2**40), B(2**40))]
RAGGED = [L(L(N(1), N(2)), L(N(3))), L(L(L(N(1), N(2)), L(N(3))), N(2.5), N(10), N(10)),
          L(L(L(L(N(1), N(2)), L(N(3))))), L(N(1), L(N(2))), L(L(L(N(1)), L(N(2))), L(L(N(3)), L(N(4), N(5)))),
          L(L(), L(N(1))), L(L(L()), L(L(N(1)))), L(L(N(1), N(2)), L(L(N(3), N(4)), L(N(5), N(6))))]


def cases():
    out = []
    add = lambda t, m, *a: out.append({'t': t, 'm': m, 'seed': 7, 'a': list(a)})
    for s in SIZES:
        add('gen:PCG64', 'multinomial', N(3), L(N(0.5), N(0.5)), s)
        add('gen:PCG64', 'multinomial', L(N(3), N(4)), L(N(0.5), N(0.5)), s)
        add('gen:PCG64', 'multivariate_hypergeometric', L(N(2), N(3)), N(2), s)
        add('gen:PCG64', 'multivariate_hypergeometric', L(N(2), N(3)), N(2), s, S('count'))
        add('gen:PCG64', 'dirichlet', L(N(1), N(2)), s)
        add('rs', 'multinomial', N(3), L(N(0.5), N(0.5)), s)
        add('rs', 'dirichlet', L(N(1), N(2)), s)
        add('gen:MT19937', 'integers', N(5), N(1), s)
        add('gen:MT19937', 'integers', N(0), N(10), s, S('uint8'))
        add('rs', 'randint', N(5), N(1), s)
        add('rs', 'rand', *([s] if s != NULL else []))
        add('rs', 'poisson', N(3), s)
        add('gen:SFC64', 'binomial', N(10), N(0.5), s)
        add('rs', 'tomaxint', s)
        if s not in (N(2.5), L(N(2.5)), L(N(2), N(2.5)), T, L(T)):  # numpy draws, then fails (README: refused first)
            add('gen:PCG64', 'choice', N(10), s, F)
        add('rs', 'choice', N(10), s, T)
    for x in RAGGED:
        add('gen:PCG64', 'normal', x)
        add('rs', 'poisson', x)
        add('gen:Philox', 'choice', x)
    for a in [NULL, OBJ, S('abc'), T, F, L(L(N(1)))]:
        add('rs', 'choice', a, N(2))
        add('gen:PCG64', 'choice', a, N(2))
    add('gen:PCG64', 'choice', N(1), B(2**63 - 1), F)
    add('gen:PCG64', 'choice', N(10), B(2**40), F)
    add('gen:SFC64', 'hypergeometric', B(2**63 - 1), N(3), L(N(1), N(1), N(3), N(2)))
    add('gen:SFC64', 'hypergeometric', B(2**63 - 1), N(3), L(N(1), N(1)), B(2**64))
    # integers' array bounds that are not numbers (each dtype path) and SeedSequence's None arguments
    for dt in ['int8', 'uint16', 'int32', 'uint32', 'bool', 'int64', 'uint64']:
        for lo, hi in [(L(NULL), N(10)), (L(N(1), S('a')), N(10)), (L(S('1.5')), N(10)), (N(0), L(N(5), OBJ)),
                       (N(0), L(S('3'), N(4))), (L(S('abc')), N(10))]:
            add('gen:PCG64', 'integers', lo, hi, NULL, S(dt))
            add('gen:PCG64', 'integers', lo, hi, NULL, S(dt), T)
            add('rs', 'randint', lo, hi, NULL, S(dt))
    # binomial / zipf with str, None and 0-d float arguments; legacy shuffle and permutation of arrays
    for t in ['rs', 'np', 'gen:MT19937']:
        for n_, p_ in [(N(5.5), N(0.5)), (S('5'), N(0.5)), (NULL, N(0.5)), (N(5), S('1')), (N(5), NULL),
                       (L(S('1'), S('1')), N(0.9)), (T, N(0.5)), (N(5), S('abc')), (S('abc'), N(0.5)),
                       (TA('float64', [N(5)], []), N(0.5)), (TA('int32', [N(5)], []), N(0.5))]:
            add(t, 'binomial', n_, p_)
        for a in [S('1'), NULL, S('2'), S('abc'), L(S('2'), S('3'))]:
            add(t, 'zipf', a)
    for x in [L(L(N(1), N(2)), L(N(3), N(4)), L(N(5), N(6))), L(L(N(1)), L(N(2))), L(N(1.5), N(2.5)), L(S('a'), S('b'))]:
        add('rs', 'permutation', x)
        add('np', 'permutation', x)
    add('rs', 'shuffle', TA('float64', [N(1)], []))
    add('rs', 'permutation', T)
    add('rs', 'multinomial', TA('int32', [N(20), N(5)]), L(N(0.25), N(0.25), N(0.25), N(0.25)))
    add('gen:Philox', 'negative_binomial', N(10), N(1), B(2**40))
    # a count beyond 2**53 with another bad argument: numpy's error comes first (the refusal is last)
    for t in ['rs', 'gen:PCG64']:
        add(t, 'binomial', B(2**60), N(1.5))
        add(t, 'binomial', B(2**62), L(N(0.9), N(0.5)), N(-1))
        add(t, 'binomial', B(2**53 + 1), N(-0.5), L(N(2)))
        add(t, 'multinomial', B(2**53 + 1), L(N(0.5), N(-0.5)))
        add(t, 'multinomial', B(2**53 + 1), L(N(0.5), N(0.5)), N(1.5))
    add('rs', 'multinomial', B(2**53 + 1), L(L(N(0.5), N(0.5))))
    add('rs', 'hypergeometric', N(5), B(2**63 - 1), N(2), N(1))
    add('rs', 'hypergeometric', B(2**60), N(5), N(0))
    add('gen:PCG64DXSM', 'multivariate_hypergeometric', L(N(5)), N(-0.0), NULL, S('count'))
    add('ss', '__init__', N(1), L(), NULL)
    add('ss', '__init__', N(1), L(), S('4'))
    add('ss', 'generate_state', NULL)
    add('ss', 'generate_state', NULL, S('uint64'))
    for i, c in enumerate(out):
        c['id'] = i
    return out


def main():
    cs = cases()
    for c, o in zip(cs, run_all(cs)):
        c['numpy'] = o
    path = os.path.join(ROOT, 'fuzz_pinned.json')
    with open(path, 'w') as f:
        json.dump({'numpy': np.__version__, 'cases': cs}, f, separators=(',', ':'))
        f.write('\n')
    print(f'{path}: {len(cs)} cases')


if __name__ == '__main__':
    main()
