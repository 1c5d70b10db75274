// numpy's bit-generator state setters as Python runs them: each case's class and message were
// read from numpy 2.4.6 (bg.state = st with one field replaced).
import { describe, expect, it } from 'vitest';
import { thrown } from '../helpers/thrown.js';
import { MT19937 } from '../../src/bitgen/mt19937.js';
import { PCG64 } from '../../src/bitgen/pcg64.js';
import { Philox } from '../../src/bitgen/philox.js';
import { SFC64 } from '../../src/bitgen/sfc64.js';
import { assignU64Slice, cInt, cUnsigned, getIndex, getKey, pcgHalves } from '../../src/bitgen/py_state.js';


const LONG = ['OverflowError', 'Python int too large to convert to C long'];

describe('py_state: the Python operations of the setters', () => {
  it('subscripts', () => {
    expect(thrown(() => getKey({}, 'state'))).toEqual(['KeyError', "'state'"]);
    expect(thrown(() => getKey('x', 'state'))).toEqual(['TypeError', "string indices must be integers, not 'str'"]);
    expect(thrown(() => getKey([1], 'state'))).toEqual(['TypeError', 'list indices must be integers or slices, not str']);
    expect(thrown(() => getKey(null, 'state'))).toEqual(['TypeError', "'NoneType' object is not subscriptable"]);
    expect(thrown(() => getKey(1.5, 'state'))).toEqual(['TypeError', "'float' object is not subscriptable"]);
    expect(thrown(() => getKey(new Uint32Array(1), 'k'))[0]).toBe('IndexError');
    expect(getKey({ a: undefined }, 'a')).toBeUndefined();
    expect(thrown(() => getIndex([], 0))).toEqual(['IndexError', 'list index out of range']);
    expect(thrown(() => getIndex('', 0))).toEqual(['IndexError', 'string index out of range']);
    expect(thrown(() => getIndex(new BigUint64Array(3), 3))).toEqual(['IndexError', 'index 3 is out of bounds for axis 0 with size 3']);
    expect(thrown(() => getIndex({}, 0))).toEqual(['KeyError', '0']);
    expect(thrown(() => getIndex(true, 0))).toEqual(['TypeError', "'bool' object is not subscriptable"]);
    expect(thrown(() => getIndex(new Set(), 0))).toEqual(['TypeError', "'set' object is not subscriptable"]);
  });

  it("Cython's C integer casts", () => {
    expect(cUnsigned(1.5, 32)).toBe(1n);
    expect(cUnsigned(-0.5, 64)).toBe(0n);
    expect(thrown(() => cUnsigned(-1, 32))).toEqual(['OverflowError', "can't convert negative value to uint32_t"]);
    expect(thrown(() => cUnsigned(-(2n ** 200n), 32))).toEqual(['OverflowError', "can't convert negative value to uint32_t"]);
    expect(thrown(() => cUnsigned(2 ** 32, 32))).toEqual(['OverflowError', 'value too large to convert to uint32_t']);
    expect(thrown(() => cUnsigned(2n ** 64n, 32))).toEqual(['OverflowError', 'Python int too large to convert to C unsigned long']);
    expect(thrown(() => cUnsigned(2n ** 64n, 64))).toEqual(['OverflowError', 'Python int too large to convert to C unsigned long']);
    expect(thrown(() => cUnsigned('x', 64))).toEqual(['TypeError', 'an integer is required']);
    expect(thrown(() => cUnsigned(NaN, 64))).toEqual(['ValueError', 'cannot convert float NaN to integer']);
    expect(thrown(() => cUnsigned(new Uint32Array(1), 64))).toEqual(['TypeError', 'only 0-dimensional arrays can be converted to Python scalars']);
    expect(cInt(-1.5)).toBe(-1);
    expect(thrown(() => cInt(2 ** 31))).toEqual(['OverflowError', 'value too large to convert to int']);
    expect(thrown(() => cInt(-(2 ** 40)))).toEqual(['OverflowError', 'value too large to convert to int']);
    expect(thrown(() => cInt(2n ** 63n))).toEqual(LONG);
    expect(thrown(() => cInt(Infinity))).toEqual(['OverflowError', 'cannot convert float infinity to integer']);
    expect(thrown(() => cInt([]))).toEqual(['TypeError', 'an integer is required']);
  });

  it("SFC64's slice assignment into a uint64[4]", () => {
    expect(assignU64Slice(5, 4)).toEqual([5n, 5n, 5n, 5n]);
    expect(assignU64Slice('3', 4)).toEqual([3n, 3n, 3n, 3n]);
    expect(assignU64Slice([1.5], 4)).toEqual([1n, 1n, 1n, 1n]);
    expect(assignU64Slice(new Int32Array([-1]), 4)).toEqual(new Array(4).fill(2n ** 64n - 1n));
    expect(thrown(() => assignU64Slice([], 4))).toEqual(['ValueError', 'could not broadcast input array from shape (0,) into shape (4,)']);
    expect(thrown(() => assignU64Slice([-1, -1, -1], 4))).toEqual(['OverflowError', 'Python integer -1 out of bounds for uint64']);
    expect(thrown(() => assignU64Slice(-(2 ** 40), 4))).toEqual(['OverflowError', 'Python integer -1099511627776 out of bounds for uint64']);
    expect(thrown(() => assignU64Slice(2n ** 64n, 4))).toEqual(LONG);
    expect(thrown(() => assignU64Slice(1e20, 4))).toEqual(LONG);
    expect(thrown(() => assignU64Slice('x', 4))).toEqual(['ValueError', "invalid literal for int() with base 10: 'x'"]);
    expect(thrown(() => assignU64Slice(null, 4))).toEqual(['TypeError', "int() argument must be a string, a bytes-like object or a real number, not 'NoneType'"]);
    expect(thrown(() => assignU64Slice({}, 4))).toEqual(['TypeError', "int() argument must be a string, a bytes-like object or a real number, not 'dict'"]);
    expect(thrown(() => assignU64Slice([[1, 2]], 4))[1]).toMatch(/^setting an array element with a sequence/);
    expect(thrown(() => assignU64Slice(Infinity, 4))).toEqual(['OverflowError', 'cannot convert float infinity to integer']);
  });

  it("PCG64's x // 2**64 and x % 2**64", () => {
    expect(pcgHalves(2n ** 64n + 7n)).toEqual([1n, 7n]);
    expect(pcgHalves(1.5)).toEqual([0n, 1n]);
    expect(pcgHalves(1e20)).toEqual([5n, 100000000000000000000n - 5n * 2n ** 64n]);
    expect(pcgHalves(true)).toEqual([0n, 1n]);
    expect(thrown(() => pcgHalves(-1))).toEqual(['OverflowError', 'Python integer -1 out of bounds for uint64']);
    expect(thrown(() => pcgHalves(-0.5))).toEqual(['OverflowError', 'Python integer -1 out of bounds for uint64']);
    expect(thrown(() => pcgHalves(2n ** 128n))).toEqual(LONG);
    expect(thrown(() => pcgHalves(1e40))).toEqual(LONG);
    expect(thrown(() => pcgHalves(Infinity))).toEqual(['ValueError', 'cannot convert float NaN to integer']);
    expect(thrown(() => pcgHalves(null))).toEqual(['TypeError', "unsupported operand type(s) for //: 'NoneType' and 'int'"]);
    expect(thrown(() => pcgHalves([]))).toEqual(['TypeError', "unsupported operand type(s) for //: 'list' and 'int'"]);
    expect(thrown(() => pcgHalves(new Uint32Array([1])))).toEqual(LONG);
    expect(thrown(() => pcgHalves(new Float64Array([1.5])))).toEqual(['ValueError', 'setting an array element with a sequence.']);
  });
});

describe('setters: what numpy accepts, and what it has already stored when it throws', () => {
  it('PCG64 and SFC64 keep any C int has_uint32 (non-zero: a buffered uint32)', () => {
    const g = new PCG64(1);
    g.state = { ...g.state, has_uint32: 5, uinteger: 7.9 };
    expect([g.state.has_uint32, g.state.uinteger]).toEqual([5, 7]);
    expect(g.next_uint32()).toBe(7);
    const s = new SFC64(1);
    s.state = { ...s.state, state: { state: [1, 2, 3, 4] } };
    expect(Array.from(s.state.state.state)).toEqual([1n, 2n, 3n, 4n]);
    const before = s.state;
    expect(thrown(() => { s.state = { ...before, uinteger: -1 }; })).toEqual(['OverflowError', "can't convert negative value to uint32_t"]);
    expect(s.state).toEqual(before); // numpy's SFC64 and PCG64 setters store nothing until every field converts
  });

  it('Philox stores field by field: a bad counter element leaves the ones before it', () => {
    const g = new Philox(1);
    const st = g.state;
    expect(thrown(() => { g.state = { ...st, state: { ...st.state, counter: [1n] } }; })).toEqual(['IndexError', 'list index out of range']);
    expect(Array.from(g.state.state.counter)).toEqual([1n, 0n, 0n, 0n]);
    const h = new Philox(1);
    h.state = { ...h.state, buffer_pos: 70 }; // numpy: 4 or more starts a new block
    expect(h.state.buffer_pos).toBe(70);
    expect(h.random_raw(2)).toEqual(new Philox(1).random_raw(2));
    expect(thrown(() => { h.state = { ...h.state, buffer_pos: -1 }; })[1]).toMatch(/numpy would read outside its buffer/);
  });

  it('MT19937 copies key words one at a time, then pos as a C int', () => {
    const g = new MT19937(1);
    const st = g.state;
    expect(thrown(() => { g.state = { ...st, state: { key: [1, 2, 3, 4], pos: 624 } }; })).toEqual(['IndexError', 'list index out of range']);
    expect(Array.from(g.state.state.key.slice(0, 5))).toEqual([1, 2, 3, 4, st.state.key[4]]);
    expect(thrown(() => { g.state = { ...st, state: { key: 'x', pos: 1 } }; })).toEqual(['TypeError', 'an integer is required']);
    expect(thrown(() => { g.state = { ...st, state: { key: st.state.key, pos: NaN } }; })).toEqual(['ValueError', 'cannot convert float NaN to integer']);
    expect(thrown(() => { g.state = { ...st, state: { key: st.state.key } } as never; })).toEqual(['KeyError', "'pos'"]);
    expect(thrown(() => { g.state = [] as never; })).toEqual(['TypeError', 'state must be a dict']);
    g.state = { ...st, state: { key: st.state.key, pos: 1.5 } };
    expect(g.state.state.pos).toBe(1);
  });
});
