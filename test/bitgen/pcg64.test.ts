import { afterAll, describe, expect, it } from 'vitest';
import { PCG64 } from '../../src/bitgen/pcg64.js';
import { PCG64DXSM } from '../../src/bitgen/pcg64dxsm.js';
import { setKernelBackend } from '../../src/bitgen/kernels.js';
import { KeyError, OverflowError, ValueError } from '../../src/core/errors.js';
import { loadTestSet } from './csv.js';

const BACKENDS = ['ts', 'wasm'] as const;
const GENS = [[PCG64, 'pcg64'], [PCG64DXSM, 'pcg64dxsm']] as const;

afterAll(() => {
  setKernelBackend('wasm');
});

describe.each(BACKENDS)('%s backend', (backend) => {
  describe.each(GENS)('%o', (Ctor, file) => {
    it.each([1, 2] as const)("numpy's testset-%i: random_raw(1000) and scalar draws", (n) => {
      expect(setKernelBackend(backend)).toBe(backend);
      const t = loadTestSet(file, n);
      expect(Array.from(new Ctor(t.seed).random_raw(1000) as BigUint64Array)).toEqual(t.values);
      const g = new Ctor(t.seed);
      const one: bigint[] = [];
      for (let i = 0; i < 1000; i++) one.push(g.random_raw() as bigint);
      expect(one).toEqual(t.values);
    });

    it('next_uint64/next_double/next_uint32 follow the raw stream with numpy buffering', () => {
      setKernelBackend(backend);
      const t = loadTestSet(file, 1);
      const g = new Ctor(t.seed);
      const v = t.values;
      g.next_uint64();
      expect((BigInt(g.hi) << 32n) | BigInt(g.lo)).toBe(v[0]);
      expect(g.next_double()).toBe(Number(v[1]! >> 11n) / 2 ** 53);
      expect(g.next_uint32()).toBe(Number(v[2]! & 0xffffffffn));
      // next_double does not touch the 32-bit buffer
      expect(g.next_double()).toBe(Number(v[3]! >> 11n) / 2 ** 53);
      expect(g.state.has_uint32).toBe(1);
      expect(g.state.uinteger).toBe(Number(v[2]! >> 32n));
      expect(g.next_uint32()).toBe(Number(v[2]! >> 32n));
      expect(g.next_uint32()).toBe(Number(v[4]! & 0xffffffffn));
      const out = new Float64Array(300);
      g.fill_double(out, 0, 300);
      for (let i = 0; i < 300; i++) expect(out[i]).toBe(Number(v[5 + i]! >> 11n) / 2 ** 53);
      expect(g.random_raw(10, false)).toBeNull();
      expect(g.random_raw()).toBe(v[315]);
      // numpy's output=False skips sum(size) draws
      g.random_raw([2, 3], false);
      expect(g.random_raw()).toBe(v[321]);
    });

    it('state read mid-block continues the stream exactly in a fresh generator', () => {
      setKernelBackend(backend);
      const t = loadTestSet(file, 2);
      const g = new Ctor(t.seed);
      for (let k = 0; k < 37; k++) g.next_uint64();
      const h = new Ctor(0);
      h.state = g.state;
      expect(Array.from(h.random_raw(100) as BigUint64Array)).toEqual(t.values.slice(37, 137));
      expect(h.state).toEqual((() => { g.random_raw(100); return g.state; })());
    });
  });
});

describe('advance and jumped', () => {
  it("numpy's test_advance_large", () => {
    const g = new PCG64(38219308213743);
    expect(g.state.state.state).toBe(287608843259529770491897792873167516365n);
    g.advance(2n ** 96n + 2n ** 64n + 2n ** 32n + 2n ** 16n + 2n ** 8n + 2n ** 4n + 2n ** 2n + 2n ** 1n);
    expect(g.state.state.state).toBe(135275564607035429730177404003164635391n);
  });

  it.each(GENS)('%o: advance(k) equals k draws, negative deltas wrap, the uint32 buffer resets', (Ctor) => {
    const a = new Ctor(12345), b = new Ctor(12345);
    a.next_uint32();
    b.next_uint32();
    a.random_raw(1000);
    b.advance(1000);
    expect(b.state.has_uint32).toBe(0);
    expect(b.state.state).toEqual(a.state.state);
    b.advance(-1000);
    b.advance(2n ** 128n + 1000n);
    expect(b.state.state).toEqual(a.state.state);
    expect(b.advance(0)).toBe(b);
    expect(() => b.advance(1.5)).toThrow(TypeError);
  });

  it.each(GENS)('%o: jumped(j) = advance(j * step) on a copy, leaving the original alone', (Ctor) => {
    const a = new Ctor(99);
    a.random_raw(3);
    const before = a.state;
    const j = a.jumped(3);
    expect(a.state).toEqual(before);
    const c = new Ctor(0);
    c.state = before;
    c.advance(0x9e3779b97f4a7c15f39cc0605cedc835n * 3n);
    expect(j.state).toEqual(c.state);
    expect(j).toBeInstanceOf(Ctor);
  });
});

describe('state validation', () => {
  it('rejects bad states before changing anything', () => {
    const g = new PCG64(5);
    g.random_raw(3);
    const before = g.state;
    const good = { ...before, state: { ...before.state } };
    expect(() => { g.state = { ...good, bit_generator: 'PCG64DXSM' }; }).toThrow(new ValueError('state must be for a PCG64 RNG'));
    // numpy's messages: state // 2**64 stored into a uint64 array, the rest cast as C types
    expect(() => { g.state = { ...good, state: { state: 2n ** 128n, inc: 1n } }; }).toThrow(new OverflowError('Python int too large to convert to C long'));
    expect(() => { g.state = { ...good, state: { state: -1n, inc: 1n } }; }).toThrow(new OverflowError('Python integer -1 out of bounds for uint64'));
    expect(() => { g.state = { ...good, state: { state: 'abc', inc: 1n } }; }).toThrow(new TypeError("unsupported operand type(s) for //: 'str' and 'int'"));
    expect(() => { g.state = { ...good, state: { state: 1n } }; }).toThrow(new KeyError("'inc'"));
    expect(() => { g.state = { ...good, has_uint32: 2 ** 31 }; }).toThrow(new OverflowError('value too large to convert to int'));
    expect(() => { g.state = { ...good, uinteger: 2 ** 32 }; }).toThrow(new OverflowError('value too large to convert to uint32_t'));
    expect(() => { g.state = { ...good, uinteger: -1 }; }).toThrow(new OverflowError("can't convert negative value to uint32_t"));
    expect(() => { g.state = { ...good, state: undefined } as unknown as object; }).toThrow(new TypeError("'NoneType' object is not subscriptable"));
    expect(() => { g.state = 5 as unknown as object; }).toThrow(new TypeError('state must be a dict'));
    expect(g.state).toEqual(before);
  });
});
