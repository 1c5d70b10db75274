// numpy-random/npy: numpy's .npy and .npz formats, bytes in and bytes out (no Node API here;
// numpy-random/npy/node adds file helpers).
import { ValueError } from '../core/errors.js';
import { bytesOf, descrOf, dtypeOfData, parseDescr, SPECS } from './dtypes.js';
import type { NpyArray, NpyData, NpyDtype } from './dtypes.js';
import { decodeHeader, encodeHeader } from './header.js';
import type { NpyVersion } from './header.js';
import { reorder, swapBytes } from './layout.js';

export type { NpyArray, NpyData, NpyDtype } from './dtypes.js';
export type { NpyVersion } from './header.js';
export { loadNpz, loadNpzSync, saveNpz, saveNpzCompressed } from './npz.js';
export type { NpzInput } from './npz.js';

/** Options for {@link saveNpy}. */
export interface SaveNpyOptions {
  /** The dtype to record; defaults to the array's `dtype` tag or its constructor ('bool' needs a `Uint8Array`). */
  dtype?: NpyDtype;
  /** Write the data in Fortran (column-major) order, as `np.save(np.asfortranarray(a))` does. */
  fortran_order?: boolean;
  /** Format version; by default the oldest that fits, as numpy chooses ('1.0' for any shape in practice). */
  version?: NpyVersion;
}

/** An array to save: a typed array, optionally with numpy's `shape` (C order) and a `dtype` tag. */
export type NpyInput = NpyData & { shape?: readonly number[]; dtype?: string };

function count(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

/** numpy calls an array F-contiguous-only when more than one axis is longer than 1 and it is not empty. */
function needsFortran(shape: readonly number[]): boolean {
  return shape.filter((d) => d !== 1).length > 1 && !shape.includes(0);
}

/**
 * Encodes an array as a `.npy` file, byte for byte what numpy 2.x's `np.save` writes for the
 * same array. Like `np.save(file, a)`.
 * @example
 * const a = np.default_rng(1).random([3, 2]);   // Float64Array with shape [3, 2]
 * const bytes = saveNpy(a);                     // np.load gives the same float64 bits
 */
export function saveNpy(array: NpyInput, options: SaveNpyOptions = {}): Uint8Array {
  const dtype = options.dtype ?? dtypeOfData(array, array.dtype);
  if (!(dtype in SPECS)) throw new ValueError(`saveNpy: unsupported dtype ${JSON.stringify(dtype)}`);
  const spec = SPECS[dtype];
  const actual = dtypeOfData(array, dtype);
  if (actual !== dtype && !(dtype === 'bool' && actual === 'uint8')) {
    throw new TypeError(`saveNpy: dtype '${dtype}' needs a ${spec.make(new ArrayBuffer(0)).constructor.name}, got a ${array.constructor.name}`);
  }
  const shape = array.shape ? Array.from(array.shape) : [array.length];
  if (!shape.every((d) => Number.isInteger(d) && d >= 0) || count(shape) !== array.length) {
    throw new ValueError(`saveNpy: shape (${shape.join(', ')}) does not match the array's ${array.length} elements`);
  }
  if (shape.length > 64) throw new ValueError(`maximum supported dimension for an ndarray is currently 64, found ${shape.length}`);
  if (options.version !== undefined && !['1.0', '2.0', '3.0'].includes(options.version)) {
    throw new ValueError(`we only support format version (1,0), (2,0), and (3,0), not ${String(options.version)}`);
  }
  const fortran = options.fortran_order === true && needsFortran(shape);
  const header = encodeHeader(descrOf(dtype), fortran, shape, options.version);
  let data = bytesOf(array);
  if (dtype === 'bool') data = Uint8Array.from(data, (b) => (b !== 0 ? 1 : 0));
  if (fortran) data = reorder(data, shape, spec.size, 'C->F');
  const out = new Uint8Array(header.length + data.length);
  out.set(header, 0);
  out.set(data, header.length);
  return out;
}

/** What {@link inspectNpy} reports about a file without decoding its data. */
export interface NpyInfo { dtype: NpyDtype; shape: number[]; fortran_order: boolean; version: NpyVersion; bigEndian: boolean; dataOffset: number }

/** Reads and checks a `.npy` header (magic, version, dtype, shape, and that the data length matches). */
export function inspectNpy(bytes: Uint8Array): NpyInfo {
  if (!(bytes instanceof Uint8Array)) throw new TypeError('loadNpy: expected the file contents as a Uint8Array');
  const h = decodeHeader(bytes);
  const { dtype, bigEndian } = parseDescr(h.descr);
  const want = count(h.shape) * SPECS[dtype].size;
  const have = bytes.length - h.dataOffset;
  if (have !== want) {
    throw new ValueError(have < want
      ? `Failed to read all data for array: shape (${h.shape.join(', ')}) of ${h.descr} needs ${want} bytes, the file has ${have} (file seems not fully written?)`
      : `the file has ${have - want} bytes after the data for shape (${h.shape.join(', ')}) of ${h.descr}: the header does not describe this file`);
  }
  return { dtype, shape: h.shape, fortran_order: h.fortranOrder, version: h.version, bigEndian, dataOffset: h.dataOffset };
}

/**
 * Decodes a `.npy` file into a typed array in C order with numpy's `shape` and `dtype`
 * (big-endian and Fortran-order files are converted; the values are numpy's exactly).
 * Like `np.load(file)`. A bad file throws a `ValueError` and returns nothing.
 * @example
 * const a = loadNpy(bytes);   // e.g. Float64Array [...] with a.shape = [3, 2], a.dtype = 'float64'
 */
export function loadNpy(bytes: Uint8Array): NpyArray {
  const info = inspectNpy(bytes);
  const size = SPECS[info.dtype].size;
  let data: Uint8Array = bytes.slice(info.dataOffset); // a copy: aligned, and not aliasing the caller's buffer
  if (info.bigEndian) swapBytes(data, size);
  if (info.fortran_order) data = reorder(data, info.shape, size, 'F->C');
  const arr = SPECS[info.dtype].make(data.buffer as ArrayBuffer) as unknown as NpyArray;
  Object.defineProperty(arr, 'shape', { value: info.shape.slice(), writable: true, enumerable: false, configurable: true });
  Object.defineProperty(arr, 'dtype', { value: info.dtype, writable: true, enumerable: false, configurable: true });
  return arr;
}
