// numpy's legacy_vonmises: Best-Fisher rejection for every kappa (no wrapped-normal branch for
// huge kappa, unlike Generator), result wrapped into [-pi, pi).
import type { BitGenerator } from '../../bitgen/bit_generator.js';
import { acos, cos, log } from '../../math/index.js';
import { distSpec, param } from '../../core/constraints.js';

const M_PI = 3.14159265358979323846264338328;

export function legacyVonmises(bg: BitGenerator, mu: number, kappa: number): number {
  if (Number.isNaN(kappa)) return NaN;
  if (kappa < 1e-8) return M_PI * (2 * bg.next_double() - 1);
  const s = envelope(kappa);
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
  // gcc compiles numpy's `mod *= -1` to a sign flip, which also flips a NaN's sign (mu = -inf)
  if (neg) mod = -mod;
  return mod;
}

/**
 * Whether numpy's rejection loop would (practically) never end: for huge kappa the envelope's
 * s rounds to 1 (or to NaN once 4 kappa^2 overflows), and then only V == 0 accepts.
 */
export function vonmisesNeverReturns(kappa: number): boolean {
  return kappa >= 1e-8 && !(envelope(kappa) > 1);
}

/** The rejection envelope's s; below 1e-5 its second-order expansion in kappa. */
function envelope(kappa: number): number {
  if (kappa < 1e-5) return 1 / kappa + kappa;
  const r = 1 + Math.sqrt(1 + 4 * kappa * kappa);
  const rho = (r - Math.sqrt(2 * r)) / (2 * kappa);
  return (1 + rho * rho) / (2 * rho);
}

/** C's fmod for a non-negative x and positive y: JS's % is the same exact IEEE remainder. */
function fmod(x: number, y: number): number {
  return x % y;
}

/** numpy's parameters: names, constraints and defaults. */
export const LEGACY_VONMISES = distSpec({ mu: param('mu', 'none'), kappa: param('kappa', 'non_negative') });
