// .npy/.npz against files numpy wrote (test/golden/npy, scripts/golden/npy_files.py): every file
// loads to numpy's exact bytes, saving it again gives numpy's file byte for byte, bad files throw.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Float16Array } from '@petamoriken/float16';
import { describe, expect, it } from 'vitest';
import { inspectNpy, loadNpy, loadNpz, loadNpzSync, saveNpy, saveNpz, saveNpzCompressed } from '../../src/npy/index.js';
import type { NpyArray, NpyDtype, NpyVersion } from '../../src/npy/index.js';
import { ValueError } from '../../src/core/errors.js';
import { hexBytes } from '../helpers/golden.js';
import type { Encoded } from '../helpers/golden.js';

const DIR = join(__dirname, '..', 'golden', 'npy');
interface Good { file: string; dtype: NpyDtype; fortran_order: boolean; version: NpyVersion; value: Encoded; foreign?: boolean }
interface Npz { file: string; members: Record<string, { dtype: NpyDtype; value: Encoded }> }
const manifest = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')) as { good: Good[]; npz: Npz[]; bad: { file: string; error: string }[] };
const read = (f: string) => new Uint8Array(readFileSync(join(DIR, f)));

function rawHex(a: NpyArray): string {
  const v = a as unknown as { buffer: ArrayBuffer; byteOffset: number; byteLength: number };
  return Buffer.from(new Uint8Array(v.buffer, v.byteOffset, v.byteLength)).toString('hex');
}

function expectValue(a: NpyArray, dtype: NpyDtype, value: Encoded): void {
  expect(a.dtype).toBe(dtype);
  expect(a.shape).toEqual(value.shape);
  expect(rawHex(a)).toBe(value.hex);
}

describe('files written by numpy', () => {
  it.each(manifest.good.map((g) => [g.file, g] as const))('%s loads exactly and re-saves to the same bytes', (_f, g) => {
    const bytes = read(g.file);
    const a = loadNpy(bytes);
    expectValue(a, g.dtype, g.value);
    if (g.dtype === 'float16') expect(a).toBeInstanceOf(Float16Array);
    const info = inspectNpy(bytes);
    expect(info.version).toBe(g.version);
    expect(info.fortran_order).toBe(g.fortran_order);
    const again = saveNpy(a, { fortran_order: g.fortran_order, version: g.version === '1.0' ? undefined : g.version });
    if (g.foreign) {
      // numpy keeps big-endian data big-endian; we write little-endian, which loads to the same values
      expectValue(loadNpy(again), g.dtype, g.value);
    } else {
      expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
    }
  });

  it.each(manifest.npz.map((z) => [z.file, z] as const))('%s loads every member exactly', async (_f, z) => {
    const got = await loadNpz(read(z.file));
    expect(Object.keys(got).sort()).toEqual(Object.keys(z.members).sort());
    for (const [k, m] of Object.entries(z.members)) expectValue(got[k]!, m.dtype, m.value);
    if (!z.file.includes('compressed')) {
      const sync = loadNpzSync(read(z.file));
      for (const [k, m] of Object.entries(z.members)) expectValue(sync[k]!, m.dtype, m.value);
    } else {
      expect(() => loadNpzSync(read(z.file))).toThrow(/compressed/);
    }
  });
});

describe('bad files get a clear ValueError', () => {
  it.each(manifest.bad.map((b) => [b.file, b.error] as const))('%s', async (file, error) => {
    const bytes = read(file);
    const load = file.endsWith('.npz') ? () => loadNpz(bytes) : async () => loadNpy(bytes);
    await expect(load()).rejects.toThrow(ValueError);
    await expect(load()).rejects.toThrow(new RegExp(error.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  });
  it('rejects a non-Uint8Array', () => {
    expect(() => loadNpy([1, 2] as unknown as Uint8Array)).toThrow(TypeError);
  });
});

describe('saveNpy', () => {
  it('round-trips every dtype, C and F order, every version, keeping NaN payloads', () => {
    const bits = new Uint32Array([0x00000001, 0x7ff00000, 0xffffffff, 0xffffffff, 0, 0x80000000]);
    const f64 = Object.assign(new Float64Array(bits.buffer), { shape: [3] });
    for (const v of ['1.0', '2.0', '3.0'] as const) {
      const back = loadNpy(saveNpy(f64, { version: v }));
      expect(rawHex(back)).toBe(Buffer.from(bits.buffer).toString('hex'));
      expect(inspectNpy(saveNpy(f64, { version: v })).version).toBe(v);
    }
    const i64 = Object.assign(new BigInt64Array([-(2n ** 63n), 2n ** 63n - 1n, 0n, -1n, 5n, 6n]), { shape: [2, 3] });
    for (const fortran of [false, true]) {
      const back = loadNpy(saveNpy(i64, { fortran_order: fortran }));
      expect(back.shape).toEqual([2, 3]);
      expect(Array.from(back as BigInt64Array)).toEqual(Array.from(i64));
      expect(inspectNpy(saveNpy(i64, { fortran_order: fortran })).fortran_order).toBe(fortran);
    }
    const h = Object.assign(new Float16Array([1.5, -0, Infinity, 65504]), { shape: [2, 2] });
    expect(Array.from(loadNpy(saveNpy(h, { fortran_order: true })) as Float16Array)).toEqual([1.5, -0, Infinity, 65504]);
  });
  it('writes bool from a Uint8Array tagged or asked for as bool, normalising to 0/1', () => {
    const b = Object.assign(new Uint8Array([0, 1, 7]), { dtype: 'bool' });
    const back = loadNpy(saveNpy(b));
    expect(back.dtype).toBe('bool');
    expect(Array.from(back as Uint8Array)).toEqual([0, 1, 1]);
    expect(loadNpy(saveNpy(new Uint8Array([3]), { dtype: 'bool' })).dtype).toBe('bool');
    expect(loadNpy(saveNpy(new Uint8Array([3]))).dtype).toBe('uint8');
  });
  it('refuses a shape that does not match, a wrong dtype for the array, and a bad version', () => {
    expect(() => saveNpy(Object.assign(new Float64Array(5), { shape: [2, 3] }))).toThrow(ValueError);
    expect(() => saveNpy(new Float64Array(2), { dtype: 'float32' })).toThrow(TypeError);
    expect(() => saveNpy(new Float64Array(2), { version: '4.0' as NpyVersion })).toThrow(/format version/);
    expect(() => saveNpy([1, 2] as unknown as Float64Array)).toThrow(TypeError);
  });
  it('refuses more than the 64 axes numpy allows', () => {
    const a = Object.assign(new Uint8Array(1), { shape: Array.from({ length: 65 }, () => 1) });
    expect(() => saveNpy(a)).toThrow(/maximum supported dimension/);
    a.shape.pop();
    expect(loadNpy(saveNpy(a)).shape.length).toBe(64);
  });
});

describe('saveNpz', () => {
  const x = Object.assign(new Float64Array([1, 2, 3, 4, 5, 6]), { shape: [2, 3] });
  const k = new Int32Array([7, -8]);
  it('stored and compressed archives load back, named and positional', async () => {
    for (const bytes of [saveNpz({ x, k }), await saveNpzCompressed({ x, k })]) {
      const got = await loadNpz(bytes);
      expect(Object.keys(got)).toEqual(['x', 'k']);
      expect(Array.from(got.x as Float64Array)).toEqual([1, 2, 3, 4, 5, 6]);
      expect(got.x!.shape).toEqual([2, 3]);
      expect(Array.from(got.k as Int32Array)).toEqual([7, -8]);
    }
    expect(Object.keys(loadNpzSync(saveNpz([x, k])))).toEqual(['arr_0', 'arr_1']);
  });
  it('each stored member is the .npy numpy would write', () => {
    const z = saveNpz({ x });
    const npy = saveNpy(x);
    expect(Buffer.from(z).includes(Buffer.from(npy))).toBe(true);
  });
});

it('a tiny literal file: the header numpy writes for np.save(f, np.arange(3.0))', () => {
  const bytes = saveNpy(new Float64Array([0, 1, 2]));
  const text = Buffer.from(bytes.subarray(10, 128)).toString('latin1');
  const dict = "{'descr': '<f8', 'fortran_order': False, 'shape': (3,), }";
  expect(text).toBe(dict + ' '.repeat(118 - dict.length - 1) + '\n');
  expect(bytes.length).toBe(128 + 24);
  expect(Buffer.from(hexBytes(Buffer.from(bytes.subarray(0, 10)).toString('hex'))).toString('latin1')).toBe('\x93NUMPY\x01\x00v\x00');
});
