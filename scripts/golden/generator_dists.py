"""Golden vectors for Generator's distributions (Generator(MT19937(seed))).

generator_dists_shared.json: the samplers shared with RandomState, one call per element
(numpy's Generator method with size=n equals n sampler calls with the same parameters).
generator_dists.json: every Generator distribution method, called as numpy's API."""
import math

import numpy as np
from numpy.random import MT19937, Generator

from common import bitgen_state, capture, enc, write

SEEDS = [0, 1, 12345, 2**31 + 7, 987654321]


def loggam(x):
    """numpy's random_loggam, evaluated in Python doubles with the C library's log."""
    a = [8.333333333333333e-02, -2.777777777777778e-03, 7.936507936507937e-04,
         -5.952380952380952e-04, 8.417508417508418e-04, -1.917526917526918e-03,
         6.410256410256410e-03, -2.955065359477124e-02, 1.796443723688307e-01,
         -1.39243221690590e+00]
    if x == 1.0 or x == 2.0:
        return 0.0
    n = int(7 - x) if x < 7.0 else 0
    x0 = x + n
    x2 = (1.0 / x0) * (1.0 / x0)
    gl0 = a[9]
    for k in range(8, -1, -1):
        gl0 *= x2
        gl0 += a[k]
    gl = gl0 / x0 + 0.5 * 1.8378770664093453 + (x0 - 0.5) * math.log(x0) - x0
    if x < 7.0:
        for _ in range(1, n + 1):
            gl -= math.log(x0 - 1.0)
            x0 -= 1.0
    return gl


# sampler name, how to call numpy, parameter sets (uniform's are low, high)
SHARED = [
    ('randomStandardUniform', lambda g, p, n: g.random(n), [[]]),
    ('randomUniform', lambda g, p, n: g.uniform(p[0], p[1], n), [[0.0, 1.0], [-3.5, 10.25], [1e10, 1e10 + 1e-3]]),
    ('randomPoisson', lambda g, p, n: g.poisson(p[0], n),
     [[0.0], [0.5], [3.7], [9.999], [10.0], [47.3], [1234.5], [1e12]]),
    ('randomLaplace', lambda g, p, n: g.laplace(p[0], p[1], n), [[0.0, 1.0], [2.5, 0.3], [-1e3, 7.0]]),
    ('randomGumbel', lambda g, p, n: g.gumbel(p[0], p[1], n), [[0.0, 1.0], [2.5, 0.3], [-1e3, 7.0]]),
    ('randomLogistic', lambda g, p, n: g.logistic(p[0], p[1], n), [[0.0, 1.0], [2.5, 0.3], [-1e3, 7.0]]),
    ('randomTriangular', lambda g, p, n: g.triangular(p[0], p[1], p[2], n),
     [[0.0, 0.5, 1.0], [-2.0, -2.0, 3.0], [1.0, 4.0, 4.0], [-10.0, 3.3, 7.1]]),
    ('randomGeometric', lambda g, p, n: g.geometric(p[0], n),
     [[1.0], [0.9], [0.5], [1 / 3], [0.3], [0.01], [1e-9]]),
]


def shared_cases():
    cases = []
    for name, call, psets in SHARED:
        for pi, p in enumerate(psets):
            for seed in SEEDS:
                g = Generator(MT19937(seed))
                n = 200
                v = call(g, p, n)
                cases.append({'id': f'{name}/{pi}/{seed}', 'sampler': name, 'params': p, 'seed': seed,
                              'n': n, 'value': enc(np.asarray(v).astype(np.float64)),
                              'state': bitgen_state(g.bit_generator)})
    xs = [1.0, 2.0, 0.5, 1e-3, 3.25, 6.999, 7.0, 7.5, 11.0, 101.0, 1e6, 1e15, 123456.789]
    cases.append({'id': 'randomLoggam', 'sampler': 'randomLoggam', 'params': [], 'seed': 0, 'n': len(xs),
                  'xs': enc(np.array(xs)), 'value': enc(np.array([loggam(x) for x in xs]))})
    return cases


def main():
    write('generator_dists_shared', shared_cases(), {'bitgen': 'MT19937', 'seeds': SEEDS})


if __name__ == '__main__':
    main()
