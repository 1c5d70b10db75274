// The Python side of a described call (see calls.ts): the same call run through numpy, encoded
// the same way. `numpy-random check` and scripts/engines/export_expected.mjs feed it JSON on stdin.
export const NUMPY_RUNNER = String.raw`
import hashlib, json, sys
import numpy as np

def arg(v):
    if isinstance(v, list): return [arg(x) for x in v]
    if isinstance(v, dict):
        if 'int' in v: return int(v['int'])
        return np.array(v['f64'], dtype=np.float64).reshape(v['shape'])
    return v

def target(c):
    api, seed = c['api'], c['seed']
    if api == 'legacy': return np.random.RandomState(seed)
    if api == 'facade':
        np.random.seed(seed)
        return np.random
    bg = getattr(np.random, c.get('bitgen') or 'PCG64')(seed)
    return np.random.Generator(bg) if api == 'generator' else bg

def enc(x):
    if isinstance(x, bytes): return 'bytes', [len(x)], x
    a = np.asarray(x)
    name = 'bool' if a.dtype == np.bool_ else a.dtype.name
    return name, list(a.shape), np.ascontiguousarray(a).astype(a.dtype.newbyteorder('<')).tobytes()

def run(c):
    t = target(c)
    args = [arg(v) for v in c['args']]
    kw = {k: arg(v) for k, v in (c.get('kw') or {}).items()}
    if c.get('size') is not None: kw['size'] = tuple(c['size']) if isinstance(c['size'], list) else c['size']
    if c.get('dtype') is not None: kw['dtype'] = c['dtype']
    out = getattr(t, c['method'])(*args, **kw)
    if c['method'] == 'shuffle': out = args[0]
    if c['method'] == 'random_raw' and not isinstance(out, np.ndarray): out = np.uint64(out)
    if c['api'] == 'bitgen': probe = [t.random_raw(2)]
    elif c['api'] == 'generator': probe = [t.random(2)]
    else: probe = [t.random_sample(2), t.standard_normal(1)]
    return [enc(out)] + [enc(p) for p in probe]

def main():
    inp = json.load(sys.stdin)
    res = []
    for c in inp['calls']:
        try:
            parts = run(c)
        except Exception as e:
            res.append({'error': type(e).__name__ + ': ' + str(e)})
            continue
        h = hashlib.sha256()
        for d, s, b in parts:
            h.update(('%s|%s|' % (d, ','.join(map(str, s)))).encode())
            h.update(b)
        d, s, b = parts[0]
        res.append({'dtype': d, 'shape': s, 'digest': h.hexdigest(), 'hex': b.hex() if inp.get('hex') else None})
    json.dump({'numpy': np.__version__, 'results': res}, sys.stdout)

main()
`;
