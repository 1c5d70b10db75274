// An exact float32 fused multiply-add, as the FMA3 `vfmadd*ps/ss` instructions compute it.
// (A jax helper is adding a shared src/math/fmaf.ts; this one lives here until that lands.)
//
// For float32 a, b the product a*b is exact in a double (24 + 24 <= 53 bits), so the only
// rounding to avoid is the double one in fround(a*b + c): the double sum s differs from the true
// value by less than half an ulp of s, so fround(s) is wrong only when s lies exactly on a
// midpoint between two floats and the true value is off it; the TwoSum error then decides.

/** fmaf(a, b, c) for float32 inputs (already Math.fround-ed): round32(a * b + c), one rounding. */
export function fmaf(a: number, b: number, c: number): number {
  const p = a * b;
  const s = p + c;
  const f = Math.fround(s);
  const d = s - f;
  if (d === 0) return f;
  // s is a midpoint iff the float on its far side is exactly f + 2d (NaN and overflow fall out here)
  const g = f + 2 * d;
  if (Math.fround(g) !== g) return f;
  const bb = s - p;
  const e = (p - (s - bb)) + (c - bb);
  if (e === 0) return f;
  return (e > 0) === (d > 0) ? g : f;
}
