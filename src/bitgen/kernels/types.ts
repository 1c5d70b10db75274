// Block kernels: each advances a generator's state (a Uint32Array copy of numpy's state words)
// by n outputs. The pair form writes outputs k = 0..n-1 as out[2*(off+k)] = low word and
// out[2*(off+k)+1] = high word; the double form writes numpy's next_double of each output.
export type BlockKernel = (st: Uint32Array, out: Uint32Array, off: number, n: number) => void;
export type DoubleKernel = (st: Uint32Array, out: Float64Array, off: number, n: number) => void;
/** numpy's next_float of each output's low half, then its high half: out[off, off + 2n). */
export type FloatKernel = (st: Uint32Array, out: Float32Array, off: number, n: number) => void;

/**
 * Where a fused bounded kernel stores off + value: 0 = float64 (the value as a signed int64, exact
 * within 2^53), 1 = uint32 words (wrapped), 2 = int64 as (lo, hi) words.
 */
export type BoundedFormat = 0 | 1 | 2;

/**
 * numpy's bounded 32-bit draws over the generator's next_uint32 stream (each output's low half,
 * then its high half), n values into out from value index `start` (word index 2 * start for
 * format 2): masked (value x & a, accepted when <= b) or Lemire (m = x * a, value m >>> 32,
 * accepted when the low half of m reaches b). `carry` is numpy's [has_uint32, uinteger] in and out.
 */
export type Bounded32Kernel = (
  st: Uint32Array, out: Float64Array | Uint32Array, fmt: BoundedFormat, start: number, n: number, masked: boolean,
  a: number, b: number, offHi: number, offLo: number, carry: Uint32Array,
) => void;

/**
 * numpy's bounded 64-bit draws, one output per candidate (format 0 or 2): masked (a the mask,
 * b the range) or Lemire (a = rng + 1, b numpy's threshold), each as (hi, lo) halves.
 */
export type Bounded64Kernel = (
  st: Uint32Array, out: Float64Array | Uint32Array, fmt: BoundedFormat, start: number, n: number, masked: boolean,
  aHi: number, aLo: number, bHi: number, bLo: number, offHi: number, offLo: number,
) => void;

export interface KernelPair {
  readonly pairs: BlockKernel;
  readonly doubles: DoubleKernel;
  readonly floats: FloatKernel;
  /** Null: callers reduce the outputs themselves (the pure-TS backend). */
  readonly bounded32: Bounded32Kernel | null;
  readonly bounded64: Bounded64Kernel | null;
}

export interface KernelSet {
  readonly backend: 'wasm' | 'ts';
  /** PCG64: step with the 128-bit multiplier, then XSL-RR of the new state. */
  readonly xslrr: KernelPair;
  /** PCG64DXSM: DXSM of the current state, then step with the 64-bit cheap multiplier. */
  readonly dxsm: KernelPair;
  readonly sfc64: KernelPair;
  readonly philox: KernelPair;
  readonly mt19937: MtKernel;
  /**
   * numpy's 64-bit Lemire over k candidates, (lo, hi) pairs at words[0, 2k): the high 64 bits of
   * x * (rng + 1) of each accepted x (low 64 bits >= thr) packed to the front; returns how many.
   * Null: the caller runs its own loop.
   */
  readonly lemire64: ((words: Uint32Array, k: number, eHi: number, eLo: number, thrHi: number, thrLo: number) => number) | null;
  /** numpy's buffered 16-bit Lemire in WebAssembly (Lemire16), or null: the caller runs its own loop. */
  readonly lemire16: Lemire16 | null;
}

/**
 * numpy's buffered 16-bit Lemire over words the caller draws into `words` (the module's memory):
 * run(k, need, excl, thr, off) reads k of them, each word's low half first, and leaves
 * (off + value) mod 2^16 of each accepted candidate (the low 16 bits of c * excl reach thr) in
 * `halves` from 0, stopping once `need` are taken; it returns how many it took.
 */
export interface Lemire16 {
  readonly words: Uint32Array;
  readonly halves: Uint16Array;
  readonly run: (k: number, need: number, excl: number, thr: number, off: number) => number;
}

/**
 * MT19937's bulk loops over its 624 key words (int32 bit patterns) from position `pos`; each
 * returns the new position. Ranges are typed-array indices [start, end): words may write every
 * `step`-th entry; pairs write (lo, hi) = (second word, first word) per next_uint64.
 */
export interface MtKernel {
  /** Regenerates the 624 key words in place (numpy's mt19937_gen), for the one-at-a-time draws. */
  readonly regenerate: (key: Int32Array) => void;
  readonly doubles: (key: Int32Array, pos: number, out: Float64Array, start: number, end: number) => number;
  readonly words: (key: Int32Array, pos: number, out: Uint32Array, start: number, end: number, step?: number) => number;
  readonly pairs: (key: Int32Array, pos: number, out: Uint32Array, start: number, end: number) => number;
  /**
   * out[0, n) = values in [0, rng] by numpy's masked rejection (mask) or 32-bit Lemire
   * (excl = rng + 1, accepted when the low word of w * excl reaches thr), drawing exactly the
   * words numpy's one-at-a-time loop draws; null where the caller runs its own word loop.
   */
  readonly bounded: ((key: Int32Array, pos: number, out: Uint32Array, n: number, masked: boolean, a: number, b: number) => number) | null;
  /** bounded's values plus `off`, as float64 (off + value within 2^53), or null. */
  readonly boundedF64: ((key: Int32Array, pos: number, out: Float64Array, n: number, masked: boolean, a: number, b: number, off: number) => number) | null;
}
