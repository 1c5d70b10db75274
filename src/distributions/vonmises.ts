// numpy's random_vonmises: Best-Fisher rejection, a uniform for tiny kappa and a wrapped
// normal for kappa > 1e6.
import type { BitGenerator } from '../bitgen/bit_generator.js';
import { acos, cos, log } from '../math/index.js';
import { randomStandardNormal } from './normal.js';
import { distSpec, param } from '../core/constraints.js';
import { DOUBLES } from './double_block.js';

const M_PI = 3.14159265358979323846264338328;

/** C's fmod: exact (the remainder is representable); an infinite x gives x86's default NaN, as JS's %. */
function fmod(x: number, y: number): number {
  return x % y;
}

export function randomVonmises(bg: BitGenerator, mu: number, kappa: number): number {
  if (Number.isNaN(kappa)) return NaN;
  if (kappa < 1e-8) return M_PI * (2 * bg.next_double() - 1);
  let s: number;
  if (kappa < 1e-5) {
    s = 1 / kappa + kappa;
  } else if (kappa <= 1e6) {
    const r = 1 + Math.sqrt(1 + 4 * kappa * kappa);
    const rho = (r - Math.sqrt(2 * r)) / (2 * kappa);
    s = (1 + rho * rho) / (2 * rho);
  } else {
    let result = mu + Math.sqrt(1 / kappa) * randomStandardNormal(bg);
    if (result < -M_PI) result += 2 * M_PI;
    if (result > M_PI) result -= 2 * M_PI;
    return result;
  }
  let W: number;
  for (;;) {
    const U = bg.next_double();
    const Z = cos(M_PI * U);
    W = (1 + s * Z) / (s + Z);
    const Y = kappa * (s - W);
    const V = bg.next_double();
    if (Y * (2 - Y) - V >= 0 || log(Y / V) + 1 - Y >= 0) break;
  }
  const U = bg.next_double();
  let result = acos(W);
  if (U < 0.5) result = -result;
  result += mu;
  const neg = result < 0;
  let mod = Math.abs(result);
  mod = fmod(mod + M_PI, 2 * M_PI) - M_PI;
  // numpy's `mod *= -1` compiles to a sign flip, which also flips a NaN's sign bit (mu = -inf)
  if (neg) mod = -mod;
  return mod;
}

/**
 * out[0, n) = randomVonmises(mu, kappa) n times; below the wrapped-normal branch every draw is a
 * double (at least one per value), read ahead from DOUBLES by at most the values still to come.
 */
export function fillVonmises(bg: BitGenerator, out: Float64Array, n: number, mu: number, kappa: number): void {
  if (!(kappa <= 1e6)) { for (let i = 0; i < n; i++) out[i] = randomVonmises(bg, mu, kappa); return; }
  const ds = DOUBLES.start(bg) as unknown as BitGenerator; // only next_double is called below 1e6
  for (let i = 0; i < n; i++) { DOUBLES.rest = n - 1 - i; out[i] = randomVonmises(ds, mu, kappa); }
}

/** numpy's parameters: names, constraints and defaults. */
export const VONMISES = distSpec({ mu: param('mu', 'none'), kappa: param('kappa', 'non_negative') });
