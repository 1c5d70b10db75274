// Block kernels: each advances a generator's state (a Uint32Array copy of numpy's state words)
// by n outputs. The pair form writes outputs k = 0..n-1 as out[2*(off+k)] = low word and
// out[2*(off+k)+1] = high word; the double form writes numpy's next_double of each output.
export type BlockKernel = (st: Uint32Array, out: Uint32Array, off: number, n: number) => void;
export type DoubleKernel = (st: Uint32Array, out: Float64Array, off: number, n: number) => void;

export interface KernelPair {
  readonly pairs: BlockKernel;
  readonly doubles: DoubleKernel;
}

export interface KernelSet {
  readonly backend: 'wasm' | 'ts';
  /** PCG64: step with the 128-bit multiplier, then XSL-RR of the new state. */
  readonly xslrr: KernelPair;
  /** PCG64DXSM: DXSM of the current state, then step with the 64-bit cheap multiplier. */
  readonly dxsm: KernelPair;
  readonly sfc64: KernelPair;
  readonly philox: KernelPair;
}
