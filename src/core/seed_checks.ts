// SeedSequence's argument handling as numpy's Python code does it (spawn's range(), the uint32_t
// counter, generate_state's dtype and np.zeros(n_words), the keyword options' types).
import { OverflowError, ValueError } from './errors.js';
import { parseDtype } from './dtype.js';
import { normalizeSize, pyFloatRepr } from './ndarray.js';
import { isPyInt, pyTypeName } from './pyint.js';
import { INT64_MAX_BIG, INT64_MIN_BIG } from './constants.js';


/** spawn(n): `range(spawned, spawned + n)` then the uint32_t counter; returns the count. */
export function checkSpawnCount(spawned: number, n: unknown): number {
  if (typeof n === 'number' && !isPyInt(n)) throw new TypeError("'float' object cannot be interpreted as an integer");
  if (!isPyInt(n)) throw new TypeError(`unsupported operand type(s) for +: 'int' and '${pyTypeName(n)}'`);
  const total = BigInt(spawned) + BigInt(n);
  if (total > INT64_MAX_BIG || total < INT64_MIN_BIG) throw new OverflowError('Python int too large to convert to C ssize_t');
  if (total < 0n) throw new OverflowError("can't convert negative value to uint32_t");
  if (total > 0xffffffffn) throw new OverflowError('value too large to convert to uint32_t');
  return Number(n);
}

/** generate_state(n_words, dtype): np.dtype(dtype) first, then np.zeros(n_words) and range(n_words). */
export function checkGenerateState(n_words: unknown, dtype: unknown): { n_words: number; dtype: 'uint32' | 'uint64' } {
  const name = dtype === null ? 'float64' : typeof dtype === 'string' ? parseDtype(dtype).name : '';
  if (name !== 'uint32' && name !== 'uint64') {
    if (name === '') throw new TypeError(`Cannot interpret '${String(dtype)}' as a data type`);
    throw new ValueError('only support uint32 or uint64');
  }
  if (typeof n_words === 'number' && !isPyInt(n_words)) {
    // a float stays a float through `n_words *= 2`, and np.zeros refuses it
    const f = name === 'uint64' ? n_words * 2 : n_words;
    throw new TypeError(`expected a sequence of integers or a single integer, got '${pyFloatRepr(f)}'`);
  }
  let n = n_words;
  if (name === 'uint64') {
    if (typeof n === 'bigint') n = n * 2n;
    else if (typeof n === 'number' || typeof n === 'boolean') n = Number(n) * 2;
    else if (typeof n !== 'string' && !Array.isArray(n)) {
      throw new TypeError(`unsupported operand type(s) for *=: '${pyTypeName(n)}' and 'int'`);
    }
  }
  // np.empty(None) would be a 0-d array: numpy's size conversion refuses None by name here
  if (n === null) throw new TypeError('Use () not None as shape arguments');
  normalizeSize(n, false, 4, 'uint32');
  if (!isPyInt(n) && typeof n !== 'boolean') throw new TypeError(`'${pyTypeName(n)}' object cannot be interpreted as an integer`);
  const words = Number(n);
  return { n_words: name === 'uint64' ? words / 2 : words, dtype: name };
}

/** `pool_size < 4`, which numpy evaluates first: only a real number compares with an int. */
export function comparePoolSize(pool_size: unknown): void {
  if (typeof pool_size !== 'number' && typeof pool_size !== 'bigint' && typeof pool_size !== 'boolean') {
    throw new TypeError(`'<' not supported between instances of '${pyTypeName(pool_size)}' and 'int'`);
  }
}

interface Options { spawn_key?: unknown; pool_size?: unknown; n_children_spawned?: unknown }

/** SeedSequence's keyword options: tuple(spawn_key), the Py_ssize_t pool size, the uint32_t counter. */
export function checkSeedSequenceOptions<T extends Options>(options: T): T {
  if (options === null || typeof options !== 'object') throw new TypeError(`SeedSequence options must be an object, got ${pyTypeName(options)}`);
  const { spawn_key, pool_size, n_children_spawned } = options;
  if (spawn_key !== undefined) {
    if (spawn_key === null || typeof spawn_key === 'number' || typeof spawn_key === 'bigint' || typeof spawn_key === 'boolean') {
      throw new TypeError(`'${pyTypeName(spawn_key)}' object is not iterable`);
    }
  }
  if (pool_size !== undefined) {
    if (!isPyInt(pool_size)) throw new TypeError(`'${pyTypeName(pool_size)}' object cannot be interpreted as an integer`);
    if (BigInt(pool_size) > INT64_MAX_BIG) throw new OverflowError('Python int too large to convert to C ssize_t');
  }
  if (n_children_spawned !== undefined) {
    const c = n_children_spawned;
    if (!isPyInt(c) && typeof c !== 'boolean') {
      if (typeof c === 'number') throw new TypeError("'float' object cannot be interpreted as an integer");
      throw new TypeError(`an integer is required`);
    }
    const v = BigInt(c);
    if (v < 0n) throw new OverflowError("can't convert negative value to uint32_t");
    if (v > 0xffffffffn) throw new OverflowError('value too large to convert to uint32_t');
  }
  return options;
}
