"""Writes test/cli/golden.json: numpy's output for the CLI commands the tests run (json text as
json.dumps(np.asarray(result).tolist()), .npy bytes as np.save writes them, and state files in
the README's to_json form). Usage: python3 scripts/engines/cli_golden.py"""
import io
import json
import os

import numpy as np

OUT = os.path.join(os.path.dirname(__file__), '..', '..', 'test', 'cli', 'golden.json')


def to_json(x):
    if isinstance(x, dict): return {k: to_json(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)): return [to_json(v) for v in x]
    if isinstance(x, np.ndarray): return [str(int(v)) for v in x.ravel().tolist()]
    if isinstance(x, (int, np.integer)) and not isinstance(x, bool): return str(int(x))
    return x


def text(x):
    if isinstance(x, bytes): return json.dumps(list(x))
    return json.dumps(np.asarray(x).tolist())


def npy(x):
    f = io.BytesIO()
    np.save(f, np.asarray(x))
    return f.getvalue().hex()


def main():
    G = np.random.Generator
    cases = [
        (['--legacy', '--seed', '42', 'normal', '0', '1', '--size', '3,2'], lambda: np.random.RandomState(42).normal(0, 1, size=(3, 2))),
        (['--seed', '7', 'integers', '0', '10', '--size', '5'], lambda: np.random.default_rng(7).integers(0, 10, size=5)),
        (['--legacy', '--seed', '42', 'rand', '3'], lambda: np.random.RandomState(42).rand(3)),
        (['--legacy', '--seed', '5', 'randint', '-3', '3', '--size', '4', '--dtype', 'int8'], lambda: np.random.RandomState(5).randint(-3, 3, size=4, dtype='int8')),
        (['--legacy', '--seed', '5', 'randint', '0', '2', '--size', '6', '--dtype', 'bool'], lambda: np.random.RandomState(5).randint(0, 2, size=6, dtype=bool)),
        (['--seed', '9', '--bitgen', 'Philox', 'random', '--size', '2,2', '--dtype', 'float32'], lambda: G(np.random.Philox(9)).random(size=(2, 2), dtype=np.float32)),
        (['--seed', '9', '--bitgen', 'SFC64', 'choice', '10', '3', '--replace', 'False'], lambda: G(np.random.SFC64(9)).choice(10, 3, replace=False)),
        (['--seed', '9', '--bitgen', 'MT19937', 'integers', '0', '6', '--endpoint', 'True', '--size', '8'], lambda: G(np.random.MT19937(9)).integers(0, 6, endpoint=True, size=8)),
        (['--seed', '3', '--bitgen', 'PCG64DXSM', 'random_raw', '--size', '3'], lambda: np.random.PCG64DXSM(3).random_raw(size=3)),
        (['--seed', '3', 'random_raw'], lambda: np.random.PCG64(3).random_raw()),
        (['--seed', '11', 'multinomial', '20', '[0.2,0.3,0.5]', '--size', '2'], lambda: np.random.default_rng(11).multinomial(20, [0.2, 0.3, 0.5], size=2)),
        (['--legacy', '--seed', '11', 'choice', '5', '4', '--p', '[0.1,0.2,0.3,0.2,0.2]'], lambda: np.random.RandomState(11).choice(5, 4, p=[0.1, 0.2, 0.3, 0.2, 0.2])),
        (['--legacy', '--seed', '1', 'standard_gamma', '0.5'], lambda: np.random.RandomState(1).standard_gamma(0.5)),
        (['--seed', '1', 'exponential', '--size', '3', '--scale', '1e-6'], lambda: np.random.default_rng(1).exponential(size=3, scale=1e-6)),
        (['--legacy', '--seed', '2', 'integers', '0', '3'], None),
        (['--seed', '2', 'bytes', '5'], lambda: np.random.default_rng(2).bytes(5)),
        (['--legacy', '--seed', '4', 'poisson', '[1.0,50.0]', '--size', '3,2'], lambda: np.random.RandomState(4).poisson([1.0, 50.0], size=(3, 2))),
    ]
    out = {'numpy': np.__version__, 'json': [], 'npy': [], 'state': []}
    for argv, fn in cases:
        if fn is None:
            continue
        r = fn()
        out['json'].append({'argv': argv, 'stdout': text(r) + '\n'})
        if not isinstance(r, bytes):
            out['npy'].append({'argv': argv + ['--format', 'npy'], 'hex': npy(r if not isinstance(r, int) or argv[-1] != 'random_raw' else np.uint64(r))})
    # --state: continue a Python stream; --save-state: the state numpy has after the same call
    rs = np.random.RandomState(77)
    rs.standard_normal(3)  # leaves a cached gaussian
    st = json.dumps(to_json(rs.get_state(legacy=False)), separators=(',', ':'))
    after = rs.standard_normal(5)
    out['state'].append({'legacy': True, 'state': st, 'argv': ['standard_normal', '--size', '5'], 'stdout': text(after) + '\n',
                         'saved': json.dumps(to_json(rs.get_state(legacy=False)), separators=(',', ':'))})
    bg = np.random.Philox(78)
    G(bg).random(4)
    st = json.dumps(to_json(bg.state), separators=(',', ':'))
    after = G(bg).normal(2.0, 3.0, size=3)
    out['state'].append({'legacy': False, 'state': st, 'argv': ['normal', '2', '3', '--size', '3'], 'stdout': text(after) + '\n',
                         'saved': json.dumps(to_json(bg.state), separators=(',', ':'))})
    with open(OUT, 'w') as f:
        json.dump(out, f, indent=1)
    print(f"cli golden: {len(out['json'])} json, {len(out['npy'])} npy, {len(out['state'])} state cases")


if __name__ == '__main__':
    main()
