// torch's calling convention here: sizes as numbers or one array, then an options object.
import { type Dtype, parseDtype } from './dtype.js';
import { RuntimeError } from './errors.js';
import { Generator, defaultGenerator } from './generator.js';
import type { Kernel } from './normal.js';
import { pyTypeName } from '../core/pyint.js';

/** The options every factory and in-place sampler takes. */
export interface TorchOptions {
  /** torch dtype name ('float32', 'float64', 'float16', 'bfloat16', 'int8' ... 'int64', 'uint8', 'bool'; torch aliases too). */
  dtype?: string;
  /** The generator to draw from (default: the module's default generator). */
  generator?: Generator;
  /** The CPU kernel to reproduce: 'avx2' (torch's default on x86-64) or 'default' (ATEN_CPU_CAPABILITY=default). */
  kernel?: Kernel;
}

let defaultKernel: Kernel = 'avx2';

/**
 * Sets the kernel calls use when they pass none (as ATEN_CPU_CAPABILITY selects torch's).
 * @param k - 'avx2' (torch's default on x86-64) or 'default'.
 * @example set_cpu_capability('default');
 */
export function set_cpu_capability(k: Kernel): void {
  if (k !== 'avx2' && k !== 'default') throw new TypeError(`unknown CPU capability ${String(k)}: expected 'avx2' or 'default'`);
  defaultKernel = k;
}
/**
 * The kernel calls use by default ('avx2' unless set_cpu_capability changed it).
 * @example get_cpu_capability(); // 'avx2'
 */
export function get_cpu_capability(): Kernel {
  return defaultKernel;
}

export interface Resolved { dtype: Dtype; explicitDtype: boolean; gen: Generator; kernel: Kernel }

export function resolve(opts: TorchOptions | undefined, fallback: Dtype): Resolved {
  const o = opts ?? {};
  if (typeof o !== 'object') throw new TypeError('options must be an object');
  const gen = o.generator ?? defaultGenerator();
  if (!(gen instanceof Generator)) throw new TypeError('generator must be a torch Generator');
  const kernel = o.kernel ?? defaultKernel;
  if (kernel !== 'avx2' && kernel !== 'default') throw new TypeError(`unknown kernel ${String(kernel)}: expected 'avx2' or 'default'`);
  return { dtype: o.dtype === undefined ? fallback : parseDtype(o.dtype), explicitDtype: o.dtype !== undefined, gen, kernel };
}

/** An options object: any plain object (not a number, bigint, array or typed array). */
export function isOptions(v: unknown): v is TorchOptions {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !ArrayBuffer.isView(v);
}

/**
 * The `n` parameters of a call whose options may come right after the last parameter given
 * (`normal_(t, { generator })` as well as `normal_(t, 0, 1, { generator })`): `args` holds the
 * parameter slots then the options slot; parameters after the options come back undefined, so
 * their defaults apply.
 */
export function withOptions(args: readonly unknown[], n: number): { params: unknown[]; opts: TorchOptions | undefined } {
  let last = args.length - 1;
  while (last >= 0 && args[last] === undefined) last--;
  if (last >= 0 && last <= n && isOptions(args[last])) {
    const params = args.slice(0, last);
    while (params.length < n) params.push(undefined);
    return { params, opts: args[last] as TorchOptions };
  }
  return { params: args.slice(0, n), opts: args[n] as TorchOptions | undefined };
}

/** A size argument: one dimension, or the whole shape as an array. */
export type SizeArg = number | readonly number[];

/** Python's type name for an argument: a JS number is a Python int when it is an integer, a float otherwise. */
export function argType(v: unknown): string {
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float';
  return pyTypeName(v);
}

/** An int to torch's argument parser: an integer JS number or a bigint (another number is a Python float). */
export function isInt(v: unknown): v is number | bigint {
  return typeof v === 'bigint' || (typeof v === 'number' && Number.isInteger(v));
}

const FACTORY_KW = 'torch.dtype dtype, torch.layout layout, torch.device device, bool pin_memory, bool requires_grad';
const SIGNATURES: Record<string, string[]> = {
  rand: [
    `(tuple of ints size, *, torch.Generator generator, tuple of names names, ${FACTORY_KW})`,
    `(tuple of ints size, *, torch.Generator generator, Tensor out, ${FACTORY_KW})`,
    `(tuple of ints size, *, Tensor out, ${FACTORY_KW})`,
    `(tuple of ints size, *, tuple of names names, ${FACTORY_KW})`,
  ],
  randint: [
    `(int high, tuple of ints size, *, torch.Generator generator, Tensor out, ${FACTORY_KW})`,
    `(int high, tuple of ints size, *, Tensor out, ${FACTORY_KW})`,
    `(int low, int high, tuple of ints size, *, torch.Generator generator, Tensor out, ${FACTORY_KW})`,
    `(int low, int high, tuple of ints size, *, Tensor out, ${FACTORY_KW})`,
  ],
};
SIGNATURES.randn = SIGNATURES.rand!;

/**
 * Python's "invalid combination of arguments" TypeError, raised when no overload of `fn` takes
 * the positional arguments' types (the options' generator and dtype appear as keywords).
 */
export function invalidCombination(fn: string, args: readonly unknown[], opts: TorchOptions | undefined): TypeError {
  const got = args.map(argType);
  if (opts?.generator !== undefined) got.push('generator=torch._C.Generator');
  if (opts?.dtype !== undefined) got.push('dtype=torch.dtype');
  const sigs = (SIGNATURES[fn] ?? []).map((x) => ` * ${x}\n`).join('');
  return new TypeError(`${fn}() received an invalid combination of arguments - got (${got.join(', ')}), but expected one of:\n${sigs}`);
}

/**
 * torch's parser on one `tuple of ints size` argument at `pos`: a number or a sequence whose first
 * element is an int matches the type (null: it does not, and the caller reports that); a later
 * element that is not an int is the "found element" TypeError.
 */
export function parseSize(v: unknown, fn: string): number[] | null {
  if (typeof v === 'number' || typeof v === 'bigint') return isInt(v) ? [Number(v)] : null;
  if (!Array.isArray(v) && !ArrayBuffer.isView(v)) return null;
  const dims = Array.from(v as ArrayLike<unknown>);
  if (dims.length > 0 && !isInt(dims[0])) return null;
  return dims.map((d, k) => {
    if (!isInt(d)) throw new TypeError(`${fn}(): argument 'size' must be tuple of ints, but found element of type ${argType(d)} at pos ${k + 1}`);
    return Number(d);
  });
}

/** The TypeError for a size argument at `pos` whose type no overload takes. */
export function sizeTypeError(v: unknown, fn: string, pos: number): TypeError {
  return new TypeError(`${fn}(): argument 'size' (position ${pos}) must be tuple of ints, not ${argType(v)}`);
}

/** Splits `(...size, options?)` into the shape and the options. */
export function sizeAndOptions(args: readonly unknown[], fn: string): { shape: number[]; opts: TorchOptions | undefined } {
  let opts: TorchOptions | undefined;
  let rest = args;
  const last = args[args.length - 1];
  if (isOptions(last)) {
    opts = last as TorchOptions;
    rest = args.slice(0, -1);
  }
  if (rest.length === 0) throw new TypeError(`${fn}() received an invalid combination of arguments - got (), but expected a size`);
  let shape: number[] | null;
  if (rest.length === 1) {
    shape = parseSize(rest[0], fn);
    if (shape === null) throw sizeTypeError(rest[0], fn, 1);
  } else {
    // sizes as varargs are one tuple: its first element decides the overload, a later one is an element error
    if (!isInt(rest[0])) throw invalidCombination(fn, rest, opts);
    shape = parseSize(rest, fn)!;
  }
  checkShape(shape);
  return { shape, opts };
}

export function checkShape(shape: readonly number[]): void {
  for (const d of shape) {
    if (d < 0) throw new RuntimeError(`Trying to create tensor with negative dimension ${d}: [${shape.join(', ')}]`);
  }
}

/** Attaches `shape` to a result array. */
export function shaped<T extends object>(a: T, shape: readonly number[]): T & { shape: number[] } {
  Object.defineProperty(a, 'shape', { value: shape.slice(), enumerable: false, writable: true, configurable: true });
  return a as T & { shape: number[] };
}
