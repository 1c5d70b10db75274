/// <reference types="node" />
// numpy-random/npy/node: the .npy/.npz functions on files (Node, Bun, Deno). Kept out of the
// browser entry, which is bytes in, bytes out.
import { readFile, writeFile } from 'node:fs/promises';
import { loadNpy, loadNpz, saveNpy, saveNpz, saveNpzCompressed } from './index.js';
import type { NpyArray, NpyInput, NpzInput, SaveNpyOptions } from './index.js';

export * from './index.js';

function asBytes(b: Buffer): Uint8Array {
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}

/** `np.load(path)` for a `.npy` file. */
export async function loadNpyFile(path: string): Promise<NpyArray> {
  return loadNpy(asBytes(await readFile(path)));
}

/** `np.save(path, array)`. */
export async function saveNpyFile(path: string, array: NpyInput, options?: SaveNpyOptions): Promise<void> {
  await writeFile(path, saveNpy(array, options));
}

/** `np.load(path)` for a `.npz` file (stored or deflated members). */
export async function loadNpzFile(path: string): Promise<Record<string, NpyArray>> {
  return loadNpz(asBytes(await readFile(path)));
}

/** `np.savez(path, ...)`, or `np.savez_compressed` with `{ compressed: true }`. */
export async function saveNpzFile(path: string, arrays: NpzInput, options: SaveNpyOptions & { compressed?: boolean } = {}): Promise<void> {
  const { compressed, ...rest } = options;
  await writeFile(path, compressed ? await saveNpzCompressed(arrays, rest) : saveNpz(arrays, rest));
}
