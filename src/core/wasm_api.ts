// The slice of the WebAssembly API this library uses, declared here once because the build
// targets no DOM lib; `wasmApi()` is undefined where the host has no WebAssembly at all.

/** A module's exported memory. */
export interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}

/** WebAssembly.Module and WebAssembly.Instance, as far as the kernels need them. */
export interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports?: object) => { exports: Record<string, unknown> };
}

/** The host's WebAssembly object, or undefined. */
export function wasmApi(): WasmApi | undefined {
  return (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
}
