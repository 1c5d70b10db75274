// torch's calling convention here: sizes as numbers or one array, then an options object.
import { type Dtype, parseDtype } from './dtype.js';
import { RuntimeError } from './errors.js';
import { Generator, defaultGenerator } from './generator.js';
import type { Kernel } from './normal.js';

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

/** A size argument: one dimension, or the whole shape as an array. */
export type SizeArg = number | readonly number[];

/** Splits `(...size, options?)` into the shape and the options. */
export function sizeAndOptions(args: readonly unknown[], fn: string): { shape: number[]; opts: TorchOptions | undefined } {
  let opts: TorchOptions | undefined;
  let rest = args;
  const last = args[args.length - 1];
  if (last !== undefined && typeof last === 'object' && last !== null && !Array.isArray(last) && !ArrayBuffer.isView(last)) {
    opts = last as TorchOptions;
    rest = args.slice(0, -1);
  }
  let dims: unknown[];
  if (rest.length === 1 && (Array.isArray(rest[0]) || ArrayBuffer.isView(rest[0]))) dims = Array.from(rest[0] as ArrayLike<unknown>);
  else dims = rest.slice();
  if (rest.length === 0) throw new TypeError(`${fn}() received an invalid combination of arguments - got (), but expected a size`);
  const shape = dims.map((d) => {
    if (typeof d === 'bigint') d = Number(d);
    if (typeof d !== 'number' || !Number.isInteger(d)) {
      throw new TypeError(`${fn}(): argument 'size' must be tuple of ints, not ${typeof d === 'number' ? 'float' : typeof d}`);
    }
    return d;
  });
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
