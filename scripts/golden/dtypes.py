"""Every dtype spelling against the methods that take a dtype: numpy's resolution (the result's
dtype, or the error class and message), for the one dtype resolver in src/core."""
import warnings

import numpy as np

from common import write

# numpy's spellings (type codes, names, byte orders) plus strings numpy 2 refuses
NAMES = [
    'float64', 'f8', '<f8', '>f8', '=f8', '|f8', 'd', 'double', 'float', 'float_', 'Float64', 'F8',
    'float32', 'f4', '<f4', '>f4', '=f4', 'f', 'single',
    'float16', 'f2', 'e', 'half', '>f2', 'longdouble', 'g', 'float128', 'f16',
    'complex', 'complex128', 'c16', 'D', 'F', 'c8', 'complex64', 'csingle', 'cdouble',
    'int', 'int_', 'int64', 'i8', '<i8', '>i8', '=i8', 'l', 'long', 'longlong', 'q', 'intp', 'p',
    'int32', 'i4', '>i4', '=i4', 'i', 'intc', 'int16', 'i2', '>i2', 'h', 'short', 'int8', 'i1', '>i1', '<i1',
    '|i1', 'b', 'byte',
    'uint', 'uint64', 'u8', '>u8', 'L', 'ulong', 'ulonglong', 'Q', 'uintp', 'P', 'uint32', 'u4', '>u4', 'I',
    'uintc', 'uint16', 'u2', '>u2', 'H', 'ushort', 'uint8', 'u1', '>u1', 'B', 'ubyte', '=u1',
    'bool', '?', 'bool_', 'b1', '>b1', '|b1', '>?',
    'str', 'U', 'O', 'object', 'S', 'a', 'bytes', 'V', 'void', 'M8', 'm8', 'M', 'm', 'datetime64', 'timedelta64',
    'xyz', 'int0', 'uint0', 'float16 ', ' f8',
]


def outcome(fn):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            v = fn()
    except Exception as e:  # noqa: BLE001 - every numpy error is data here
        return {'error': [type(e).__name__, str(e)]}
    return {'dtype_out': np.asarray(v).dtype.name}


def main():
    g = np.random.default_rng(1)
    rs = np.random.RandomState(1)
    calls = {
        'random': lambda d: g.random(2, dtype=d),
        'standard_normal': lambda d: g.standard_normal(2, dtype=d),
        'standard_exponential': lambda d: g.standard_exponential(2, dtype=d),
        'standard_exponential_inv': lambda d: g.standard_exponential(2, dtype=d, method='inv'),
        'standard_gamma': lambda d: g.standard_gamma(1.5, 2, dtype=d),
        'integers': lambda d: g.integers(0, 2, 2, dtype=d),
        'randint': lambda d: rs.randint(0, 2, 2, dtype=d),
    }
    cases = [{'dtype': d, 'method': m, **outcome(lambda: f(d))} for d in NAMES for m, f in calls.items()]
    write('dtypes', cases)


if __name__ == '__main__':
    main()
