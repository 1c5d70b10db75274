// Setup file of the 'ts' vitest project: runs before the test file imports anything, so the
// library finds no WebAssembly and uses its pure-TS kernels and elementary functions throughout.
delete (globalThis as { WebAssembly?: unknown }).WebAssembly;
