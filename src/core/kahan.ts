/** numpy's kahan_sum (compensated, starting from the first element), used to validate p. */
export function kahanSum(d: ArrayLike<number>): number {
  const n = d.length;
  if (n <= 0) return 0.0;
  let sum = d[0]!, c = 0.0;
  for (let i = 1; i < n; i++) {
    const y = d[i]! - c;
    const t = sum + y;
    c = t - sum - y;
    sum = t;
  }
  return sum;
}

/** np.cumsum(p) then cdf /= cdf[-1], as numpy's choice does. */
export function normalisedCdf(p: ArrayLike<number>): Float64Array {
  const cdf = new Float64Array(p.length);
  let s = 0;
  for (let i = 0; i < p.length; i++) cdf[i] = s += p[i]!;
  const last = cdf[cdf.length - 1]!;
  for (let i = 0; i < cdf.length; i++) cdf[i] = cdf[i]! / last;
  return cdf;
}

/** np.searchsorted(cdf, u, side='right'): the number of cdf entries <= u. */
export function searchsortedRight(cdf: Float64Array, u: number): number {
  const n = cdf.length;
  if (n === 0) return 0;
  // branch-free halving (the comparison as a 0/-1 mask): random keys make a branch unpredictable
  let base = 0, len = n;
  while (len > 1) {
    const half = len >>> 1;
    base += half & -+(cdf[base + half]! <= u);
    len -= half;
  }
  return base + +(cdf[base]! <= u);
}

/** Each u[i] replaced by searchsortedRight(cdf, u[i]), in place (one monomorphic loop). */
export function searchsortedRightInPlace(cdf: Float64Array, u: Float64Array): Float64Array {
  for (let i = 0; i < u.length; i++) u[i] = searchsortedRight(cdf, u[i]!);
  return u;
}
