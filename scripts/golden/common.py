"""Shared encoding for golden files: every value is stored as dtype + shape + raw little-endian
bytes in hex, so the TypeScript side compares bit patterns, never decimal text."""
import hashlib
import json
import os

import numpy as np

ROOT = os.path.join(os.path.dirname(__file__), '..', '..', 'test', 'golden')


def enc(x, dtype=None):
    """Encode a numpy result (scalar or array) as {dtype, shape, hex}."""
    a = np.asarray(x) if dtype is None else np.asarray(x, dtype=dtype)
    if a.dtype == np.bool_:
        a = a.astype(np.uint8)
        name = 'bool'
    else:
        name = a.dtype.name
    shape = list(a.shape)  # before ascontiguousarray, which turns 0-d into shape (1,)
    a = np.ascontiguousarray(a).astype(a.dtype.newbyteorder('<'))
    return {'dtype': name, 'shape': shape, 'hex': a.tobytes().hex()}


def bigints(x):
    """Python ints (or nested containers of them) as decimal strings, for JSON."""
    if isinstance(x, dict):
        return {k: bigints(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [bigints(v) for v in x]
    if isinstance(x, np.ndarray):
        return enc(x)
    if isinstance(x, (bool, np.bool_)):
        return bool(x)
    if isinstance(x, (int, np.integer)):
        return str(int(x))
    if isinstance(x, (float, np.floating)):
        return enc(np.float64(x))
    return x


def legacy_state(rs):
    """RandomState state after a call: pos, sha256 of the key, and the gauss cache."""
    st = rs.get_state(legacy=False)
    key = np.asarray(st['state']['key'], dtype='<u4')
    return {
        'pos': int(st['state']['pos']),
        'key_sha256': hashlib.sha256(key.tobytes()).hexdigest(),
        'has_gauss': int(st['has_gauss']),
        'gauss': enc(np.float64(st['gauss'])),
    }


def bitgen_state(bg):
    """A BitGenerator's numpy state dict with ints as strings and arrays encoded;
    MT19937 keys are hashed like legacy_state."""
    st = bg.state
    if st['bit_generator'] == 'MT19937':
        key = np.asarray(st['state']['key'], dtype='<u4')
        return {'bit_generator': 'MT19937', 'pos': int(st['state']['pos']),
                'key_sha256': hashlib.sha256(key.tobytes()).hexdigest()}
    return bigints(st)


def to_json(x):
    """numpy state -> JSON-able: every integer as a decimal string, ndarrays as lists of them."""
    if isinstance(x, dict):
        return {k: to_json(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [to_json(v) for v in x]
    if isinstance(x, np.ndarray):
        return [str(int(v)) for v in x.ravel().tolist()]
    if isinstance(x, (int, np.integer)) and not isinstance(x, bool):
        return str(int(x))
    return x


def _finite_json(x):
    """NaN and infinities become sentinel strings that test/helpers/golden.ts revives."""
    if isinstance(x, dict):
        return {k: _finite_json(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [_finite_json(v) for v in x]
    if isinstance(x, float) and (x != x or x in (float('inf'), float('-inf'))):
        return '__nan__' if x != x else ('__inf__' if x > 0 else '__-inf__')
    return x


def write(name, cases, meta=None):
    """Write test/golden/<name>.json with the numpy version recorded."""
    path = os.path.join(ROOT, name + '.json')
    os.makedirs(os.path.dirname(path), exist_ok=True)
    doc = _finite_json({'numpy': np.__version__, 'meta': meta or {}, 'cases': cases})
    with open(path, 'w') as f:
        json.dump(doc, f, separators=(',', ':'), allow_nan=False)
    print(f'wrote {path}: {len(cases)} cases')


def capture(fn):
    """Run fn(); return {'value': enc} or {'error': [type, message]}."""
    try:
        v = fn()
    except Exception as e:  # noqa: BLE001 - every numpy error is data here
        return {'error': [type(e).__name__, str(e)]}
    if isinstance(v, (bytes, bytearray)):
        return {'value': enc(np.frombuffer(v, dtype=np.uint8)), 'bytes': True}
    return {'value': enc(v)}
