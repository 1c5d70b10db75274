"""Writes test/engines/parallel_streams.json: numpy's results for examples/parallel_streams.mjs's
spawn tree (SeedSequence(12345).spawn(4), one Generator per child), computed in worker
processes as the README's Python side does. Usage: python3 scripts/engines/parallel_golden.py"""
import json
import os
from concurrent.futures import ProcessPoolExecutor

import numpy as np

OUT = os.path.join(os.path.dirname(__file__), '..', '..', 'test', 'engines', 'parallel_streams.json')
N = 200_000


def simulate(child):
    rng = np.random.default_rng(child)
    x = rng.random(N)
    y = rng.random(N)
    inside = int(np.count_nonzero(x * x + y * y < 1))
    return {'spawn_key': list(child.spawn_key), 'inside': inside, 'pi': 4 * inside / N,
            'first': [x[0].item(), y[0].item()], 'dice': rng.integers(1, 7, 5).tolist()}


if __name__ == '__main__':
    children = np.random.SeedSequence(12345).spawn(4)
    with ProcessPoolExecutor(4) as ex:
        results = list(ex.map(simulate, children))
    with open(OUT, 'w') as f:
        json.dump({'numpy': np.__version__, 'results': results}, f, indent=1)
    print(results)
