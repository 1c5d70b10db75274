"""Digests of glibc's results (libm.so.6 via ctypes, the C library numpy runs on) for the math
cases of the conformance bundle: reads {N, specs} as JSON on stdin, draws the same inputs
(PCG64 words shaped into each domain, as test/engines/cases/math.ts does), prints {fn: digest}."""
import ctypes
import hashlib
import json
import sys

import numpy as np

libm = ctypes.CDLL('libm.so.6')
D, F = ctypes.c_double, ctypes.c_float


def inputs(spec, k, n):
    raw = np.random.PCG64(spec['seed'] * 16 + k).random_raw(n).astype(np.uint64)
    lo = raw & np.uint64(0xffffffff)
    hi = raw >> np.uint64(32)
    emin, emax, signed = spec['args'][k]
    span = emax - emin + 1
    sign = (hi & np.uint64(0x80000000)) if signed else np.zeros(n, np.uint64)
    if spec['f32']:
        e = (np.uint64(emin + 127) + ((hi >> np.uint64(23)) & np.uint64(0xff)) % np.uint64(span))
        bits = (sign | (e << np.uint64(23)) | (hi & np.uint64(0x7fffff))).astype(np.uint32)
        return bits.view(np.float32)
    e = (np.uint64(emin + 1023) + ((hi >> np.uint64(20)) & np.uint64(0x7ff)) % np.uint64(span))
    hi2 = sign | (e << np.uint64(20)) | (hi & np.uint64(0xfffff))
    return ((hi2 << np.uint64(32)) | lo).view(np.float64)


def main():
    inp = json.load(sys.stdin)
    n = inp['N']
    out = {}
    for spec in inp['specs']:
        T = F if spec['f32'] else D
        fn = getattr(libm, spec['fn'])
        fn.restype = T
        fn.argtypes = [T] * len(spec['args'])
        xs = [inputs(spec, k, n).tolist() for k in range(len(spec['args']))]
        res = np.array([fn(*a) for a in zip(*xs)], dtype=np.float32 if spec['f32'] else np.float64)
        nan = np.isnan(res)
        res[nan] = np.nan
        b = res.view(np.uint32 if spec['f32'] else np.uint64).copy()
        b[nan] = 0x7fc00000 if spec['f32'] else 0x7ff8000000000000
        out[spec['fn']] = hashlib.sha256(b.astype('<u4' if spec['f32'] else '<u8').tobytes()).hexdigest()
    json.dump(out, sys.stdout)


main()
