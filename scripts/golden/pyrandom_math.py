"""Golden values of the math functions CPython's random needs beyond src/math's: math.log2 (glibc's
log2) and math.lgamma (CPython's own Lanczos code), from the python3 running this:
test/golden/pyrandom_math.json, inputs and results as little-endian float64 bytes in hex.
Usage: python3 scripts/export_golden.py pyrandom_math
"""
import json
import math
import os
import random
import struct
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'test', 'golden')


def f64hex(xs):
    return struct.pack('<%dd' % len(xs), *xs).hex()


def outcome(f, x):
    try:
        return f(x), None
    except (ValueError, OverflowError) as e:
        return float('nan'), [type(e).__name__, str(e)]


def table(f, xs):
    ys, errs = [], {}
    for i, x in enumerate(xs):
        y, e = outcome(f, x)
        ys.append(y)
        if e:
            errs[str(i)] = e
    return {'x': f64hex(xs), 'y': f64hex(ys), 'errors': errs}


def main():
    r = random.Random(20240)
    log2_in = [r.random() for _ in range(4000)]
    log2_in += [1 + (r.random() - 0.5) * 0.1 for _ in range(4000)]
    log2_in += [math.exp(r.uniform(-744, 709)) for _ in range(2000)]
    log2_in += [0.0, -0.0, 1.0, 2.0, 0.5, 1 - 2**-53, 1 + 2**-52, 5e-324, 1e-310, 2.2250738585072014e-308,
                float('inf'), -1.0, float('nan'), 1 - float.fromhex('0x1.5b51p-5'), 1 + float.fromhex('0x1.6ab2p-5')]
    lg_in = [r.uniform(0, 10) for _ in range(3000)] + [r.uniform(-60, 0) for _ in range(2000)]
    lg_in += [math.exp(r.uniform(-50, 25)) for _ in range(2000)] + [float(k) for k in range(1, 1500)]
    lg_in += [1e-25, -1e-25, 0.5, -0.5, 2.5, -2.5, 1e306, 171.5, -171.5, 0.0, -3.0, float('inf'), float('nan'), 2.6e305]
    doc = {'python': sys.version.split()[0], 'log2': table(math.log2, log2_in), 'lgamma': table(math.lgamma, lg_in)}
    path = os.path.join(ROOT, 'pyrandom_math.json')
    with open(path, 'w') as f:
        json.dump(doc, f, separators=(',', ':'))
    print(f'wrote {path}: {len(log2_in)} log2, {len(lg_in)} lgamma values')


if __name__ == '__main__':
    main()
