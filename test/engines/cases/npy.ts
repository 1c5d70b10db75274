// numpy-random/npy on every engine: .npy bytes for each dtype, C and Fortran order and each
// format version, and arrays loaded back from them and from .npz archives (stored, and deflated
// by the engine's own CompressionStream, whose compressed bytes may differ; the loaded arrays
// may not). Expected digests from the Node run; the main suite checks these bytes against numpy.
import { Float16Array } from '@petamoriken/float16';
import { Generator } from '../../../src/generator/generator.js';
import { PCG64 } from '../../../src/bitgen/pcg64.js';
import { loadNpy, loadNpz, saveNpy, saveNpz, saveNpzCompressed } from '../../../src/npy/index.js';
import type { NpyInput, NpyArray } from '../../../src/npy/index.js';
import type { EngineCase } from './types.js';

function arrays(): Record<string, NpyInput> {
  const rng = new Generator(new PCG64(2026));
  const h = new Float16Array(24);
  const raw = rng.integers(0, 65536, 24, 'uint16') as Uint16Array;
  new Uint16Array(h.buffer).set(raw); // every half bit pattern drawn, NaNs included
  const out: Record<string, NpyInput> = {
    float64: rng.standard_normal([2, 3, 4]) as NpyInput,
    float32: rng.random([4, 6], 'float32') as NpyInput,
    float16: Object.assign(h, { shape: [4, 6] }),
    bool: Object.assign(rng.integers(0, 2, [6, 4], 'bool') as Uint8Array, { dtype: 'bool' }),
  };
  for (const dt of ['int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64'] as const) {
    const bits = BigInt(dt.replace(/\D/g, ''));
    const lo = dt.startsWith('u') ? 0n : -(2n ** (bits - 1n));
    const hi = dt.startsWith('u') ? 2n ** bits - 1n : -lo - 1n;
    const big = bits === 64n;
    out[dt] = rng.integers(big ? lo : Number(lo), big ? hi : Number(hi), [3, 8], dt, true) as unknown as NpyInput;
  }
  return out;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let k = 0;
  for (const p of parts) { out.set(p, k); k += p.length; }
  return out;
}

function loaded(a: NpyArray): Uint8Array {
  const v = a as unknown as { buffer: ArrayBuffer; byteOffset: number; byteLength: number };
  const head = new TextEncoder().encode(`${a.dtype}|${a.shape.join(',')}|`);
  return concat([head, new Uint8Array(v.buffer, v.byteOffset, v.byteLength)]);
}

export function cases(): EngineCase[] {
  const out: EngineCase[] = [];
  for (const [dt, a] of Object.entries(arrays())) {
    for (const fortran of [false, true]) {
      for (const version of ['1.0', '2.0', '3.0'] as const) {
        out.push({ id: `npy:${dt}:${fortran ? 'F' : 'C'}:v${version}`, oracle: 'node', bytes: () => saveNpy(a, { fortran_order: fortran, version }) });
      }
      out.push({ id: `npy:${dt}:${fortran ? 'F' : 'C'}:load`, oracle: 'node', bytes: () => loaded(loadNpy(saveNpy(a, { fortran_order: fortran }))) });
    }
  }
  out.push({ id: 'npz:stored', oracle: 'node', bytes: () => saveNpz(arrays()) });
  out.push({
    id: 'npz:deflate:load', oracle: 'node', async: true,
    bytes: () => new Uint8Array(0),
    bytesAsync: async () => {
      const z = await loadNpz(await saveNpzCompressed(arrays(), { fortran_order: true }));
      return concat(Object.values(z).map(loaded));
    },
  });
  return out;
}
