// numpy's random_loggam: log-gamma by the SPECFUN asymptotic series, shifted up to x >= 7.
import { log } from '../math/index.js';

const A = [
  8.333333333333333e-02, -2.777777777777778e-03,
  7.936507936507937e-04, -5.952380952380952e-04,
  8.417508417508418e-04, -1.917526917526918e-03,
  6.410256410256410e-03, -2.955065359477124e-02,
  1.796443723688307e-01, -1.39243221690590e+00,
] as const;
const LG2PI = 1.8378770664093453e+00;

export function randomLoggam(x: number): number {
  if (x === 1.0 || x === 2.0) return 0.0;
  // C casts (7 - x) to an integer: truncation toward zero
  const n = x < 7.0 ? Math.trunc(7 - x) : 0;
  let x0 = x + n;
  const x2 = (1.0 / x0) * (1.0 / x0);
  let gl0 = A[9];
  for (let k = 8; k >= 0; k--) {
    gl0 *= x2;
    gl0 += A[k]!;
  }
  let gl = gl0 / x0 + 0.5 * LG2PI + (x0 - 0.5) * log(x0) - x0;
  if (x < 7.0) {
    for (let k = 1; k <= n; k++) {
      gl -= log(x0 - 1.0);
      x0 -= 1.0;
    }
  }
  return gl;
}
