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
        json.dump(doc, f, separators=(',', ':'))
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
