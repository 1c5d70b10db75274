"""Golden file for src/math: hard inputs with the outputs of the C library numpy runs on
(glibc's libm.so.6 through ctypes, on x86-64 with FMA). Writes test/golden/libm.json.

Per function: special values, the neighbourhoods of thresholds and branch boundaries, and
random inputs over the samplers' ranges, drawn with scripts/libm_oracle.py's generators."""
import os
import platform
import sys

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
import libm_oracle as oracle  # noqa: E402
from common import enc, write  # noqa: E402

PER_FUNCTION = 2500


def boundaries(name):
    """Branch boundaries of glibc's implementation (as doubles), probed at +-few ulps."""
    b = {
        'log': [1 - 2**-4, 1 + 0x109 / 0x1000, 1.0, 2.2250738585072014e-308, 0.6875, 1.375],
        'exp': [2**-54, 512.0, -512.0, 1024.0, 709.782712893384, -708.3964185322641,
                -745.1332191019411, -744.4400719213812],
        'log1p': [0.41421356237309503, -0.2928932188134524, 2**-29, 2**-54, -1.0, 2**54],
        'expm1': [56 * 0.6931471805599453, 709.782712893384, 0.34657359027997264,
                  1.0397207708399179, 2**-54, -38.0],
        'cos': [2**-27, 0.855469, 2.426265, 105414350.0, 0.126, np.pi / 2, np.pi, 3 * np.pi / 2],
        'acos': [2**-55, 0.125, 0.25, 0.5, 0.75, 0.921875, 0.953125, 0.96875, 1.0],
        'logf': [1.0, 1.1754943508222875e-38, 0.69921875],
        'expf': [88.0, 88.72283172607422, -103.97207641601562, -103.27892303466797],
        'log1pf': [0.41421356, -0.29289323, 2**-29, 2**-54, -1.0],
    }.get(name, [])
    vals = np.array(b + [-v for v in b], dtype=np.float64)
    out = (vals.view(np.int64)[:, None] + np.arange(-3, 4)[None, :]).reshape(-1).view(np.float64)
    return out


def main():
    cases = []
    for k, name in enumerate(oracle.FUNCS):
        rng = np.random.default_rng([20261125, 7, k])
        x = oracle.generate(name, rng, 200_000)
        ar = oracle.ARITY.get(name, 1)
        x = x.reshape(-1, ar)
        pick = np.concatenate([np.arange(min(300, len(x))),  # specials and the first hard draws
                               rng.choice(len(x), PER_FUNCTION - 300, replace=False)])
        sel = x[np.unique(pick)]
        if ar == 1:
            extra = boundaries(name)
            if name in oracle.FLOAT32:
                extra = oracle.to_f32_grid(extra)
            sel = np.concatenate([sel, extra[:, None]])
        ref = oracle.glibc_eval(name, sel)
        cases.append({'fn': name, 'arity': ar, 'x': enc(sel.reshape(-1).astype(np.float64)),
                      'y': enc(ref.astype(np.float64))})
    libc = ' '.join(platform.libc_ver())
    write('libm', cases, {'libm': f'libm.so.6 via ctypes ({libc}, {platform.machine()})',
                          'note': 'NaN results match any NaN'})


if __name__ == '__main__':
    main()
