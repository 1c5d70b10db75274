// numpy raises Python exceptions; we map each to a JS error class that keeps numpy's name
// and message, and extends the closest built-in so `instanceof RangeError/TypeError` works.

/** numpy's ValueError: a value outside what the call accepts. */
export class ValueError extends RangeError {
  override name = 'ValueError';
}

/** numpy's OverflowError (e.g. 'Range exceeds valid bounds'). */
export class OverflowError extends RangeError {
  override name = 'OverflowError';
}

/** numpy's IndexError (e.g. an axis out of range). */
export class IndexError extends RangeError {
  override name = 'IndexError';
}

/** Python's KeyError (a missing key in a state dict); its message is the key's repr, e.g. `'state'`. */
export class KeyError extends RangeError {
  override name = 'KeyError';
}

/** numpy's UFuncTypeError (a TypeError): a ufunc with no loop or cast for its operands' dtypes. */
export class UFuncTypeError extends TypeError {
  override name = 'UFuncTypeError';
}

/** numpy's NotImplementedError. */
export class NotImplementedError extends Error {
  override name = 'NotImplementedError';
}

/** numpy's MemoryError: an array larger than can be allocated ('Unable to allocate ...'). */
export class MemoryError extends RangeError {
  override name = 'MemoryError';
}

/** numpy.exceptions.AxisError; extends ValueError like numpy's (which is also an IndexError). */
export class AxisError extends ValueError {
  override name = 'AxisError';
}

/** numpy.linalg.LinAlgError (a ValueError subclass in numpy too). */
export class LinAlgError extends ValueError {
  override name = 'LinAlgError';
}
