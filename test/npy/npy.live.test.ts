// Live: files we write load in numpy (python3) to exactly our bytes; skipped without numpy.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Float16Array } from '@petamoriken/float16';
import { expect, it } from 'vitest';
import { default_rng } from '../../src/index.js';
import { saveNpy, saveNpz, saveNpzCompressed } from '../../src/npy/index.js';
import type { NpyInput } from '../../src/npy/index.js';
import { numpyStatus, runNumpy } from '../helpers/live.js';
import type { Encoded } from '../helpers/golden.js';

const live = numpyStatus();

function hexOf(a: NpyInput): string {
  const v = a as unknown as { buffer: ArrayBuffer; byteOffset: number; byteLength: number };
  return Buffer.from(new Uint8Array(v.buffer, v.byteOffset, v.byteLength)).toString('hex');
}

it.skipIf(!live.ok)(`numpy loads our .npy and .npz files exactly (${live.why})`, async () => {
  const seed = Math.floor(Math.random() * 2 ** 31);
  const rng = default_rng(seed);
  const h = new Float16Array(12);
  for (let i = 0; i < 12; i++) h[i] = rng.standard_normal() as number;
  const arrays: Record<string, NpyInput> = {
    f64: rng.random([3, 4]) as NpyInput, f32: rng.random([2, 3, 2], 'float32') as NpyInput,
    i64: rng.integers(-(2n ** 62n), 2n ** 62n, [5, 2], 'int64') as NpyInput,
    u8: rng.integers(0, 256, [4, 3], 'uint8') as NpyInput, i16: rng.integers(-300, 300, [6], 'int16') as NpyInput,
    u64: rng.integers(0n, 2n ** 64n - 1n, [2, 2], 'uint64') as NpyInput,
    b: Object.assign(rng.integers(0, 2, [3, 3], 'bool') as Uint8Array, { dtype: 'bool' }),
    h: Object.assign(h, { shape: [3, 4] }),
  };
  const dir = mkdtempSync(join(tmpdir(), 'npy-live-'));
  const files: string[] = [];
  for (const [k, a] of Object.entries(arrays)) {
    for (const [tag, opts] of [['C', {}], ['F', { fortran_order: true }], ['v3', { version: '3.0' as const }]] as const) {
      const f = join(dir, `${k}_${tag}.npy`);
      writeFileSync(f, saveNpy(a, opts));
      files.push(f);
    }
  }
  writeFileSync(join(dir, 'all.npz'), saveNpz(arrays));
  writeFileSync(join(dir, 'all_c.npz'), await saveNpzCompressed(arrays, { fortran_order: true }));
  const got = runNumpy<Record<string, Encoded>>(`
import os
out = {}
for f in INP['files']:
    out[os.path.basename(f)] = enc(np.load(f))
for z in ['all.npz', 'all_c.npz']:
    with np.load(os.path.join(INP['dir'], z)) as d:
        for k in d.files:
            out[z + ':' + k] = enc(d[k])
print(json.dumps(out))
`, { files, dir });
  for (const [k, a] of Object.entries(arrays)) {
    const shape = a.shape ?? [a.length];
    for (const key of [`${k}_C.npy`, `${k}_F.npy`, `${k}_v3.npy`, `all.npz:${k}`, `all_c.npz:${k}`]) {
      expect(got[key]!.shape, key).toEqual(shape);
      expect(got[key]!.hex, key).toBe(hexOf(a));
    }
  }
});
