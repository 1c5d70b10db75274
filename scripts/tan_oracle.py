#!/usr/bin/env python3
"""Checks src/math/tan.ts against glibc's tan (libm.so.6 through ctypes), reusing libm_oracle.py.

Inputs: the specials, every branch threshold of s_tan.c (1.259e-8, 0.0608, 0.787, 25, 1e8) and
the table's row boundaries (256|x| - 15.5 an integer) within a few ulps, the doubles nearest to
k*pi/2 and k*pi/4 and the doubles closest to multiples of pi/2 over the whole exponent range
(tiny reduced arguments, huge -cot values, Payne-Hanek reduction), arguments whose reduced value
sits on the 0.0608 and row thresholds, subnormals and random draws over every range.

usage: python3 scripts/tan_oracle.py [--n N] [--seed S]   (compare, exit 1 on any mismatch)
       python3 scripts/tan_oracle.py --golden             (writes test/golden/libm_tan.json)
"""
import argparse
import os
import shutil
import sys
import tempfile

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import libm_oracle as L  # noqa: E402

G = [1.2589993048095494e-08, 0.060799986124038696, 0.7869997024536133, 25.0, 1e8]
ROWS = [(j + 15.5) / 256 for j in range(1, 186)]  # where (int)(256 y - 15.5) steps


def reduced_edges(rng, n):
    """x = k pi/2 + r for r on the reduced thresholds (0.0608, row steps, pi/4), k up to 2^26."""
    import mpmath
    mpmath.mp.prec = 200
    ks = np.concatenate([rng.integers(1, 64, n // 2), rng.integers(1, 2**26, n - n // 2)])
    rs = np.array([G[1]] + ROWS + [np.pi / 4])[rng.integers(0, len(ROWS) + 2, n)]
    sg = rng.choice([-1.0, 1.0], n)
    return np.array([float(mpmath.mpf(int(k)) * mpmath.pi / 2 + s * r)
                     for k, r, s in zip(ks.tolist(), rs.tolist(), sg.tolist())], dtype=np.float64)


def gen_tan(rng, n):
    p = lambda frac: max(1, int(n * frac))
    k = rng.integers(-60, 61, p(0.1)).astype(np.float64)
    parts = [L.edges(G, 64), L.edges(ROWS, 3),
             rng.uniform(-np.pi / 2, np.pi / 2, p(0.15)), rng.uniform(-30, 30, p(0.1)),
             L.ulps_around(rng, list(k * (np.pi / 4)), p(0.08), 2**20),
             L.ulps_around(rng, list(L.pio2_multiples_nearest(2**26, 400, rng)), p(0.05), 64),
             L.ulps_around(rng, list(L.near_pio2_multiples(1, 1023, 53, 2)), p(0.05), 3),
             L.ulps_around(rng, list(L.near_pio2_multiples(0, 80, 53, 3, quarter=True)), p(0.02), 3),
             L.ulps_around(rng, list(reduced_edges(rng, 400)), p(0.05), 8),
             L.any_double(rng, p(0.08), -60, 1), L.any_double(rng, p(0.1), 1, 27),
             L.any_double(rng, p(0.08), 27, 1023), L.any_double(rng, p(0.02), -1074, -20),
             L.subnormals(rng, p(0.01)), rng.normal(0, 1e6, p(0.03)),
             np.pi * (rng.random(p(0.05)) - 0.5)]  # what cauchy_ feeds tan
    x = np.concatenate([np.array(L.SPECIAL)] + [np.asarray(a, dtype=np.float64) for a in parts])
    rng.shuffle(x[len(L.SPECIAL):])
    return x[:n] if len(x) >= n else np.concatenate([x, rng.uniform(-10, 10, n - len(x))])


def golden(seed=20261202, count=6000):
    sys.path.insert(0, os.path.join(L.ROOT, 'scripts', 'golden'))
    from common import enc, write
    rng = np.random.default_rng([seed, 77])
    hard = np.concatenate([np.array(L.SPECIAL), L.edges(G, 6), L.edges(ROWS[::6], 1),
                           L.near_pio2_multiples(1, 1023, 53, 1),
                           L.near_pio2_multiples(0, 60, 53, 1, quarter=True),
                           reduced_edges(rng, 300)])
    pool = gen_tan(rng, 400_000)
    x = np.concatenate([hard, rng.choice(pool, max(0, count - len(hard)), replace=False)])
    y = L.glibc_eval('tan', x)
    import platform
    libc = ' '.join(platform.libc_ver())
    write('libm_tan', [{'fn': 'tan', 'arity': 1, 'x': enc(x), 'y': enc(y)}],
          {'libm': f'libm.so.6 via ctypes ({libc}, {platform.machine()})',
           'note': 'NaN results match any NaN; written by scripts/tan_oracle.py --golden'})


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--n', type=int, default=2_000_000)
    ap.add_argument('--seed', type=int, default=20261202)
    ap.add_argument('--module', help='already compiled math/index.js (skips the tsc build)')
    ap.add_argument('--golden', action='store_true', help='write test/golden/libm_tan.json and exit')
    args = ap.parse_args(argv)
    if args.golden:
        golden()
        return 0
    tmp = tempfile.mkdtemp(prefix='tan_oracle_')
    try:
        if args.module:
            runner = os.path.join(tmp, 'runner.mjs')
            with open(runner, 'w') as fh:
                fh.write(L.RUNNER)
            module = os.path.abspath(args.module)
        else:
            runner, module = L.build_ts(tmp)
        x = gen_tan(np.random.default_rng([args.seed, 77]), args.n)
        ref = L.glibc_eval('tan', x)
        ours = L.ts_eval_all(runner, module, [('tan', x)], tmp)[0]
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    bad = L.compare(ref, ours)
    print(f'tan     inputs {len(ref):>10d}  mismatches {len(bad)}')
    for i in bad[:10]:
        print('          in', float(x[i]).hex(), 'glibc', float(ref[i]).hex(), 'ours', float(ours[i]).hex())
    return 1 if len(bad) else 0


if __name__ == '__main__':
    sys.exit(main())
