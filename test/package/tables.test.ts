// The packed tables (src/core/packed.ts) decode to exactly the tables the decimal sources held
// before packing: SHA-256 (first 16 hex digits) of each table's bytes, recorded from those sources,
// plus the codec on edge cases.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fromBase64, unpackF32, unpackF64, unpackU32 } from '../../src/core/packed.js';

const PINNED: Record<string, Record<string, string>> = {
  'acos_data': {
    ASNCS: 'Float64Array:2568:1f739c9966072aba',
    INROOT: 'Float64Array:128:9ae1de5b8c2421cc',
    POWTWO: 'Float64Array:28:5f98c6991a3032bd',
  },
  'exp_data': {
    C: 'Float64Array:4:0565c64f1b5261ad',
    TAIL: 'Float64Array:128:ad50743c924d89be',
    SBITS: 'Uint32Array:256:a204e24ebe681d12',
  },
  'float_data': {
    LOGF_T: 'Float64Array:32:5c84ae8164c6aa33',
    LOGF_A: 'Float64Array:3:a40fee2feab8c341',
    EXP2F_T: 'Uint32Array:64:f2489ff53c4092ce',
    EXP2F_POLY: 'Float64Array:3:5dd50196c9ff4296',
    EXP2F_POLY_SCALED: 'Float64Array:3:3b11b665e5a80a45',
    POWF_T: 'Float64Array:32:89b6f71af25ca2b9',
    POWF_A: 'Float64Array:5:45263870f645ab3f',
  },
  'log_data': {
    A: 'Float64Array:5:ed0c2de0b892d23c',
    B: 'Float64Array:11:20a2d79beea30366',
    T: 'Float64Array:256:0aa99d057e064959',
  },
  'pow_data': {
    A: 'Float64Array:7:3afeff095b93f8e6',
    T: 'Float64Array:384:082f52ec135ce35a',
  },
  'sincos_data': {
    SINCOSTAB: 'Float64Array:440:17173ddfc81eee03',
  },
  'ziggurat_constants': {
    ki_double: 'Float64Array:256:d3c6847aee4edccc',
    wi_double: 'Float64Array:256:33c6472209e1d09e',
    fi_double: 'Float64Array:256:acd898d9d87e212f',
    ki_float: 'Uint32Array:256:b00c1701b8ee9b5e',
    wi_float: 'Float32Array:256:7e876b6f831f031c',
    fi_float: 'Float32Array:256:3ec75aef4fc5308b',
    ke_double: 'Float64Array:256:3d3e4b1ae699759d',
    we_double: 'Float64Array:256:12751415cc5c2d3a',
    fe_double: 'Float64Array:256:1f4b2a07fcf8396e',
    ke_float: 'Uint32Array:256:845568c71f3b5cb1',
    we_float: 'Float32Array:256:f9d0fef3cfaec382',
    fe_float: 'Float32Array:256:ead9e6f988f29104',
  },
};

const digest = (a: ArrayBufferView & { length: number }): string =>
  `${a.constructor.name}:${a.length}:` +
  createHash('sha256').update(new Uint8Array(a.buffer, a.byteOffset, a.byteLength)).digest('hex').slice(0, 16);

describe('packed tables decode to the recorded tables', () => {
  for (const [file, tables] of Object.entries(PINNED)) {
    it(file, async () => {
      const dir = file === 'ziggurat_constants' ? 'distributions' : 'math';
      const mod = (await import(`../../src/${dir}/${file}.ts`)) as Record<string, unknown>;
      for (const [name, want] of Object.entries(tables)) {
        expect(digest(mod[name] as Float64Array), `${file}.${name}`).toBe(want);
      }
    });
  }
});

describe('codec', () => {
  it('base64 with and without padding, every byte value', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    for (let n = 0; n <= 256; n += 1) {
      const b64 = Buffer.from(bytes.subarray(0, n)).toString('base64');
      expect(Array.from(fromBase64(b64))).toEqual(Array.from(bytes.subarray(0, n)));
      expect(Array.from(fromBase64(b64.replace(/=+$/, '')))).toEqual(Array.from(bytes.subarray(0, n)));
    }
  });

  it('byte planes round trip for each width (-0, NaN payloads, subnormals kept)', () => {
    const f64 = new Float64Array([-0, 5e-324, Number.MAX_VALUE, -Infinity, 1 / 3]);
    const u = new Uint32Array(f64.buffer);
    const planes = (a: Uint8Array, w: number): string => {
      const n = a.length / w, o = new Uint8Array(a.length);
      for (let b = 0; b < w; b++) for (let i = 0; i < n; i++) o[b * n + i] = a[i * w + b]!;
      return Buffer.from(o).toString('base64');
    };
    const nanBits = new Uint32Array([0x12345, 0x7ff80001]);
    const withNaN = new Float64Array([...f64, new Float64Array(nanBits.buffer)[0]!]);
    const back = unpackF64(planes(new Uint8Array(withNaN.buffer), 8));
    expect(Array.from(new Uint32Array(back.buffer))).toEqual(Array.from(new Uint32Array(withNaN.buffer)));
    expect(Array.from(unpackU32(planes(new Uint8Array(u.buffer), 4)))).toEqual(Array.from(u));
    const f32 = new Float32Array([-0, 1e-45, 3.4e38, 0.1]);
    expect(Array.from(new Uint32Array(unpackF32(planes(new Uint8Array(f32.buffer), 4)).buffer)))
      .toEqual(Array.from(new Uint32Array(f32.buffer)));
  });
});
