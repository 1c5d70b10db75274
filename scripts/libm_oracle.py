#!/usr/bin/env python3
"""Checks src/math against the C library numpy runs on (libm.so.6 through ctypes).

For each function, draws inputs over the ranges the samplers use plus the hard cases, evaluates
them with glibc (ctypes) and with our compiled TypeScript (node, reading and writing raw binary
files), and reports the mismatching outputs per function (bitwise; any NaN matches any NaN).

usage: python3 scripts/libm_oracle.py [--n N] [--seed S] [--only log,exp,...] [--quiet]
       python3 scripts/libm_oracle.py --golden-trig   (writes test/golden/libm_trig.json)
       python3 scripts/libm_oracle.py --golden-pow CASES.bin   (writes test/math/pow_fastpath.json
         from the (x, y) pairs of scripts/bench_math_pow.mjs --count --cases CASES.bin)
       python3 scripts/libm_oracle.py --golden-pow2   (writes test/math/pow_pow2.json: powers of two)
Exit status 1 when any function mismatches.
"""
import argparse
import ctypes
import itertools
import os
import shutil
import subprocess
import sys
import tempfile

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FUNCS = ['log', 'exp', 'pow', 'log1p', 'expm1', 'cos', 'acos', 'logf', 'expf', 'log1pf', 'powf', 'fma',
         'sin', 'sinf', 'cosf']  # append only: a function's index seeds its inputs
ARITY = {'pow': 2, 'powf': 2, 'fma': 3}
FLOAT32 = {'logf', 'expf', 'log1pf', 'powf', 'sinf', 'cosf'}
TRIG_INPUTS_FOR_COS = False  # --cos-trig-inputs: cos gets sin's hard inputs

# node runner: argv = module URL, then (function, input file, output file) triples. One loop per
# function so that each call site stays monomorphic.
RUNNER = r"""
import { readFileSync, writeFileSync } from 'node:fs';
const M = await import(process.argv[2]);
const args = process.argv.slice(3);
for (let j = 0; j < args.length; j += 3) {
  const [f, inp, outp] = args.slice(j, j + 3);
  const buf = readFileSync(inp);
  const x = new Float64Array(buf.buffer, buf.byteOffset, buf.byteLength / 8);
  const ar = f === 'pow' || f === 'powf' ? 2 : f === 'fma' ? 3 : 1;
  const run = new Function('fn', 'x', 'out', 'n',
    ar === 1 ? 'for (let i = 0; i < n; i++) out[i] = fn(x[i]);'
    : ar === 2 ? 'for (let i = 0; i < n; i++) out[i] = fn(x[2 * i], x[2 * i + 1]);'
    : 'for (let i = 0; i < n; i++) out[i] = fn(x[3 * i], x[3 * i + 1], x[3 * i + 2]);');
  const n = x.length / ar;
  const out = new Float64Array(n);
  run(M[f], x, out, n);
  writeFileSync(outp, out);
}
"""


# ---------------------------------------------------------------- input generation
def bits_to_f64(sign, exp, mant):
    return ((sign.astype(np.uint64) << np.uint64(63)) | (exp.astype(np.uint64) << np.uint64(52))
            | mant.astype(np.uint64)).view(np.float64)


def any_double(rng, n, emin, emax, signed=True):
    """Doubles with uniformly drawn biased exponent in [emin, emax] (unbiased) and random bits."""
    mant = rng.integers(0, 2**52, n, dtype=np.uint64)
    exp = rng.integers(emin + 1023, emax + 1023 + 1, n)
    sign = rng.integers(0, 2, n) if signed else np.zeros(n, np.int64)
    return bits_to_f64(sign, exp, mant)


def ulps_around(rng, centers, n, spread):
    """Doubles within `spread` ulps of the given centers."""
    c = np.asarray(centers, dtype=np.float64)[rng.integers(0, len(centers), n)]
    k = rng.integers(-spread, spread + 1, n)
    return (c.view(np.int64) + k).view(np.float64)


def subnormals(rng, n, signed=True):
    m = rng.integers(1, 2**52, n, dtype=np.uint64)
    sign = rng.integers(0, 2, n) if signed else np.zeros(n, np.int64)
    return bits_to_f64(sign, np.zeros(n, np.int64), m)


SPECIAL = [0.0, -0.0, np.inf, -np.inf, np.nan, 1.0, -1.0, 2.0, -2.0, 0.5, 5e-324, -5e-324,
           2.2250738585072014e-308, 1.7976931348623157e308, -1.7976931348623157e308]


def to_f32_grid(x):
    with np.errstate(over="ignore", invalid="ignore"):
        return x.astype(np.float32).astype(np.float64)


def gen_unary(name, rng, n):
    p = lambda frac: max(1, int(n * frac))
    u = 1.0 - rng.random(p(0.2))                       # (0, 1]: what the samplers feed log
    if name in ('log', 'logf'):
        parts = [u, (rng.integers(0, 2**53, p(0.1)) + 1) * 2.0**-53,
                 1 + rng.uniform(-0.07, 0.07, p(0.15)),
                 ulps_around(rng, [1.0, 0.9375, 1 + 0x109 / 0x1000, 0.6875, 1.375], p(0.1), 2**22),
                 any_double(rng, p(0.25), -1022, 1023, signed=False), rng.exponential(1, p(0.1)),
                 subnormals(rng, p(0.05), signed=False), any_double(rng, p(0.05), -1074, 1023)]
    elif name in ('exp', 'expf'):
        parts = [rng.uniform(-745, 0, p(0.2)), rng.uniform(-50, 50, p(0.15)), np.log(u),
                 rng.uniform(-760, 720, p(0.1)),
                 ulps_around(rng, [709.782712893384, -708.3964185322641, -745.1332191019411,
                                   -744.4400719213812, 88.72283935546875, -87.33654022216797,
                                   -103.97208404541016, 0.0, 512.0, -512.0], p(0.15), 2**30),
                 any_double(rng, p(0.1), -60, 10), rng.normal(0, 3, p(0.1))]
    elif name in ('log1p', 'log1pf'):
        parts = [-u, rng.uniform(-1, 1, p(0.15)), any_double(rng, p(0.15), -60, 2),
                 any_double(rng, p(0.1), -1022, 1023, signed=False), rng.exponential(1, p(0.1)),
                 ulps_around(rng, [-1.0, 0.0, 0.41421356237309503, -0.2928932188134524,
                                   2**-29, 2**-54], p(0.15), 2**30),
                 subnormals(rng, p(0.05)), rng.uniform(-0.5, 2, p(0.1))]
    elif name == 'expm1':
        parts = [rng.uniform(-40, 0, p(0.2)), rng.uniform(-1, 1, p(0.2)), any_double(rng, p(0.15), -60, 10),
                 ulps_around(rng, [709.782712893384, -38.0, 0.34657359027997264, 1.0397207708399179,
                                   56 * 0.6931471805599453, 2**-54, 0.0], p(0.2), 2**30),
                 rng.uniform(-800, 720, p(0.1)), subnormals(rng, p(0.05)), rng.normal(0, 3, p(0.1))]
    elif name == 'cos':
        k = rng.integers(-40, 41, p(0.15)).astype(np.float64)
        parts = [rng.uniform(-np.pi, np.pi, p(0.3)), rng.uniform(0, 2 * np.pi, p(0.1)),
                 ulps_around(rng, list(k * (np.pi / 4)), p(0.15), 2**20) if len(k) else [],
                 k * (np.pi / 2) + rng.uniform(-1e-6, 1e-6, len(k)),
                 any_double(rng, p(0.1), -60, 1), any_double(rng, p(0.1), 1, 30),
                 any_double(rng, p(0.05), 30, 1023), rng.normal(0, 100, p(0.05))]
    elif name == 'acos':
        parts = [rng.uniform(-1, 1, p(0.3)), 2 * rng.random(p(0.1)) - 1,
                 ulps_around(rng, [1.0, -1.0, 0.5, -0.5, 0.0, 0.125, -0.125, 0.96875, -0.96875,
                                   0.75, -0.75, 0.8125], p(0.25), 2**30),
                 any_double(rng, p(0.15), -60, -1), any_double(rng, p(0.05), 0, 10)]
    else:
        raise ValueError(name)
    x = np.concatenate([np.array(SPECIAL)] + [np.asarray(a, dtype=np.float64) for a in parts])
    x = x[:n] if len(x) >= n else np.concatenate([x, rng.uniform(-1, 1, n - len(x))])
    if name in FLOAT32:
        x = to_f32_grid(x)
    return x


def gen_pow(name, rng, n):
    p = lambda frac: max(1, int(n * frac))
    u = 1.0 - rng.random(p(0.25))
    a = rng.uniform(0.01, 20, len(u))
    parts = [
        np.stack([u, 1.0 / a], 1),                                    # gamma/beta: pow(u, 1/a)
        np.stack([rng.uniform(0, 50, p(0.1)), rng.uniform(-20, 20, p(0.1))], 1),
        np.stack([any_double(rng, p(0.1), -1022, 1023, signed=False), rng.uniform(-3, 3, p(0.1))], 1),
        np.stack([1 + rng.uniform(-1e-3, 1e-3, p(0.1)), any_double(rng, p(0.1), 0, 62)], 1),
        np.stack([any_double(rng, p(0.1), -5, 5, signed=False), any_double(rng, p(0.1), -70, 64)], 1),
        # negative bases with integer exponents (odd and even)
        np.stack([-any_double(rng, p(0.1), -10, 10, signed=False),
                  rng.integers(-300, 300, p(0.1)).astype(np.float64)], 1),
        np.stack([-any_double(rng, p(0.05), -3, 3, signed=False), rng.uniform(-5, 5, p(0.05))], 1),
        # results near the overflow / underflow thresholds
        np.stack([rng.uniform(1.5, 3, p(0.05)), rng.uniform(600, 1100, p(0.05))], 1),
        np.stack([subnormals(rng, p(0.05), signed=False), rng.uniform(-1.2, 1.2, p(0.05))], 1),
        np.stack([any_double(rng, p(0.1), -1074, 1023), any_double(rng, p(0.1), -80, 80)], 1),
    ]
    sp = np.array(SPECIAL + [3.0, -3.0, 0.25, 1e300, -1e-300])
    g = np.stack(np.meshgrid(sp, sp), -1).reshape(-1, 2)
    x = np.concatenate([g] + parts)
    x = x[:n] if len(x) >= n else np.concatenate([x, np.stack([rng.random(n - len(x)), rng.random(n - len(x))], 1)])
    if name == 'powf':
        x = to_f32_grid(x)
    return x


def gen_fma(name, rng, n):
    p = lambda frac: max(1, int(n * frac))
    m = p(0.125)
    parts = []
    for (lo1, hi1), (lo2, hi2), (lo3, hi3) in [((-30, 30), (-30, 30), (-70, 70)), ((-1074, 1023),) * 3,
                                                ((-600, -400), (-600, -400), (-1074, -1000)),
                                                ((500, 600), (400, 500), (1000, 1023))]:
        parts.append(np.stack([any_double(rng, m, lo1, hi1), any_double(rng, m, lo2, hi2),
                               any_double(rng, m, lo3, hi3)], 1))
    a, b = any_double(rng, m, -10, 10), any_double(rng, m, -10, 10)
    parts.append(np.stack([a, b, -(a * b) * (1 + rng.integers(-4, 5, m) * 2.0**-52)], 1))
    a = rng.integers(1, 2**27, m) * 2.0 ** rng.integers(-30, 0, m)
    b = rng.integers(1, 2**27, m) * 2.0 ** rng.integers(-30, 0, m)
    parts.append(np.stack([a, b, any_double(rng, m, -20, 5)], 1))
    a = rng.integers(1, 2**20, m) * 2.0**-540
    b = rng.integers(-2**20, 2**20, m) * 2.0**-540
    parts.append(np.stack([a, b, rng.integers(-2**40, 2**40, m) * 2.0**-1074], 1))
    sp = np.array(SPECIAL)
    g = np.stack(np.meshgrid(sp, sp, sp), -1).reshape(-1, 3)
    x = np.concatenate([g] + parts)
    x = x[:n] if len(x) >= n else np.concatenate([x, rng.random((n - len(x), 3))])
    return x


# ---------------------------------------------------------------- hard inputs for sin/cos
_TWO_OVER_PI = None
_PI_BITS = 2400


def _two_over_pi():
    """floor(2/pi * 2^_PI_BITS) as a Python int (mpmath, computed once)."""
    global _TWO_OVER_PI
    if _TWO_OVER_PI is None:
        import mpmath
        mpmath.mp.prec = _PI_BITS + 64
        _TWO_OVER_PI = int(mpmath.floor(2 / mpmath.pi * mpmath.mpf(2) ** _PI_BITS))
    return _TWO_OVER_PI


def _convergent_denominators(num, den, qmax):
    """Denominators q <= qmax of the continued-fraction convergents of num/den."""
    out, q0, q1 = [], 0, 1  # num/den < 1: its first partial quotient is 0 and q_0 = 1
    while num and q1 <= qmax:
        out.append(q1)
        a = den // num
        num, den = den - a * num, num
        q0, q1 = q1, a * q1 + q0
    return out


def near_pio2_multiples(x_lo, x_hi, bits, per_exp=4, quarter=False):
    """Floats x = m * 2^e in [2^x_lo, 2^(x_hi+1)) (m with `bits` significant bits) unusually close
    to a multiple of pi/2 (pi/4 with quarter): m from the continued fraction of frac(2^e * 2/pi),
    its best rational approximations, scaled into [2^(bits-1), 2^bits)."""
    P, F = _two_over_pi(), _PI_BITS
    if quarter:
        P <<= 1
    lo, hi = 1 << (bits - 1), 1 << bits
    out = []
    for e in range(x_lo - bits + 1, x_hi - bits + 2):
        if e + F < 0:
            continue
        num = (P << e) if e >= 0 else (P >> -e)
        num &= (1 << F) - 1  # frac(2^e * 2/pi) * 2^F
        qs = _convergent_denominators(num, 1 << F, hi)
        cands = []
        for q in qs:
            j = max(1, -(-lo // q))
            for m in (j * q, (j + 1) * q):
                if lo <= m < hi:
                    r = (m * num) % (1 << F)
                    cands.append((min(r, (1 << F) - r), m))
        cands.sort()
        for _, m in cands[:per_exp]:
            out.append(float(m) * 2.0**e)
    return np.array(out, dtype=np.float64)


def pio2_multiples_nearest(kmax, n, rng, bits=53):
    """The float nearest to k*pi/2 (and k*pi/4) for random k <= kmax, rounded exactly."""
    import mpmath
    mpmath.mp.prec = 200
    ks = rng.integers(1, kmax + 1, n)
    out = []
    for j, k in enumerate(ks.tolist()):
        v = mpmath.mpf(k) * mpmath.pi / (2 if j % 2 == 0 else 4)
        e = int(mpmath.floor(mpmath.log(v, 2))) - (bits - 1)
        out.append(float(int(mpmath.nint(v / mpmath.mpf(2) ** e))) * 2.0**e)
    return np.array(out, dtype=np.float64)


# Branch thresholds of s_sin.c (double; also the high words it compares) and of s_sinf.c /
# s_cosf.c (float: 2^-12, 2^-126, pi/4 whose top 12 bits end the first branch at 0.75, 120),
# plus powers of two where reduce_large's table offset and shift change.
H = float.fromhex
SIN_EDGES = [2**-27, 2**-26, 0.126, 0.855469, 2.426265, 105414350.0, 1 / 128, np.pi / 4,
             np.pi / 2, np.pi, 3 * np.pi / 2, 2 * np.pi, H('0x1.feb6000000000p-1'), H('0x1.368fd00000000p+1'),
             H('0x1.921fb00000000p+26'), 1.7976931348623157e308, 2.0**1023, 2.0**600, 2.0**-1022]
SINF_EDGES = [2**-12, 2**-126, H('0x1.921FB6p-1'), 120.0, 2.0, 4.0, H('0x1p-27'), H('0x1p26'), H('0x1p31'), H('0x1p64'),
              np.pi / 2, np.pi, 3.4028234663852886e38, 1.1754943508222875e-38, 1.401298464324817e-45,
              H('0x1.ffffcp-1'), H('0x1.8p1'), H('0x1.fffffep127')]


def edges(vals, spread, f32=False):
    """Each value (both signs) and its neighbours within `spread` ulps (of float32 with f32)."""
    v = np.array(list(vals) + [-x for x in vals], dtype=np.float64)
    if f32:
        b = v.astype(np.float32).view(np.int32).astype(np.int64)
        k = (b[:, None] + np.arange(-spread, spread + 1)[None, :]).reshape(-1)
        k = k[(k >= -2**31) & (k < 2**31)]
        with np.errstate(invalid='ignore'):  # float32 NaN patterns widened to double
            return k.astype(np.int32).view(np.float32).astype(np.float64)
    k = v.view(np.int64)[:, None] + np.arange(-spread, spread + 1)[None, :]
    return k.reshape(-1).view(np.float64)


def gen_sin(name, rng, n):
    p = lambda frac: max(1, int(n * frac))
    k = rng.integers(-40, 41, p(0.1)).astype(np.float64)
    parts = [rng.uniform(-np.pi, np.pi, p(0.2)), rng.uniform(-8, 8, p(0.1)),
             ulps_around(rng, list(k * (np.pi / 4)), p(0.1), 2**20),
             ulps_around(rng, list(pio2_multiples_nearest(2**26, 400, rng)), p(0.05), 64),
             ulps_around(rng, list(near_pio2_multiples(1, 1023, 53, 2)), p(0.05), 3),
             ulps_around(rng, list(near_pio2_multiples(0, 80, 53, 3, quarter=True)), p(0.02), 3),
             edges(SIN_EDGES, 40),
             any_double(rng, p(0.08), -60, 1), any_double(rng, p(0.1), 1, 27),
             any_double(rng, p(0.08), 27, 1023), any_double(rng, p(0.02), -1074, -20),
             subnormals(rng, p(0.01)), rng.normal(0, 1e6, p(0.04)),
             rng.uniform(0.855, 2.427, p(0.05)), rng.uniform(-0.86, 0.86, p(0.05))]
    x = np.concatenate([np.array(SPECIAL)] + [np.asarray(a, dtype=np.float64) for a in parts])
    x = x[:n] if len(x) >= n else np.concatenate([x, rng.uniform(-10, 10, n - len(x))])
    return x


def any_float(rng, n, emin, emax):
    """float32 values (as float64) with uniform exponent in [emin, emax] and random bits, signed."""
    mant = rng.integers(0, 2**23, n, dtype=np.int64)
    exp = rng.integers(emin + 127, emax + 127 + 1, n)
    sign = rng.integers(0, 2, n)
    b = (sign << 31) | (exp << 23) | mant
    return b.astype(np.uint32).view(np.float32).astype(np.float64)


def gen_sinf(name, rng, n):
    with np.errstate(invalid='ignore'):  # float32 NaN patterns widened to double
        return _gen_sinf(rng, n)


def _gen_sinf(rng, n):
    p = lambda frac: max(1, int(n * frac))
    rand_bits = rng.integers(0, 2**32, p(0.15), dtype=np.uint64).astype(np.uint32).view(np.float32)
    parts = [rng.uniform(-np.pi, np.pi, p(0.15)), rng.uniform(-120, 120, p(0.15)),
             rng.uniform(-0.8, 0.8, p(0.05)), rand_bits.astype(np.float64),
             any_float(rng, p(0.05), -149, -12), any_float(rng, p(0.05), -13, 0),
             any_float(rng, p(0.08), 0, 7), any_float(rng, p(0.12), 7, 127),
             ulps_around(rng, list(pio2_multiples_nearest(80, 200, rng, 24)
                                   .astype(np.float32).astype(np.float64)), p(0.02), 0),
             edges(SINF_EDGES, 200, f32=True),
             near_pio2_multiples(0, 127, 24, 6), near_pio2_multiples(0, 127, 24, 4, quarter=True)]
    x = np.concatenate([np.array(SPECIAL)] + [np.asarray(a, dtype=np.float64) for a in parts])
    x = x[:n] if len(x) >= n else np.concatenate([x, rng.uniform(-200, 200, n - len(x))])
    return to_f32_grid(x)


def generate(name, rng, n):
    if name in ('pow', 'powf'):
        return gen_pow(name, rng, n)
    if name == 'fma':
        return gen_fma(name, rng, n)
    if name == 'sin' or (name == 'cos' and TRIG_INPUTS_FOR_COS):
        return gen_sin(name, rng, n)
    if name in ('sinf', 'cosf'):
        return gen_sinf(name, rng, n)
    return gen_unary(name, rng, n)


# ---------------------------------------------------------------- glibc through ctypes
def glibc(name):
    libm = ctypes.CDLL('libm.so.6')
    f = getattr(libm, name)
    if name in FLOAT32:
        f.restype = ctypes.c_float
        f.argtypes = [ctypes.c_float] * ARITY.get(name, 1)
    else:
        f.restype = ctypes.c_double
        f.argtypes = [ctypes.c_double] * ARITY.get(name, 1)
    return f


def glibc_eval(name, x):
    f = glibc(name)
    ar = ARITY.get(name, 1)
    if ar == 1:
        vals = list(map(f, x.reshape(-1).tolist()))
    else:
        vals = list(itertools.starmap(f, x.tolist()))
    return np.array(vals, dtype=np.float64)


# ---------------------------------------------------------------- our TypeScript through node
def build_ts(tmp):
    """Compiles src/ with the project's tsc into tmp/dist; returns the path of math/index.js."""
    out = os.path.join(tmp, 'dist')
    tsc = os.path.join(ROOT, 'node_modules', '.bin', 'tsc')
    subprocess.run([tsc, '-p', os.path.join(ROOT, 'tsconfig.build.json'), '--outDir', out,
                    '--declaration', 'false'], check=True, cwd=ROOT)
    runner = os.path.join(tmp, 'runner.mjs')
    with open(runner, 'w') as fh:
        fh.write(RUNNER)
    return runner, os.path.join(out, 'math', 'index.js')


def ts_eval_all(runner, module, work, tmp):
    """work: list of (name, inputs); evaluates all in one node process, returns the outputs."""
    argv = []
    for k, (name, x) in enumerate(work):
        inp, outp = os.path.join(tmp, f'in{k}.bin'), os.path.join(tmp, f'out{k}.bin')
        np.ascontiguousarray(x, dtype=np.float64).tofile(inp)
        argv += [name, inp, outp]
    subprocess.run(['node', runner, 'file://' + module] + argv, check=True)
    outs = [np.fromfile(os.path.join(tmp, f'out{k}.bin'), dtype=np.float64) for k in range(len(work))]
    for k in range(len(work)):
        os.remove(os.path.join(tmp, f'in{k}.bin'))
        os.remove(os.path.join(tmp, f'out{k}.bin'))
    return outs


def compare(ref, ours):
    a, b = ref.view(np.uint64), ours.view(np.uint64)
    both_nan = np.isnan(ref) & np.isnan(ours)
    return np.nonzero((a != b) & ~both_nan)[0]


def check(names, n, seed, quiet=False, module=None, runner=None, tmp=None, batch=2):
    """Returns {name: (inputs, mismatch_count, first_examples)}; runs node once per batch."""
    results = {}
    for b0 in range(0, len(names), batch):
        group = names[b0:b0 + batch]
        work, refs = [], []
        for name in group:
            rng = np.random.default_rng([seed, FUNCS.index(name) if name in FUNCS else 99])
            x = generate(name, rng, n)
            work.append((name, x))
            refs.append(glibc_eval(name, x))
        outs = ts_eval_all(runner, module, work, tmp)
        for (name, x), ref, ours in zip(work, refs, outs):
            bad = compare(ref, ours)
            xs = x.reshape(-1, ARITY.get(name, 1))
            ex = [([float(v).hex() for v in xs[i]], float(ref[i]).hex(), float(ours[i]).hex()) for i in bad[:5]]
            results[name] = (len(ref), len(bad), ex)
            if not quiet:
                print(f'{name:7s} inputs {len(ref):>10d}  mismatches {len(bad)}', flush=True)
                for e in ex:
                    print('          in', e[0], 'glibc', e[1], 'ours', e[2])
    return results


def golden_trig(names=('sin', 'sinf', 'cosf'), seed=20261202, per_function=3000):
    """Writes test/golden/libm_trig.json: for sin, sinf and cosf, glibc's outputs on the branch
    edges, the specials, the floats nearest to multiples of pi/2 and pi/4 and random draws from
    the generators above (float32 functions stored as float32 bit patterns)."""
    sys.path.insert(0, os.path.join(ROOT, 'scripts', 'golden'))
    from common import enc, write
    cases = []
    for name in names:
        rng = np.random.default_rng([seed, FUNCS.index(name)])
        f32 = name in FLOAT32
        if f32:
            hard = [edges(SINF_EDGES, 6, f32=True), near_pio2_multiples(0, 127, 24, 2),
                    near_pio2_multiples(0, 127, 24, 1, quarter=True)]
        else:
            hard = [edges(SIN_EDGES, 6), near_pio2_multiples(1, 1023, 53, 1),
                    near_pio2_multiples(0, 60, 53, 1, quarter=True)]
        hard = np.concatenate([np.array(SPECIAL)] + hard)
        pool = generate(name, rng, 400_000)
        x = np.concatenate([hard, rng.choice(pool, max(0, per_function - len(hard)), replace=False)])
        if f32:
            x = to_f32_grid(x)
        y = glibc_eval(name, x)
        dt = np.float32 if f32 else np.float64
        cases.append({'fn': name, 'arity': 1, 'x': enc(x.astype(dt)), 'y': enc(y.astype(dt))})
    import platform
    libc = ' '.join(platform.libc_ver())
    write('libm_trig', cases, {'libm': f'libm.so.6 via ctypes ({libc}, {platform.machine()})',
                               'note': 'NaN results match any NaN; written by scripts/libm_oracle.py --golden-trig'})


def pow2_cases(rng):
    """(x, y) with x = +-2^k (pow's logarithm then has r = 0): y integers, halves, draws of every
    scale, and y putting x^y at the overflow and underflow limits and near 2^(j/128)."""
    ks = np.arange(-1074, 1024)
    pairs = []
    for k in ks:
        kk = k if k != 0 else 1
        cand = [1.0, -1.0, 2.0, 0.5, -0.5, 3.0, 1.5, float(rng.integers(-40, 40)),
                rng.standard_normal(), rng.standard_normal() * 1e3, rng.random(), rng.random() * 1e-10,
                1024.0 / kk, -1074.0 / kk, -1022.0 / kk, 1023.999 / kk, (rng.integers(-1000, 1000) / 128) / kk]
        for y in rng.choice(cand, 3, replace=False):
            pairs.append((np.ldexp(1.0, k), y))
    pairs = np.array(pairs)
    neg = pairs[rng.random(len(pairs)) < 0.1].copy()
    neg[:, 0] = -neg[:, 0]
    neg[:, 1] = np.round(neg[:, 1])  # a negative base needs an integer y (else NaN)
    return np.concatenate([pairs, neg])


def write_pow_golden(name, x, note):
    """Writes test/math/<name>.json: glibc's pow(x[i, 0], x[i, 1]) for each row, as little-endian hex."""
    import json
    import platform
    y = glibc_eval('pow', x)
    doc = {'note': note,
           'libm': f"libm.so.6 via ctypes ({' '.join(platform.libc_ver())}, {platform.machine()})",
           'x': x.astype('<f8').tobytes().hex(), 'y': y.astype('<f8').tobytes().hex()}
    with open(os.path.join(ROOT, 'test', 'math', f'{name}.json'), 'w') as fh:
        json.dump(doc, fh, indent=1)
        fh.write('\n')
    print(f'wrote {len(y)} cases')


def golden_pow2():
    """Writes test/math/pow_pow2.json: glibc's pow on pow2_cases."""
    write_pow_golden('pow_pow2', pow2_cases(np.random.default_rng(2)),
                     'glibc pow(x[2i], x[2i+1]) = y[i] for x = +-2^k; written by scripts/libm_oracle.py --golden-pow2')


def golden_pow(cases_file):
    """Writes test/math/pow_fastpath.json: glibc's pow on the given (x, y) pairs (inputs where a
    check of pow's fast path fails, results near a rounding boundary)."""
    x = np.unique(np.fromfile(cases_file, dtype='<f8').reshape(-1, 2), axis=0)
    write_pow_golden('pow_fastpath', x, 'glibc pow(x[2i], x[2i+1]) = y[i] on the inputs of scripts/bench_math_pow.mjs '
                     '--count --cases; written by scripts/libm_oracle.py --golden-pow')


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--n', type=int, default=10_000_000)
    ap.add_argument('--seed', type=int, default=20261125)
    ap.add_argument('--only', default=','.join(FUNCS))
    ap.add_argument('--quiet', action='store_true')
    ap.add_argument('--module', help='already compiled math/index.js (skips the tsc build)')
    ap.add_argument('--golden-trig', action='store_true', help='write test/golden/libm_trig.json and exit')
    ap.add_argument('--golden-pow', metavar='CASES', help='write test/math/pow_fastpath.json and exit')
    ap.add_argument('--golden-pow2', action='store_true', help='write test/math/pow_pow2.json and exit')
    ap.add_argument('--cos-trig-inputs', action='store_true', help="cos draws sin's hard inputs")
    args = ap.parse_args(argv)
    if args.golden_pow2:
        golden_pow2()
        return 0
    if args.golden_pow:
        golden_pow(args.golden_pow)
        return 0
    if args.golden_trig:
        golden_trig([s for s in args.only.split(',') if s in ('sin', 'sinf', 'cosf')]
                    if args.only != ','.join(FUNCS) else ('sin', 'sinf', 'cosf'))
        return 0
    global TRIG_INPUTS_FOR_COS
    TRIG_INPUTS_FOR_COS = args.cos_trig_inputs
    names = [s for s in args.only.split(',') if s]
    tmp = tempfile.mkdtemp(prefix='libm_oracle_')
    try:
        if args.module:
            runner = os.path.join(tmp, 'runner.mjs')
            with open(runner, 'w') as fh:
                fh.write(RUNNER)
            module = os.path.abspath(args.module)
        else:
            runner, module = build_ts(tmp)
        res = check(names, args.n, args.seed, args.quiet, module, runner, tmp,
                    batch=len(names) if args.n <= 1_000_000 else 1)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    total = sum(r[1] for r in res.values())
    print('TOTAL mismatches', total, 'over', ', '.join(f'{k}:{v[1]}/{v[0]}' for k, v in res.items()))
    return 1 if total else 0


if __name__ == '__main__':
    sys.exit(main())
