"""Golden vectors for numpy-random/torch, exported from PyTorch's CPU generator.

Run with Debian's interpreter, which has python3-torch (torch 1.13.1):
    /usr/bin/python3 scripts/golden/torch_export.py
It writes test/golden/torch.json (torch's default AVX2 kernels) and, re-running itself under
ATEN_CPU_CAPABILITY=default, test/golden/torch_default.json. Every value is stored as its
little-endian bytes in hex (outputs over 32 elements as a sha256 plus the first and last 8),
and every call records the sha256 of torch.get_rng_state() after it.
When imported by scripts/export_golden.py under an interpreter without torch, main() skips."""
import hashlib
import json
import os
import random
import subprocess
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'test', 'golden')
SEEDS = [0, 42, 2**32 + 5, 2**63 - 1]
SIZES = [1, 15, 16, 17, 1000, 100000]
FLOATS = ['float32', 'float64', 'float16', 'bfloat16']
INTS = ['int8', 'int16', 'int32', 'int64', 'uint8', 'bool']


def f32(x):
    import struct
    return struct.unpack('<f', struct.pack('<f', x))[0]


def cases(kernel):
    rnd = random.Random(17)
    out = []

    def add(seed, *calls):
        out.append({'seed': str(seed), 'calls': list(calls)})

    big_seeds = SEEDS[:2]
    for seed in SEEDS:
        for n in SIZES:
            if n == 100000 and seed not in big_seeds:
                continue
            if n == 100000 and seed != 0:  # the second big seed: float32 rand and randn only, to keep the tests fast
                add(seed, {'op': 'rand', 'size': [n], 'dtype': 'float32'})
                add(seed, {'op': 'randn', 'size': [n], 'dtype': 'float32'})
                continue
            for d in FLOATS:
                add(seed, {'op': 'rand', 'size': [n], 'dtype': d})
                add(seed, {'op': 'randn', 'size': [n], 'dtype': d})
                add(seed, {'op': 'uniform_', 'size': [n], 'dtype': d, 'a': -2.5, 'b': 7.25})
                add(seed, {'op': 'normal_', 'size': [n], 'dtype': d, 'a': 1.5, 'b': 0.75})
                add(seed, {'op': 'log_normal_', 'size': [n], 'dtype': d, 'a': 0.5, 'b': 0.25})
                add(seed, {'op': 'cauchy_', 'size': [n], 'dtype': d, 'a': 1.5, 'b': 0.75})
                if kernel == 'default':
                    continue
                add(seed, {'op': 'exponential_', 'size': [n], 'dtype': d, 'a': 1.5})
                add(seed, {'op': 'geometric_', 'size': [n], 'dtype': d, 'a': 0.3})
                add(seed, {'op': 'bernoulli_', 'size': [n], 'dtype': d, 'a': 0.3})
                add(seed, {'op': 'random_', 'size': [n], 'dtype': d, 'args': []})
                if n <= 1000:
                    add(seed, {'op': 'cauchy_', 'size': [n], 'dtype': d, 'args': []})
                    add(seed, {'op': 'cauchy_', 'size': [n], 'dtype': d, 'args': [-3.0, -0.5]})
            if kernel == 'default' or n == 100000:
                continue
            for d in INTS + ['float32', 'float64', 'float16', 'bfloat16', None]:
                lo, hi = (0, 2) if d == 'bool' else (0, 200) if d == 'uint8' else (-100, 100)
                add(seed, {'op': 'randint', 'low': lo, 'high': hi, 'size': [n], 'dtype': d})
                if d != 'bool':
                    add(seed, {'op': 'random_', 'size': [n], 'dtype': d or 'float32', 'args': [7]})
                    add(seed, {'op': 'random_', 'size': [n], 'dtype': d or 'float32', 'args': [3, None]})
                add(seed, {'op': 'random_', 'size': [n], 'dtype': d or 'float32', 'args': []})
                add(seed, {'op': 'geometric_', 'size': [n], 'dtype': d or 'float32', 'a': 0.05})
                add(seed, {'op': 'bernoulli_', 'size': [n], 'dtype': d or 'float32', 'a': 0.6})
                if d in INTS:
                    add(seed, {'op': 'cauchy_', 'size': [n], 'dtype': d, 'a': 0.0, 'b': 1.0})
            for d in ['int64', 'float64', None]:
                add(seed, {'op': 'randint', 'low': -5, 'high': 2**33 + 7, 'size': [n], 'dtype': d})
                add(seed, {'op': 'randint', 'low': 0, 'high': 2**52 + 3, 'size': [n], 'dtype': d})
            add(seed, {'op': 'randint', 'low': -2**62, 'high': 2**62 + 11, 'size': [n], 'dtype': 'int64'})
            add(seed, {'op': 'random_', 'size': [n], 'dtype': 'int64', 'args': [-2**63, None]})
            add(seed, {'op': 'random_', 'size': [n], 'dtype': 'float32', 'args': [-2**63, None]})
            add(seed, {'op': 'random_', 'size': [n], 'dtype': 'float32', 'args': [2**24 + 5]})
            add(seed, {'op': 'random_', 'size': [n], 'dtype': 'float32', 'args': [-2**40, 2**40]})
        if kernel == 'avx2':
            for n in SIZES:
                if n == 100000 and seed not in big_seeds:
                    continue
                add(seed, {'op': 'randperm', 'n': n, 'dtype': None})
                if n <= 2049:
                    add(seed, {'op': 'randperm', 'n': n, 'dtype': 'float16'})
                add(seed, {'op': 'randperm', 'n': n, 'dtype': 'int32'})
    # the cached second normal, and calls that interleave with it
    for seed in SEEDS:
        add(seed, {'op': 'randn', 'size': [3], 'dtype': 'float32'}, {'op': 'randn', 'size': [3], 'dtype': 'float32'})
        add(seed, {'op': 'randn', 'size': [1], 'dtype': 'float32'}, {'op': 'rand', 'size': [2], 'dtype': 'float32'},
            {'op': 'randn', 'size': [1], 'dtype': 'float64'}, {'op': 'randn', 'size': [20], 'dtype': 'float32'},
            {'op': 'randn', 'size': [1], 'dtype': 'float32'})
        add(seed, {'op': 'log_normal_', 'size': [3], 'dtype': 'float32', 'a': 0.0, 'b': 1.0},
            {'op': 'normal_', 'size': [5], 'dtype': 'float64', 'a': -1.0, 'b': 3.0})
        add(seed, {'op': 'randn', 'size': [2, 3, 5], 'dtype': 'float32'}, {'op': 'randn', 'size': [], 'dtype': 'float32'})
        add(seed, {'op': 'normal_size', 'a': 2.0, 'b': 0.5, 'size': [33]}, {'op': 'normal_size', 'a': 2.0, 'b': 0.5, 'size': [7]})
    if kernel == 'default':
        return out
    # tensor parameters
    for seed in SEEDS:
        for d in ['float32', 'float64']:
            for k in [1, 5, 17, 300]:
                p = [f32(rnd.random()) for _ in range(k)]
                add(seed, {'op': 'bernoulli', 'p': p, 'dtype': d})
                add(seed, {'op': 'bernoulli_t', 'p': p, 'dtype': d})
                w = [f32(rnd.random() * 3) if rnd.random() > 0.2 else 0.0 for _ in range(k)]
                w[0] = 0.75
                for n_s, repl in [(1, False), (1, True), (min(k, 3), False), (7, True), (k, False)]:
                    add(seed, {'op': 'multinomial', 'p': w, 'dtype': d, 'n': n_s, 'replacement': repl})
                rates = [f32(rnd.choice([0.0, rnd.random() * 3, rnd.random() * 9.9, 10 + rnd.random() * 40, 1000 * rnd.random()])) for _ in range(k)]
                add(seed, {'op': 'poisson', 'rates': rates, 'dtype': d})
                mean = [f32(rnd.uniform(-3, 3)) for _ in range(k)]
                std = [f32(rnd.uniform(0, 2)) for _ in range(k)]
                add(seed, {'op': 'normal_t', 'mean': mean, 'std': std, 'dtype': d})
                add(seed, {'op': 'normal_t', 'mean': 0.5, 'std': std, 'dtype': d})
                add(seed, {'op': 'normal_t', 'mean': mean, 'std': 1.25, 'dtype': d})
            w = [f32(rnd.random()) for _ in range(6)]
            add(seed, {'op': 'multinomial', 'p': [w[:3], w[3:]], 'dtype': d, 'n': 2, 'replacement': False})
            # ties: past the non-zero categories the zeros come out in the order libstdc++'s
            # partial_sort (n * 64 <= k) or nth_element + sort leave them
            for k, nz, n_s in [(300, 2, 4), (1000, 3, 15), (640, 1, 10), (300, 50, 120), (300, 50, 300),
                               (40, 5, 40), (17, 0, 17), (64, 8, 63), (2000, 30, 1999), (33, 16, 20)]:
                ww = [0.0] * k
                for j in rnd.sample(range(k), nz):
                    ww[j] = f32(rnd.random() + 0.01)
                if nz == 0:
                    ww = [1.0] * k  # all equal: every q differs, but p / q ties are possible only by chance
                add(seed, {'op': 'multinomial', 'p': ww, 'dtype': d, 'n': n_s, 'replacement': False})
            add(seed, {'op': 'multinomial', 'p': [w[:3], w[3:]], 'dtype': d, 'n': 4, 'replacement': True})
    out.extend(fix_cases())
    return out


def tensor_spec(values, dtype, shape=None):
    """A tensor argument: its values as torch holds them in `dtype` (so that no second rounding can
    differ), non-finite ones as the strings 'inf', '-inf', 'nan' (JSON has no such numbers)."""
    import torch
    t = torch.tensor(values, dtype=getattr(torch, dtype))
    if shape is not None:
        t = t.reshape(shape)
    vals = t.reshape(-1).double().tolist() if t.is_floating_point() else t.reshape(-1).tolist()
    enc = [v if isinstance(v, int) or (v == v and abs(v) != float('inf')) else ('nan' if v != v else 'inf' if v > 0 else '-inf') for v in vals]
    return {'dtype': dtype, 'shape': list(t.shape), 'values': enc}


def tensor_of(torch, spec):
    vals = [float(v) if isinstance(v, str) else v for v in spec['values']]
    return torch.tensor(vals, dtype=getattr(torch, spec['dtype'])).reshape(spec['shape'])


def fix_cases():
    """Cases for the fixes found by fuzzing against torch 1.13.1: multinomial's Gumbel path in the
    probabilities' own dtype (bfloat16 quotients tie), poisson's int64 cast of huge rates, errors
    raised in torch's order (and the draws torch makes before a bad element), bernoulli_ with a p
    that expands to the target's shape."""
    rnd = random.Random(23)
    out = []

    def add(seed, *calls):
        out.append({'seed': str(seed), 'calls': list(calls)})

    T = tensor_spec
    # multinomial: bfloat16 p / q ties go to the first index; float32 and float64 round in their own precision
    add(549, {'op': 'multinomial_t', 'p': T([4.375, 1.0, 55.25], 'bfloat16'), 'n': 1, 'replacement': False})
    add(604, {'op': 'multinomial_t', 'p': T([0.0615234375, 5.09375], 'bfloat16'), 'n': 2, 'replacement': False})
    for i in range(40):
        k = rnd.choice([2, 3, 5, 8, 40])
        vals = [rnd.choice([0.0, rnd.random(), rnd.random() * 100, 1.0, rnd.random() * 1e-3]) for _ in range(k)]
        vals[0] = vals[0] or 1.0
        n = rnd.randrange(1, k + 1)
        seed = rnd.randrange(1000)
        for d in ['bfloat16', 'float32', 'float64']:
            for repl in [False, True]:
                add(seed, {'op': 'multinomial_t', 'p': T(vals, d), 'n': n, 'replacement': repl})
    add(7, {'op': 'multinomial_t', 'p': T([[4.375, 1.0, 55.25, 3.0], [1.0, 1.0, 2.0, 0.5]], 'bfloat16'), 'n': 3, 'replacement': False})
    # with replacement each row is checked just before its draws
    for d in ['float32', 'float64', 'bfloat16']:
        add(3, {'op': 'multinomial_t', 'p': T([[0.5, 0.25, 1.0], [0.0, 0.0, 0.0]], d), 'n': 2, 'replacement': True})
        add(3, {'op': 'multinomial_t', 'p': T([[0.5, 0.25, 1.0], [1.0, -1.0, 0.0]], d), 'n': 1, 'replacement': True})
        add(3, {'op': 'multinomial_t', 'p': T([[0.5, 0.25, 1.0], [1.0, float('inf'), 0.0]], d), 'n': 3, 'replacement': True})
    for n, repl in [(1, False), (2, True), (1, True), (3, False)]:
        add(5, {'op': 'multinomial_t', 'p': T([1.0, 2.0, 0.5], 'float16'), 'n': n, 'replacement': repl})
    add(5, {'op': 'multinomial_t', 'p': T([1.0, -1.0], 'float16'), 'n': 1, 'replacement': False})
    add(5, {'op': 'multinomial_t', 'p': T([0.0, 0.0], 'float16'), 'n': 1, 'replacement': True})
    add(5, {'op': 'multinomial_t', 'p': T([1.0, 2.0], 'float16'), 'n': 3, 'replacement': False})
    # poisson: (int64_t)floor(...) of a huge rate is INT64_MIN, which the first test may return
    for d in ['float32', 'float64', 'bfloat16']:
        for seed in [0, 1, 2, 9]:
            add(seed, {'op': 'poisson_t', 'rates': T([2.0**63, 2.0**63, 9.3e18, 2.0**62, 1e19, float('inf'),
                                                       1e300 if d == 'float64' else 3e38, 5e9, 1.0], d)})
        add(4, {'op': 'poisson_t', 'rates': T([44.7, 8.5, 0.0, -1.0, 3.0], d)})  # draws before the bad rate
        add(4, {'op': 'poisson_t', 'rates': T([44.7, float('nan')], d)})
    add(4, {'op': 'poisson_t', 'rates': T([1.0, 2.0], 'float16')})
    add(4, {'op': 'poisson_t', 'rates': T([-1.0], 'float16')})
    add(4, {'op': 'poisson_t', 'rates': T([1, 2], 'int32')})
    # bernoulli_ with p expanded to the target's shape, drawn in the target's C order
    for d in ['float32', 'float64', 'bfloat16', 'int32', 'bool']:
        for pd in ['float32', 'float64', 'bfloat16']:
            add(11, {'op': 'bernoulli_tt', 'size': [3, 4], 'dtype': d, 'p': T([0.1, 0.5, 0.9, 0.3], pd)})
            add(11, {'op': 'bernoulli_tt', 'size': [3, 4], 'dtype': d, 'p': T([0.2, 0.7, 0.45], pd, [3, 1])})
    for size, pv, pshape in [([2, 3, 4], [0.25, 0.5, 0.75], [3, 1]), ([2, 3, 4], [0.3, 0.6], [2, 1, 1]), ([5, 1, 3], [0.1, 0.2, 0.3, 0.4], [4, 1]),
                             ([], [0.5], [1]), ([1], [0.5], []), ([], [0.3], []), ([3, 4], [0.5, 0.5, 0.5], [3]),
                             ([3], [0.5, 0.5, 0.5], [3, 1]), ([4], [0.5, 0.5], [2]), ([2, 3], [0.5] * 6, [3, 2]), ([0, 3], [0.5], [1])]:
        add(12, {'op': 'bernoulli_tt', 'size': size, 'dtype': 'float32', 'p': T(pv, 'float64', pshape)})
    # bernoulli_'s errors in torch's order: the target's dtype, p's expansion, p's dtype, then each p as it is drawn
    add(13, {'op': 'bernoulli_tt', 'size': [3], 'dtype': 'float32', 'p': T([0.5, 0.5, 0.5], 'float16')})
    add(13, {'op': 'bernoulli_tt', 'size': [4], 'dtype': 'float32', 'p': T([0.5, 0.5, 0.5], 'float16')})
    add(13, {'op': 'bernoulli_tt', 'size': [4], 'dtype': 'float16', 'p': T([1, 0, 1], 'int32')})
    add(13, {'op': 'bernoulli_tt', 'size': [3], 'dtype': 'float32', 'p': T([1, 0, 1], 'int32')})
    add(13, {'op': 'bernoulli_tt', 'size': [2], 'dtype': 'int16', 'p': T([0.5, 0.5], 'float16')})
    for pd in ['float32', 'float64', 'bfloat16']:
        add(13, {'op': 'bernoulli_tt', 'size': [2, 2], 'dtype': 'float32', 'p': T([0.5, 0.2, 1.5, 0.3], pd, [2, 2])})
        add(13, {'op': 'bernoulli_tt', 'size': [3, 2], 'dtype': 'int64', 'p': T([0.5, float('nan')], pd)})
        add(13, {'op': 'bernoulli_p', 'p': T([0.5, 0.2, -0.5, 0.3], pd)})
    add(14, {'op': 'bernoulli_p', 'p': T([1, 0, 1], 'int32')})
    add(14, {'op': 'bernoulli_p', 'p': T([0.5, 0.5], 'float16')})
    add(14, {'op': 'bernoulli_p', 'p': T([0.5, 0.25, 1.0, 0.0, 0.75, 0.5], 'bfloat16', [2, 3])})
    # normal: the output's dtype (mean's, else std's) must be floating; a number mean must fit it
    I = lambda v: T(v, 'int32')
    for m, sd in [(I([1, 2, 3]), 1.0), (1.0, I([1, 2, 3])), (I([1, 2, 3]), T([1.0, 1.0, 1.0], 'float32')),
                  (T([1.0, 2.0, 3.0], 'float32'), I([1, 2, 3])), (I([1, 2, 3]), -1.0), (1.0, I([-1, 2, 3])),
                  (T([1, 2], 'int64'), 1.0), (3.0, T([1, 1], 'int64')), (1e10, I([1, 1])), (float('nan'), I([1, 1])),
                  (70000.0, T([1.0, 1.0], 'float16')), (65504.0, T([1.0, 1.0], 'float16')), (65504.5, T([1.0, 1.0], 'float16')),
                  (-70000.0, T([1.0, 1.0], 'float16')), (float('inf'), T([1.0, 1.0], 'float16')), (float('nan'), T([1.0, 1.0], 'float16')),
                  (70000.0, T([-1.0, 1.0], 'float16')), (1e39, T([1.0, 1.0], 'float32')), (-3.4028235e38, T([1.0, 1.0], 'float32')),
                  (3.4028234663852886e38, T([1.0, 1.0], 'float32')), (3.3896e38, T([1.0, 1.0], 'bfloat16')),
                  (3.3895313892515355e38, T([1.0, 1.0], 'bfloat16')), (1e300, T([1.0, 1.0], 'float64')),
                  (T([1.0, 1.0], 'float16'), 70000.0)]:
        num = (lambda v: v if not isinstance(v, float) or (v == v and abs(v) != float('inf')) else str(v))
        add(15, {'op': 'normal_tt', 'mean': num(m), 'std': num(sd)})
    # randperm: no bool at any n; bfloat16 without a limit; float16's n - 1 must fit a Half first
    for n in [0, 1, 2, 3, 300]:
        add(16, {'op': 'randperm', 'n': n, 'dtype': 'bool'})
    for n in [257, 258, 300, 3000]:
        add(16, {'op': 'randperm', 'n': n, 'dtype': 'bfloat16'})
    for n in [2049, 2050, 65505, 65506, 70000]:
        add(16, {'op': 'randperm', 'n': n, 'dtype': 'float16'})
    add(16, {'op': 'randperm', 'n': 2**24 + 2, 'dtype': 'float32'})
    return out


def run_call(torch, c):
    dt = (lambda name: getattr(torch, name) if name else None)
    op = c['op']
    if op == 'rand':
        return torch.rand(c['size'], dtype=dt(c['dtype']))
    if op == 'randn':
        return torch.randn(c['size'], dtype=dt(c['dtype']))
    if op == 'randint':
        kw = {'dtype': dt(c['dtype'])} if c['dtype'] else {}
        return torch.randint(c['low'], c['high'], c['size'], **kw)
    if op == 'randperm':
        kw = {'dtype': dt(c['dtype'])} if c['dtype'] else {}
        return torch.randperm(c['n'], **kw)
    if op == 'normal_size':
        return torch.normal(c['a'], c['b'], c['size'])
    if op in ('uniform_', 'normal_', 'log_normal_', 'exponential_', 'geometric_', 'bernoulli_', 'random_', 'cauchy_'):
        t = torch.empty(c['size'], dtype=dt(c['dtype']))
        if 'args' in c:
            return getattr(t, op)(*c['args'])
        args = [c['a']] + ([c['b']] if 'b' in c else [])
        return getattr(t, op)(*args)
    if op == 'bernoulli':
        return torch.bernoulli(torch.tensor(c['p'], dtype=dt(c['dtype'])))
    if op == 'bernoulli_t':
        p = torch.tensor(c['p'], dtype=dt(c['dtype']))
        return torch.empty(len(c['p']), dtype=dt(c['dtype'])).bernoulli_(p)
    if op == 'multinomial':
        return torch.multinomial(torch.tensor(c['p'], dtype=dt(c['dtype'])), c['n'], c['replacement'])
    if op == 'poisson':
        return torch.poisson(torch.tensor(c['rates'], dtype=dt(c['dtype'])))
    if op == 'normal_t':
        m = c['mean'] if isinstance(c['mean'], float) else torch.tensor(c['mean'], dtype=dt(c['dtype']))
        s = c['std'] if isinstance(c['std'], float) else torch.tensor(c['std'], dtype=dt(c['dtype']))
        return torch.normal(m, s)
    if op == 'multinomial_t':
        return torch.multinomial(tensor_of(torch, c['p']), c['n'], c['replacement'])
    if op == 'poisson_t':
        return torch.poisson(tensor_of(torch, c['rates']))
    if op == 'bernoulli_tt':
        return torch.empty(c['size'], dtype=dt(c['dtype'])).bernoulli_(tensor_of(torch, c['p']))
    if op == 'bernoulli_p':
        return torch.bernoulli(tensor_of(torch, c['p']))
    if op == 'normal_tt':
        arg = (lambda v: float(v) if isinstance(v, (float, str)) else tensor_of(torch, v))
        return torch.normal(arg(c['mean']), arg(c['std']))
    raise ValueError(op)


def encode(torch, t):
    name = str(t.dtype).replace('torch.', '')
    flat = t.reshape(-1)
    if t.dtype in (torch.float16, torch.bfloat16):
        raw = flat.view(torch.int16).numpy().tobytes()
        width = 2
    elif t.dtype == torch.bool:
        raw = flat.to(torch.uint8).numpy().tobytes()
        width = 1
    else:
        raw = flat.numpy().astype(flat.numpy().dtype.newbyteorder('<')).tobytes()
        width = t.element_size()
    r = {'dtype': name, 'shape': list(t.shape), 'n': flat.numel()}
    if flat.numel() <= 32:
        r['hex'] = raw.hex()
    else:
        r['sha256'] = hashlib.sha256(raw).hexdigest()
        r['head'] = raw[:8 * width].hex()
        r['tail'] = raw[-8 * width:].hex()
    return r


def js_ints(x):
    """Integers beyond 2**53 as decimal strings (JSON numbers would lose them in JavaScript)."""
    if isinstance(x, dict):
        return {k: js_ints(v) for k, v in x.items()}
    if isinstance(x, list):
        return [js_ints(v) for v in x]
    if isinstance(x, int) and not isinstance(x, bool) and abs(x) > 2**53:
        return str(x)
    return x


def export(kernel):
    import torch
    torch.set_num_threads(1)
    cap = 'AVX2' if kernel == 'avx2' else 'NO AVX'
    assert f'CPU capability usage: {cap}' in torch.__config__.show(), torch.__config__.show()
    rows = []
    for case in cases(kernel):
        torch.manual_seed(int(case['seed']))
        results = []
        for c in case['calls']:
            try:
                r = encode(torch, run_call(torch, c))
            except RuntimeError as e:
                r = {'error': 'RuntimeError', 'message': str(e).split('\n')[0]}
            r['state_sha256'] = hashlib.sha256(torch.get_rng_state().numpy().tobytes()).hexdigest()
            results.append(r)
        rows.append({**case, 'calls': [js_ints(c) for c in case['calls']], 'results': results})
    # one full state, to check the byte layout itself
    torch.manual_seed(2**63 - 1)
    torch.randn(3)
    state = torch.get_rng_state().numpy().tobytes().hex()
    doc = {'torch': torch.__version__, 'kernel': kernel, 'state_after_randn3_seed_2_63_1': state, 'cases': rows}
    name = 'torch.json' if kernel == 'avx2' else 'torch_default.json'
    with open(os.path.join(ROOT, name), 'w') as f:
        json.dump(doc, f, separators=(',', ':'), allow_nan=False)
    print(f'{name}: {len(rows)} cases, torch {torch.__version__}')


def main():
    try:
        import torch  # noqa: F401
    except ImportError:
        print('torch_export: skipped (no torch here; run it with /usr/bin/python3, which has python3-torch)')
        return
    if os.environ.get('ATEN_CPU_CAPABILITY') == 'default':
        export('default')
        return
    export('avx2')
    env = dict(os.environ, ATEN_CPU_CAPABILITY='default')
    subprocess.run([sys.executable, os.path.abspath(__file__)], env=env, check=True)


if __name__ == '__main__':
    main()
