// A conformance case: an id, where its expected digest comes from, and a function giving the
// bytes to hash. A case file exports `cases(): EngineCase[]`; cases/index.ts lists the files.
export interface EngineCase {
  id: string;
  /** 'numpy': expected digest from numpy; 'glibc': from the C library; 'node': the Node reference run. */
  oracle: 'numpy' | 'glibc' | 'node';
  /** Needs WebAssembly (a wasm-only variant): skipped, and reported so, where it is absent. */
  wasmOnly?: boolean;
  bytes(): Uint8Array;
  /** For cases that must await (e.g. CompressionStream): used instead of bytes(). */
  async?: boolean;
  bytesAsync?(): Promise<Uint8Array>;
  /** The description the oracle script runs (numpy call spec, or math inputs). */
  spec?: unknown;
}
