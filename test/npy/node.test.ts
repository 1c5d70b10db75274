// numpy-random/npy/node: the file helpers write and read the same bytes as the byte API.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { loadNpyFile, loadNpzFile, saveNpy, saveNpyFile, saveNpzFile } from '../../src/npy/node.js';

it('saveNpyFile / loadNpyFile / saveNpzFile / loadNpzFile', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'npy-node-'));
  const a = Object.assign(new Int16Array([1, -2, 3, -4, 5, -6]), { shape: [3, 2] });
  await saveNpyFile(join(dir, 'a.npy'), a, { fortran_order: true });
  expect(Buffer.from(readFileSync(join(dir, 'a.npy'))).equals(Buffer.from(saveNpy(a, { fortran_order: true })))).toBe(true);
  const back = await loadNpyFile(join(dir, 'a.npy'));
  expect(Array.from(back as Int16Array)).toEqual([1, -2, 3, -4, 5, -6]);
  expect(back.shape).toEqual([3, 2]);
  for (const compressed of [false, true]) {
    await saveNpzFile(join(dir, 'z.npz'), { a }, { compressed });
    const z = await loadNpzFile(join(dir, 'z.npz'));
    expect(Array.from(z.a as Int16Array)).toEqual([1, -2, 3, -4, 5, -6]);
  }
  await expect(loadNpyFile(join(dir, 'missing.npy'))).rejects.toThrow(/ENOENT/);
});
