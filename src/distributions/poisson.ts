// numpy's random_poisson: multiplication for small lam, Hoermann's PTRS for lam >= 10.
import type { BitGenerator } from '../bitgen/bit_generator.js';
import { exp, log } from '../math/index.js';
import { randomLoggam } from './loggam.js';

function poissonMult(bg: BitGenerator, lam: number): number {
  const enlam = exp(-lam);
  let X = 0;
  let prod = 1.0;
  for (;;) {
    prod *= bg.next_double();
    if (prod > enlam) X += 1;
    else return X;
  }
}

function poissonPtrs(bg: BitGenerator, lam: number): number {
  const slam = Math.sqrt(lam);
  const loglam = log(lam);
  const b = 0.931 + 2.53 * slam;
  const a = -0.059 + 0.02483 * b;
  const invalpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const U = bg.next_double() - 0.5;
    const V = bg.next_double();
    const us = 0.5 - Math.abs(U);
    const k = Math.floor((2 * a / us + b) * U + lam + 0.43);
    if (us >= 0.07 && V <= vr) return k;
    if (k < 0 || (us < 0.013 && V > us)) continue;
    if (log(V) + log(invalpha) - log(a / (us * us) + b) <= -lam + k * loglam - randomLoggam(k + 1)) {
      return k;
    }
  }
}

export function randomPoisson(bg: BitGenerator, lam: number): number {
  if (lam >= 10) return poissonPtrs(bg, lam);
  if (lam === 0) return 0;
  return poissonMult(bg, lam);
}
