// set_backend / get_backend: both backends give the same bits for the math functions and the bit
// generators, and a host that refuses WebAssembly compilation (a strict Content-Security-Policy)
// falls back to TypeScript silently.
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as np from '../../src/index.js';
import * as M from '../../src/math/index.js';
import { log as logTs } from '../../src/math/log.js';
import { pow as powTs } from '../../src/math/pow.js';

const bits = (a: ArrayLike<number>): string => Array.from(new Uint32Array(Float64Array.from(a).buffer)).join(',');

/** Draws touching every bit generator kernel and every WebAssembly math function. */
function sample(lib: typeof np): string {
  const out: string[] = [];
  for (const Bg of [lib.PCG64, lib.PCG64DXSM, lib.Philox, lib.SFC64, lib.MT19937]) {
    const g = new lib.Generator(new Bg(1234));
    out.push(bits(g.random(300) as Float64Array), bits(g.standard_gamma(0.7, 50) as Float64Array),
      bits(g.vonmises(0.5, 2.0, 50) as Float64Array), bits(g.beta(0.3, 0.4, 50) as Float64Array),
      bits(g.logseries(0.9, 20) as Float64Array), bits(g.exponential(2, 20) as Float64Array));
  }
  const rs = new lib.RandomState(99);
  out.push(bits(rs.vonmises(1, 3, 40) as Float64Array), bits(rs.zipf(2.5, 40) as Float64Array));
  return out.join(';');
}

afterEach(() => {
  np.set_backend('wasm');
});

describe('set_backend / get_backend', () => {
  it('reports WebAssembly for both here, and TypeScript after set_backend("ts")', () => {
    expect(np.get_backend()).toEqual({ math: 'wasm', bit_generators: 'wasm' });
    expect(np.set_backend('ts')).toEqual({ math: 'ts', bit_generators: 'ts' });
    expect(np.get_backend()).toEqual({ math: 'ts', bit_generators: 'ts' });
    M.log(2);
    M.pow(2, 0.5);
    expect(M.log).toBe(logTs); // the export is rebound to the TypeScript function itself
    expect(M.pow).toBe(powTs);
    expect(np.set_backend('wasm')).toEqual({ math: 'wasm', bit_generators: 'wasm' });
    M.log(2);
    expect(M.log).not.toBe(logTs);
  });

  it('gives the same bits on both backends', () => {
    np.set_backend('wasm');
    const wasm = sample(np);
    np.set_backend('ts');
    const ts = sample(np);
    expect(ts).toBe(wasm);
  });

  it('switching mid-stream continues the stream exactly', () => {
    const a = np.default_rng(7), b = np.default_rng(7);
    const ref = bits(a.normal(0, 1, 400) as Float64Array);
    const first = b.normal(0, 1, 200) as Float64Array;
    np.set_backend('ts');
    const second = b.normal(0, 1, 200) as Float64Array;
    expect(bits([...first, ...second])).toBe(ref);
  });

  it('refuses anything but "wasm" or "ts"', () => {
    expect(() => np.set_backend('js' as 'ts')).toThrow(TypeError);
    expect(() => np.set_backend('js' as 'ts')).toThrow("backend must be 'wasm' or 'ts', got 'js'");
  });
});

describe('a host that refuses WebAssembly compilation (CSP without wasm-unsafe-eval)', () => {
  it('falls back to TypeScript silently with the same bits', async () => {
    const reference = sample(np);
    const saved = globalThis.WebAssembly;
    const refuse = (): never => {
      throw new saved.CompileError("WebAssembly.Module(): Refused to compile or instantiate WebAssembly module because 'wasm-unsafe-eval' is not an allowed source");
    };
    vi.resetModules();
    Object.defineProperty(globalThis, 'WebAssembly', {
      value: { ...saved, Module: function Module() { refuse(); }, Instance: function Instance() { refuse(); } },
      configurable: true, writable: true,
    });
    try {
      const fresh = await import('../../src/index.js');
      expect(fresh.get_backend()).toEqual({ math: 'ts', bit_generators: 'ts' });
      expect(fresh.set_backend('wasm')).toEqual({ math: 'ts', bit_generators: 'ts' });
      expect(sample(fresh as typeof np)).toBe(reference);
    } finally {
      Object.defineProperty(globalThis, 'WebAssembly', { value: saved, configurable: true, writable: true });
      // (test files may share a worker's module cache: drop the WebAssembly-less modules)
      vi.resetModules();
    }
  });
});
