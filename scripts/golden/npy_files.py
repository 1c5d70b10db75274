"""test/golden/npy/: .npy and .npz files written by numpy, their decoded values, and bad files.
manifest.json lists every file with the dtype, shape and C-order bytes numpy loads from it,
or (for bad files) the reason numpy-random/npy must refuse it."""
import io
import json
import os
import zipfile

import numpy as np

from common import enc

OUT = os.path.join(os.path.dirname(__file__), '..', '..', 'test', 'golden', 'npy')
DTYPES = ['bool', 'float16', 'float32', 'float64', 'int8', 'int16', 'int32', 'int64',
          'uint8', 'uint16', 'uint32', 'uint64']
SHAPES = [(), (0,), (7,), (3, 4), (2, 3, 4), (1, 5), (4, 0, 2)]


def values(rng, dtype, shape):
    n = int(np.prod(shape))
    dt = np.dtype(dtype)
    if dt.kind == 'b':
        a = rng.random(n) < 0.5
    elif dt.kind == 'f':
        a = rng.standard_normal(n).astype(dt) * dt.type(100)
        specials = [np.nan, -0.0, np.inf, -np.inf, np.finfo(dt).tiny / 4, np.finfo(dt).max]
        for i, s in enumerate(specials[:n]):
            a[(i * 5) % n] = s
        if n > 6:  # a NaN with a payload: the bits must survive
            bits = a.view(np.dtype(f'u{dt.itemsize}'))
            bits[n - 1] = (np.array(np.nan, dt).view(bits.dtype) | 1)
    else:
        info = np.iinfo(dt)
        a = rng.integers(info.min, info.max, size=n, dtype=dt, endpoint=True)
        if n >= 2:
            a[0], a[-1] = info.min, info.max
    return a.reshape(shape)


def save_bytes(a, version=None):
    f = io.BytesIO()
    if version is None:
        np.save(f, a)
    else:
        np.lib.format.write_array(f, a, version=version)
    return f.getvalue()


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    rng = np.random.default_rng(20260613)
    good, bad = [], []

    def put(name, data):
        with open(os.path.join(OUT, name), 'wb') as fh:
            fh.write(data)

    def add(name, a, version=None, **extra):
        data = save_bytes(a, version)
        put(name, data)
        good.append({'file': name, 'dtype': 'bool' if a.dtype == np.bool_ else a.dtype.newbyteorder('=').name,
                     'fortran_order': bool(a.flags.f_contiguous and not a.flags.c_contiguous),
                     'version': '%d.%d' % (data[6], data[7]), 'value': enc(a), **extra})

    for dt in DTYPES:
        for shape in SHAPES:
            a = values(rng, dt, shape)
            tag = 'x'.join(map(str, shape)) or 'scalar'
            add(f'{dt}_{tag}_C.npy', a)
            if len(shape) >= 2:
                add(f'{dt}_{tag}_F.npy', np.asfortranarray(a))
    for ver in [(2, 0), (3, 0)]:
        for dt in ['float64', 'int32', 'bool']:
            a = values(rng, dt, (3, 5))
            add(f'{dt}_3x5_C_v{ver[0]}.npy', a, ver)
            add(f'{dt}_3x5_F_v{ver[0]}.npy', np.asfortranarray(a), ver)
    for dt in ['>f8', '>f4', '>f2', '>i2', '>i4', '>i8', '>u2', '>u4', '>u8']:
        a = values(rng, dt.replace('>', '<'), (4, 3)).astype(dt)
        add(f'be_{dt[1:]}_4x3.npy', a, foreign=True)
        add(f'be_{dt[1:]}_4x3_F.npy', np.asfortranarray(a), foreign=True)

    # .npz: named and positional members, stored and deflated
    arrays = {'x': values(rng, 'float64', (4, 3)), 'k': values(rng, 'int64', (6,)),
              'h': values(rng, 'float16', (2, 2)), 'b': values(rng, 'bool', (5,)),
              'f': np.asfortranarray(values(rng, 'uint16', (3, 2)))}
    npz = []
    for name, fn in [('named.npz', np.savez), ('named_compressed.npz', np.savez_compressed)]:
        f = io.BytesIO()
        fn(f, **arrays)
        put(name, f.getvalue())
        npz.append({'file': name, 'members': {k: {'dtype': 'bool' if v.dtype == np.bool_ else v.dtype.name, 'value': enc(v)}
                                              for k, v in arrays.items()}})
    f = io.BytesIO()
    np.savez(f, arrays['x'], arrays['k'])
    put('positional.npz', f.getvalue())
    npz.append({'file': 'positional.npz', 'members': {'arr_0': {'dtype': 'float64', 'value': enc(arrays['x'])},
                                                      'arr_1': {'dtype': 'int64', 'value': enc(arrays['k'])}}})

    # bad files: each must be refused with a ValueError matching `error`
    base = save_bytes(values(rng, 'float64', (3, 4)))
    hlen = int.from_bytes(base[8:10], 'little')
    data_at = 10 + hlen

    def hdr(text, version=1):
        body = text.encode('latin1')
        pad = 64 - ((6 + 2 + (2 if version == 1 else 4) + len(body) + 1) % 64)
        body += b' ' * pad + b'\n'
        ln = len(body).to_bytes(2 if version == 1 else 4, 'little')
        return b'\x93NUMPY' + bytes([version, 0]) + ln + body

    def addbad(name, data, error):
        put(name, data)
        bad.append({'file': name, 'error': error})

    f = io.BytesIO()
    np.save(f, np.array([1, 'a', None], dtype=object), allow_pickle=True)
    addbad('bad_object.npy', f.getvalue(), 'unsupported dtype')
    f = io.BytesIO()
    np.save(f, np.zeros(3, dtype=[('a', '<i4'), ('b', '<f8')]))
    addbad('bad_structured.npy', f.getvalue(), 'unsupported dtype')
    for dt, nm in [('<c16', 'complex'), ('<U3', 'unicode'), ('<M8[s]', 'datetime'), ('<f16', 'longdouble')]:
        f = io.BytesIO()
        np.save(f, np.zeros(2, dtype=dt))
        addbad(f'bad_{nm}.npy', f.getvalue(), 'unsupported dtype')
    addbad('bad_magic.npy', b'\x93NUMPZ' + base[6:], 'magic string is not correct')
    addbad('bad_magic_zip.npy', b'PK\x03\x04' + base[4:], 'magic string is not correct')
    addbad('bad_empty.npy', b'', 'EOF')
    addbad('bad_version.npy', base[:6] + bytes([4, 0]) + base[8:], 'format version')
    addbad('bad_truncated_data.npy', base[:-5], 'needs 96 bytes, the file has 91')
    addbad('bad_truncated_header.npy', base[:data_at - 20], 'EOF: reading array header')
    addbad('bad_no_data.npy', base[:data_at], 'needs 96 bytes, the file has 0')
    addbad('bad_trailing.npy', base + b'\0' * 8, 'bytes after the data')
    addbad('bad_shape_lies.npy', hdr("{'descr': '<f8', 'fortran_order': False, 'shape': (4, 4), }") + base[data_at:],
           'needs 128 bytes, the file has 96')
    addbad('bad_shape_negative.npy', hdr("{'descr': '<f8', 'fortran_order': False, 'shape': (-1,), }") + base[data_at:],
           'shape is not valid')
    addbad('bad_header_syntax.npy', hdr("{'descr': '<f8', 'fortran_order': False, 'shape': (3, 4), ") + base[data_at:],
           'Cannot parse header')
    addbad('bad_header_keys.npy', hdr("{'descr': '<f8', 'shape': (3, 4), }") + base[data_at:],
           'correct keys')
    addbad('bad_header_code.npy', hdr("{'descr': __import__('os'), 'fortran_order': False, 'shape': (3, 4), }") + base[data_at:],
           'Cannot parse header')
    addbad('bad_fortran_flag.npy', hdr("{'descr': '<f8', 'fortran_order': 1, 'shape': (3, 4), }") + base[data_at:],
           'fortran_order is not a valid bool')
    addbad('bad_header_len.npy', base[:8] + (60000).to_bytes(2, 'little') + base[10:], 'EOF: reading array header')
    # a zip whose member CRC is wrong, and one that is cut short
    zbytes = bytearray(open(os.path.join(OUT, 'named.npz'), 'rb').read())
    i = zbytes.index(b'\x93NUMPY') + 200
    zbytes[i] ^= 0xff
    addbad('bad_crc.npz', bytes(zbytes), 'CRC-32')
    addbad('bad_truncated.npz', open(os.path.join(OUT, 'named.npz'), 'rb').read()[:300], 'not a valid .npz')

    with open(os.path.join(OUT, 'manifest.json'), 'w') as fh:
        json.dump({'numpy': np.__version__, 'good': good, 'npz': npz, 'bad': bad}, fh, indent=0)
    print(f'npy: {len(good)} good files, {len(npz)} npz, {len(bad)} bad files')
