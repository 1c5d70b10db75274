// numpy-random/torch's API around the golden vectors: torch's errors (messages read from torch
// 1.13.1) thrown before any draw, seeds, generators, state layouts, dtypes and the README values.
import { describe, expect, it } from 'vitest';
import * as torch from '../../src/torch/index.js';
import { Float16Array } from '@petamoriken/float16';

const bits32 = (a: unknown) => Array.from(new Uint32Array(new Float32Array(Array.from(a as ArrayLike<number>)).buffer));
const nums = (a: unknown) => Array.from(a as ArrayLike<number>);

describe('errors: torch RuntimeError text, nothing drawn', () => {
  const cases: [string, () => unknown, string][] = [
    ['randint empty range', () => torch.randint(5, 5, [3]), "random_ expects 'from' to be less than 'to', but got from=5 >= to=5"],
    ['randint uint8 to', () => torch.randint(0, 300, [3], { dtype: 'uint8' }), 'to - 1 is out of bounds for unsigned char'],
    ['randint uint8 from', () => torch.randint(-1, 3, [3], { dtype: 'uint8' }), 'from is out of bounds for unsigned char'],
    ['randint bool', () => torch.randint(0, 3, [3], { dtype: 'bool' }), 'to - 1 is out of bounds for bool'],
    ['randperm negative', () => torch.randperm(-1), 'Trying to create tensor with negative dimension -1: [-1]'],
    ['randperm half', () => torch.randperm(3000, { dtype: 'float16' }), 'n cannot be greater than 2049 for Half type.'],
    ['randperm int8', () => torch.randperm(300, { dtype: 'int8' }), 'value cannot be converted to type int8_t without overflow'],
    ['random_ from >= to', () => torch.random_(new Float32Array(3), 5, 2), "random_ expects 'from' to be less than 'to', but got from=5 >= to=2"],
    ['random_ half to', () => torch.random_(new Float16Array(3), 0, 70000), 'to - 1 is out of bounds for c10::Half'],
    ['random_ int8 to', () => torch.random_(new Int8Array(3), 200), 'to - 1 is out of bounds for signed char'],
    ['random_ to = int64 min', () => torch.random_(new Float32Array(3), -(2n ** 63n)), "random_ expects 'from' to be less than 'to', but got from=0 >= to=-9223372036854775808"],
    ['normal_ std', () => torch.normal_(new Float32Array(3), 0, -1), 'normal expects std >= 0.0, but found std -1'],
    ['uniform_ to', () => torch.uniform_(new Float32Array(3), 0, 1e39), 'to is out of bounds for float'],
    ['uniform_ int64', () => torch.uniform_(new BigInt64Array(3), 0, 1), '"check_uniform_bounds" not implemented for \'Long\''],
    ['uniform_ half range', () => torch.uniform_(new Float16Array(3), -6e4, 6e4), 'uniform_ expects to-from <= std::numeric_limits<Half>::max(), but found to=60000 and from=-60000 which result in to-from to exceed the limit'],
    ['uniform_ from > to', () => torch.uniform_(new Float32Array(3), 123456789, -1e30), 'uniform_ expects to return a [from, to) range, but found from=1.23457e+08 > to=-1e+30'],
    ['exponential_', () => torch.exponential_(new Float32Array(3), -1), 'exponential_ expects lambda >= 0.0, but found lambda=-1'],
    ['cauchy_ int64', () => torch.cauchy_(new BigInt64Array(3)), '"cauchy_cpu" not implemented for \'Long\''],
    ['cauchy_ bool', () => torch.cauchy_(new Uint8Array(3), 0, 1, { dtype: 'bool' }), '"cauchy_cpu" not implemented for \'Bool\''],
    ['cauchy_ uint8', () => torch.cauchy_(new Uint8Array(3)), '"cauchy_cpu" not implemented for \'Byte\''],
    ['geometric_', () => torch.geometric_(new Float32Array(3), 1), 'geometric_ expects p to be in (0, 1), but got p=1'],
    ['log_normal_', () => torch.log_normal_(new Float32Array(3), 0, 0), 'log_normal_ expects std > 0.0, but found std=0'],
    ['bernoulli_ p', () => torch.bernoulli_(new Float32Array(3), 1.5), 'bernoulli_ expects p to be in [0, 1], but got p=1.5'],
    ['bernoulli tensor p', () => torch.bernoulli([0.5, 1.5]), 'Expected p_in >= 0 && p_in <= 1 to be true, but got false.  (Could this error message be improved?  If so, please report an enhancement request to PyTorch.)'],
    ['multinomial negative', () => torch.multinomial([1, -1], 1), 'probability tensor contains either `inf`, `nan` or element < 0'],
    ['multinomial inf', () => torch.multinomial([1, Infinity], 1), 'probability tensor contains either `inf`, `nan` or element < 0'],
    ['multinomial nan', () => torch.multinomial([1, NaN], 1), 'probability tensor contains either `inf`, `nan` or element < 0'],
    ['multinomial zero sum', () => torch.multinomial([0, 0], 1), 'invalid multinomial distribution (sum of probabilities <= 0)'],
    ['multinomial too many', () => torch.multinomial([1, 2], 3), 'cannot sample n_sample > prob_dist.size(-1) samples without replacement'],
    ['multinomial zero samples', () => torch.multinomial([1, 2], 0), 'cannot sample n_sample <= 0 samples'],
    ['multinomial negative, replacement', () => torch.multinomial([1, -1], 2, true), 'invalid multinomial distribution (encountering probability entry < 0)'],
    ['poisson', () => torch.poisson([1, -1]), 'invalid Poisson rate, expected rate to be non-negative'],
    ['multinomial second row negative, replacement', () => torch.multinomial([[1, 1], [1, -1]], 2, true), 'invalid multinomial distribution (encountering probability entry < 0)'],
    ['normal std tensor', () => torch.normal([0], [-1]), 'normal expects all elements of std >= 0.0'],
    ['manual_seed 2**64', () => torch.manual_seed(2n ** 64n), 'Overflow when unpacking long'],
    ['manual_seed below int64', () => torch.manual_seed(-(2n ** 63n) - 1n), 'Overflow when unpacking long'],
    ['Generator.manual_seed float', () => new torch.Generator().manual_seed(1.5), 'manual_seed expected a long, but got float'],
    ['rand negative size', () => torch.rand(-1), 'Trying to create tensor with negative dimension -1: [-1]'],
    ['randint negative size', () => torch.randint(3, [-2]), 'Trying to create tensor with negative dimension -2: [-2]'],
    ['bernoulli_ half', () => torch.bernoulli_(new Float16Array(3), 0.5), '"bernoulli_scalar_cpu_" not implemented for \'Half\''],
    ['geometric_ bool', () => torch.geometric_(new Uint8Array(3), 0.5, { dtype: 'bool' }), '"geometric_cpu" not implemented for \'Bool\''],
    ['set_rng_state zeros', () => torch.set_rng_state(new Uint8Array(5056)), 'Invalid mt19937 state'],
    ['set_rng_state size', () => torch.set_rng_state(new Uint8Array(5)), 'Expected either a CPUGeneratorImplStateLegacy of size 5048 or a CPUGeneratorImplState of size 5056 but found the input RNG state size to be 5'],
  ];
  for (const [name, f, msg] of cases) {
    it(name, () => {
      torch.manual_seed(11);
      torch.randn(3); // leave a cached normal, which must survive too
      const before = torch.get_rng_state();
      let err: unknown;
      try { f(); } catch (e) { err = e; }
      expect(err).toBeInstanceOf(torch.RuntimeError);
      expect((err as Error).message).toBe(msg);
      expect(torch.get_rng_state()).toEqual(before);
    });
  }
  it('type errors', () => {
    expect(() => torch.set_rng_state(new Float32Array(5056) as unknown as Uint8Array)).toThrow(new TypeError('RNG state must be a torch.ByteTensor'));
    expect(() => torch.set_rng_state([1, 2] as unknown as Uint8Array)).toThrow(new TypeError('expected a torch.ByteTensor, but got list'));
    expect(() => torch.rand(2.5)).toThrow(TypeError);
    expect(() => torch.cauchy_(new Float32Array(3), 'a' as never)).toThrow(new TypeError("cauchy_(): argument 'median' (position 1) must be float, not str"));
    expect(() => torch.cauchy_(new Float32Array(3), 0, null as never)).toThrow(new TypeError("cauchy_(): argument 'sigma' (position 2) must be float, not NoneType"));
    expect(() => torch.rand({ dtype: 'float32' })).toThrow(TypeError);
    expect(() => torch.rand(3, { dtype: 'float128' })).toThrow(TypeError);
  });
});

describe('seeds and generators', () => {
  it('torch.manual_seed takes int(seed); negative seeds wrap to uint64', () => {
    expect(torch.manual_seed(1.5).initial_seed()).toBe(1n);
    expect(torch.manual_seed(-1).initial_seed()).toBe(18446744073709551615n);
    expect(new torch.Generator().manual_seed(-5).initial_seed()).toBe(18446744073709551611n);
    // seeds equal mod 2**32 give the same stream (at::mt19937 seeds with the low 32 bits)
    const a = torch.rand(5, { generator: new torch.Generator().manual_seed(7) });
    const b = torch.rand(5, { generator: new torch.Generator().manual_seed(7n + (1n << 32n)) });
    expect(bits32(a)).toEqual(bits32(b));
  });
  it('a new Generator has torch\'s default seed 67280421310721', () => {
    expect(new torch.Generator().initial_seed()).toBe(67280421310721n);
  });
  it('seed() seeds from entropy and reports it', () => {
    const s = torch.seed();
    expect(typeof s).toBe('bigint');
    expect(s >= 0n && s < 2n ** 64n).toBe(true);
    expect(torch.initial_seed()).toBe(s);
    const x = torch.rand(4);
    torch.manual_seed(s);
    expect(bits32(torch.rand(4))).toEqual(bits32(x));
  });
  it('generators are independent of the default one and of each other; clone copies the state', () => {
    torch.manual_seed(0);
    const g = new torch.Generator().manual_seed(0);
    const viaG = torch.randn(7, { generator: g });
    const c = g.clone();
    expect(bits32(torch.randn(7))).toEqual(bits32(viaG));
    expect(bits32(torch.randn(3, { generator: c }))).toEqual(bits32(torch.randn(3, { generator: g })));
  });
  it('get_state/set_state round trip, cached normal included', () => {
    const g = new torch.Generator().manual_seed(3);
    torch.randn(5, { generator: g });
    const st = g.get_state();
    expect(st.length).toBe(5056);
    const a = torch.randn(9, { generator: g, dtype: 'float64' });
    g.set_state(st);
    expect(Array.from(torch.randn(9, { generator: g, dtype: 'float64' }) as Float64Array)).toEqual(Array.from(a as Float64Array));
  });
  it('loads the legacy 5048-byte layout as torch 1.13 does (cached sine rebuilt from normal_x, normal_rho)', () => {
    torch.manual_seed(5);
    torch.randn(3);
    const legacy = torch.get_rng_state().slice(0, 5048);
    torch.set_rng_state(legacy);
    // torch 1.13.1: [0.0, -0.19741509323400558]
    expect(Array.from(torch.randn(2, { dtype: 'float64' }) as Float64Array)).toEqual([0, -0.19741509323400558]);
  });
});

describe('values and dtypes', () => {
  it("the README's torch.manual_seed(0); torch.rand(3) and torch.randn(20)", () => {
    torch.manual_seed(0);
    expect(nums(torch.rand(3))).toEqual([0.49625658988952637, 0.7682217955589294, 0.08847743272781372]);
    torch.manual_seed(0);
    const r = torch.randn(20);
    expect(nums(r)).toEqual([-1.1258398294448853, -1.152360200881958, -0.2505785822868347, -0.4338788092136383, 0.5988394618034363,
      -1.5550950765609741, -0.3413603901863098, 1.85300612449646, 0.46809640526771545, -0.1577124446630478, 1.4436601400375366,
      0.26604941487312317, 1.3893661499023438, 1.586334228515625, 0.946298360824585, -0.843676745891571, 0.9318265914916992,
      1.2590092420578003, 2.0049805641174316, 0.05373690277338028]);
    torch.manual_seed(0);
    expect(nums(torch.randn(3))).toEqual([1.5409960746765137, -0.293428897857666, -2.1787893772125244]); // the scalar path
    expect(r.shape).toEqual([20]);
  });
  it('shapes, containers and size conventions', () => {
    torch.manual_seed(1);
    const a = torch.rand(2, 3);
    torch.manual_seed(1);
    const b = torch.rand([2, 3], { dtype: 'float32' });
    expect(a.shape).toEqual([2, 3]);
    expect(bits32(a)).toEqual(bits32(b));
    expect(torch.rand([]).length).toBe(1);
    expect(torch.rand(0).length).toBe(0);
    expect(torch.rand(3, { dtype: 'float16' })).toBeInstanceOf(Float16Array);
    expect(torch.rand(3, { dtype: 'bfloat16' })).toBeInstanceOf(Uint16Array);
    expect(torch.rand(3, { dtype: 'torch.float64' })).toBeInstanceOf(Float64Array);
    expect(torch.randint(0, 5, [4])).toBeInstanceOf(Float64Array);
    expect(torch.randint(0, 5, [4], { dtype: 'int64' })).toBeInstanceOf(BigInt64Array);
    expect(torch.randperm(4, { dtype: 'long' })).toBeInstanceOf(BigInt64Array);
    expect(() => torch.randint(0, 2 ** 60, [4])).toThrow(torch.RuntimeError);
  });
  it('bfloat16 and float16 helpers round to nearest even', () => {
    expect(torch.f32ToBf16Bits(1 + 2 ** -8)).toBe(0x3f80);
    expect(torch.f32ToBf16Bits(1 + 3 * 2 ** -8)).toBe(0x3f82);
    expect(torch.bf16ToF32(0x3f82)).toBe(1.015625);
    expect(torch.f32ToHalfBits(65520)).toBe(0x7c00);
    expect(torch.f32ToHalfBits(2 ** -25)).toBe(0);
    expect(torch.f32ToHalfBits(Math.fround(2 ** -25 * 1.5))).toBe(1);
    expect(torch.halfToF32(0x3c01)).toBe(1 + 2 ** -10);
    expect(torch.f32ToHalfBits(NaN)).toBe(0x7e00);
  });
  it('the kernel option and set_cpu_capability select the same paths', () => {
    torch.manual_seed(2);
    const a = torch.randn(40, { kernel: 'default' });
    torch.set_cpu_capability('default');
    torch.manual_seed(2);
    const b = torch.randn(40);
    torch.set_cpu_capability('avx2');
    torch.manual_seed(2);
    const c = torch.randn(40);
    expect(bits32(a)).toEqual(bits32(b));
    expect(bits32(a)).not.toEqual(bits32(c));
    expect(torch.get_cpu_capability()).toBe('avx2');
  });
});

describe('cauchy_', () => {
  it('takes ints and bools as floats, as torch does, and checks neither sigma nor median', () => {
    const a = torch.cauchy_(new Float64Array(4), 1, 2, { generator: new torch.Generator().manual_seed(5) });
    const b = torch.cauchy_(new Float64Array(4), true as never, 2n, { generator: new torch.Generator().manual_seed(5) });
    expect(b).toEqual(a);
    expect(Array.from(torch.cauchy_(new Float32Array(3), 1, 0))).toEqual([1, 1, 1]);
    expect(torch.cauchy_(new Float32Array(3), NaN, Infinity).every(Number.isNaN)).toBe(true);
    expect(torch.cauchy_(new Float32Array(0), 1, -1).length).toBe(0);
  });
});

describe('options right after the array (the parameters omitted take their defaults)', () => {
  const bytes = (a: ArrayBufferView) => Array.from(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
  const f32 = () => new Float32Array(9);
  // each pair: the call with the options alone, and with torch's defaults spelled out
  const pairs: [string, (g: torch.Generator) => ArrayBufferView, (g: torch.Generator) => ArrayBufferView][] = [
    ['uniform_', (g) => torch.uniform_(f32(), { generator: g }), (g) => torch.uniform_(f32(), 0, 1, { generator: g })],
    ['uniform_ from', (g) => torch.uniform_(f32(), -2, { generator: g }), (g) => torch.uniform_(f32(), -2, 1, { generator: g })],
    ['normal_', (g) => torch.normal_(f32(), { generator: g }), (g) => torch.normal_(f32(), 0, 1, { generator: g })],
    ['normal_ mean', (g) => torch.normal_(f32(), 3, { generator: g }), (g) => torch.normal_(f32(), 3, 1, { generator: g })],
    ['exponential_', (g) => torch.exponential_(f32(), { generator: g }), (g) => torch.exponential_(f32(), 1, { generator: g })],
    ['log_normal_', (g) => torch.log_normal_(f32(), { generator: g }), (g) => torch.log_normal_(f32(), 1, 2, { generator: g })],
    ['cauchy_', (g) => torch.cauchy_(f32(), { generator: g }), (g) => torch.cauchy_(f32(), 0, 1, { generator: g })],
    ['bernoulli_', (g) => torch.bernoulli_(f32(), { generator: g }), (g) => torch.bernoulli_(f32(), 0.5, { generator: g })],
    ['random_', (g) => torch.random_(new Int32Array(9), { generator: g }), (g) => torch.random_(new Int32Array(9), undefined, undefined, { generator: g })],
    ['random_ to', (g) => torch.random_(new Int32Array(9), 7, { generator: g }), (g) => torch.random_(new Int32Array(9), 0, 7, { generator: g })],
    ['multinomial', (g) => torch.multinomial([1, 2, 3, 4], 2, { generator: g }), (g) => torch.multinomial([1, 2, 3, 4], 2, false, { generator: g })],
  ];
  for (const [name, short, full] of pairs) {
    it(name, () => {
      torch.manual_seed(1);
      const before = torch.get_rng_state();
      const g1 = new torch.Generator().manual_seed(9), g2 = new torch.Generator().manual_seed(9);
      const a = short(g1), b = full(g2);
      expect(bytes(a)).toEqual(bytes(b));
      expect(a.byteLength).toBeGreaterThan(0);
      expect(g1.get_state()).toEqual(g2.get_state());
      expect(g1.get_state()).not.toEqual(new torch.Generator().manual_seed(9).get_state());
      expect(torch.get_rng_state()).toEqual(before); // the default generator is not the one drawn from
    });
  }
  it('normal_ with the options alone draws numbers, not NaNs', () => {
    expect(torch.normal_(new Float64Array(4), { generator: new torch.Generator().manual_seed(0) }).some(Number.isNaN)).toBe(false);
  });
  it('geometric_ has no default p', () => {
    expect(() => torch.geometric_(f32(), { generator: new torch.Generator() } as never)).toThrow(new TypeError('geometric_() missing 1 required positional arguments: "p"'));
  });
});

describe("Python's argument errors (torch 1.13.1's texts)", () => {
  const RANDINT_SIGS = ' * (int high, tuple of ints size, *, torch.Generator generator, Tensor out, torch.dtype dtype, torch.layout layout, torch.device device, bool pin_memory, bool requires_grad)\n * (int high, tuple of ints size, *, Tensor out, torch.dtype dtype, torch.layout layout, torch.device device, bool pin_memory, bool requires_grad)\n * (int low, int high, tuple of ints size, *, torch.Generator generator, Tensor out, torch.dtype dtype, torch.layout layout, torch.device device, bool pin_memory, bool requires_grad)\n * (int low, int high, tuple of ints size, *, Tensor out, torch.dtype dtype, torch.layout layout, torch.device device, bool pin_memory, bool requires_grad)\n';
  const RAND_SIGS = ' * (tuple of ints size, *, torch.Generator generator, tuple of names names, torch.dtype dtype, torch.layout layout, torch.device device, bool pin_memory, bool requires_grad)\n * (tuple of ints size, *, torch.Generator generator, Tensor out, torch.dtype dtype, torch.layout layout, torch.device device, bool pin_memory, bool requires_grad)\n * (tuple of ints size, *, Tensor out, torch.dtype dtype, torch.layout layout, torch.device device, bool pin_memory, bool requires_grad)\n * (tuple of ints size, *, tuple of names names, torch.dtype dtype, torch.layout layout, torch.device device, bool pin_memory, bool requires_grad)\n';
  const g = new torch.Generator();
  const cases: [string, () => unknown, Error][] = [
    ['rand(2.5)', () => torch.rand(2.5), new TypeError("rand(): argument 'size' (position 1) must be tuple of ints, not float")],
    ['randn(2.5)', () => torch.randn(2.5), new TypeError("randn(): argument 'size' (position 1) must be tuple of ints, not float")],
    ['rand([2.5])', () => torch.rand([2.5]), new TypeError("rand(): argument 'size' (position 1) must be tuple of ints, not list")],
    ['rand(2, 2.5)', () => torch.rand(2, 2.5), new TypeError("rand(): argument 'size' must be tuple of ints, but found element of type float at pos 2")],
    ['rand([2, 2.5])', () => torch.rand([2, 2.5]), new TypeError("rand(): argument 'size' must be tuple of ints, but found element of type float at pos 2")],
    ['rand(2.5, 2)', () => torch.rand(2.5, 2), new TypeError(`rand() received an invalid combination of arguments - got (float, int), but expected one of:\n${RAND_SIGS}`)],
    ['randn(2.5, 2, dtype, generator)', () => torch.randn(2.5, 2, { dtype: 'float64', generator: g }), new TypeError(`randn() received an invalid combination of arguments - got (float, int, generator=torch._C.Generator, dtype=torch.dtype), but expected one of:\n${RAND_SIGS}`)],
    ['randperm(2.5)', () => torch.randperm(2.5), new TypeError("randperm(): argument 'n' (position 1) must be int, not float")],
    ['randint(0, 2.5, [3])', () => torch.randint(0, 2.5, [3]), new TypeError(`randint() received an invalid combination of arguments - got (int, float, list), but expected one of:\n${RANDINT_SIGS}`)],
    ['randint(0.5, 3, [3])', () => torch.randint(0.5, 3, [3]), new TypeError(`randint() received an invalid combination of arguments - got (float, int, list), but expected one of:\n${RANDINT_SIGS}`)],
    ['randint(0, 3, [2.5])', () => torch.randint(0, 3, [2.5]), new TypeError(`randint() received an invalid combination of arguments - got (int, int, list), but expected one of:\n${RANDINT_SIGS}`)],
    ['randint(0, 2.5, 3)', () => torch.randint(0, 2.5, 3), new TypeError(`randint() received an invalid combination of arguments - got (int, float, int), but expected one of:\n${RANDINT_SIGS}`)],
    ['randint(0, 2.5, [3], dtype, generator)', () => torch.randint(0, 2.5, [3], { dtype: 'float32', generator: g }), new TypeError(`randint() received an invalid combination of arguments - got (int, float, list, generator=torch._C.Generator, dtype=torch.dtype), but expected one of:\n${RANDINT_SIGS}`)],
    ['randint(2.5, [3])', () => torch.randint(2.5, [3]), new TypeError("randint(): argument 'high' (position 1) must be int, not float")],
    ['randint(3, 2.5)', () => torch.randint(3, 2.5), new TypeError("randint(): argument 'size' (position 2) must be tuple of ints, not float")],
    ['randint(3, [2.5])', () => torch.randint(3, [2.5]), new TypeError("randint(): argument 'size' (position 2) must be tuple of ints, not list")],
    ['randint(3, [2, 2.5])', () => torch.randint(3, [2, 2.5]), new TypeError("randint(): argument 'size' must be tuple of ints, but found element of type float at pos 2")],
    ["manual_seed('x')", () => torch.manual_seed('x'), new torch.ValueError("invalid literal for int() with base 10: 'x'")],
    ["manual_seed(\"x'y\")", () => torch.manual_seed("x'y"), new torch.ValueError('invalid literal for int() with base 10: "x\'y"')],
  ];
  for (const [name, f, want] of cases) {
    it(name, () => {
      torch.manual_seed(4);
      const before = torch.get_rng_state();
      let err: unknown;
      try { f(); } catch (e) { err = e; }
      expect(err).toBeInstanceOf(want.constructor);
      expect((err as Error).message).toBe(want.message);
      expect(torch.get_rng_state()).toEqual(before);
    });
  }
  it("manual_seed of a str is Python's int() of it", () => {
    expect(torch.manual_seed(' 12 ').initial_seed()).toBe(12n);
    expect(torch.manual_seed('1_2').initial_seed()).toBe(12n);
    expect(torch.manual_seed('-1').initial_seed()).toBe(2n ** 64n - 1n);
  });
});
