"""Digests of CPython's random.Random for the pyrandom cases of the conformance bundle: reads the
calls (test/engines/cases/pyrandom.ts) as JSON on stdin, prints a list of digests in order."""
import hashlib
import json
import random
import struct
import sys


def frame(h, dtype, values, fmt):
    h.update(('%s|%d|' % (dtype, len(values))).encode())
    h.update(struct.pack('<%d%s' % (len(values), fmt), *values))


out = []
for c in json.load(sys.stdin):
    r = random.Random(c['seed'])
    f = getattr(r, c['fn'])
    vals = [f(*c['args']) for _ in range(c['n'])]
    h = hashlib.sha256()
    frame(h, 'int64' if c['int'] else 'float64', vals, 'q' if c['int'] else 'd')
    frame(h, 'float64', [r.random(), r.random()], 'd')
    out.append(h.hexdigest())
json.dump(out, sys.stdout)
