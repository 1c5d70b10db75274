// RandomState fills for the samplers that draw nothing but doubles (the gamma family, the legacy
// gauss, exponential, beta, chi-square, t, F, wald, negative binomial): they run on a read-ahead
// AugState whose bitgen is the shared DoubleBlock (src/distributions/double_block.ts), so every
// draw reads a block instead of calling the bit generator, with the gauss cache carried over and
// back. Each value below takes at least one double (for the parameters each fill admits), so the
// block reads at most one double per value still to come: never past what numpy draws.
import type { BitGenerator } from '../bitgen/bit_generator.js';
import { DOUBLES } from '../distributions/double_block.js';
import type { AugState } from './aug_state.js';
import { legacyBeta } from './distributions/beta.js';
import { legacyChisquare } from './distributions/chisquare.js';
import { legacyDirichletRow } from './distributions/dirichlet.js';
import { legacyF, legacyNoncentralF } from './distributions/f.js';
import { legacyGamma, legacyStandardGamma } from './distributions/gamma.js';
import { legacyNegativeBinomial } from './distributions/negative_binomial.js';
import { legacyNoncentralChisquare } from './distributions/noncentral_chisquare.js';
import { legacyStandardT } from './distributions/standard_t.js';
import { legacyVonmises } from './distributions/vonmises.js';
import { legacyWald } from './distributions/wald.js';
import { GAMMAS, mtConstants } from './gamma_stream.js';

// Only next_double is ever called on it (the samplers above draw nothing else).
const AUG: AugState = { bitgen: DOUBLES as unknown as BitGenerator, has_gauss: 0, gauss: 0.0 };

function blockAug(s: AugState): AugState {
  DOUBLES.start(s.bitgen);
  AUG.has_gauss = s.has_gauss;
  AUG.gauss = s.gauss;
  return AUG;
}

/** Before value i of n: the values after it take a double each at least. */
function beforeValue(i: number, n: number): void {
  DOUBLES.rest = n - 1 - i;
}

function endBlockAug(s: AugState): void {
  s.has_gauss = AUG.has_gauss;
  s.gauss = AUG.gauss;
}

// A gamma of shape 0 is 0.0 without a draw; the per-draw loop keeps it (and NaN) exact.

// Shapes above 1 run on the batched Marsaglia-Tsang stream (gamma_stream.ts), beta, F and
// dirichlet only when every gamma they draw has such a shape.

/** o[i] = scale * gamma(shape) through GAMMAS (shape > 1). */
function streamGammas(s: AugState, o: Float64Array, n: number, shape: number, scale: number): void {
  const [b, c] = mtConstants(shape);
  const g = GAMMAS.start(s);
  for (let i = 0; i < n; i++) { g.rest = n - 1 - i; o[i] = scale * g.next(b, c); }
  g.finish(s);
}

export function fillLegacyStandardGamma(s: AugState, o: Float64Array, n: number, shape: number): void {
  if (shape > 1) { streamGammas(s, o, n, shape, 1); return; }
  if (!(shape > 0)) { for (let i = 0; i < n; i++) o[i] = legacyStandardGamma(s, shape); return; }
  const t = blockAug(s);
  for (let i = 0; i < n; i++) { beforeValue(i, n); o[i] = legacyStandardGamma(t, shape); }
  endBlockAug(s);
}

export function fillLegacyGamma(s: AugState, o: Float64Array, n: number, shape: number, scale: number): void {
  if (shape > 1) { streamGammas(s, o, n, shape, scale); return; }
  if (!(shape > 0)) { for (let i = 0; i < n; i++) o[i] = legacyGamma(s, shape, scale); return; }
  const t = blockAug(s);
  for (let i = 0; i < n; i++) { beforeValue(i, n); o[i] = legacyGamma(t, shape, scale); }
  endBlockAug(s);
}

export function fillLegacyChisquare(s: AugState, o: Float64Array, n: number, df: number): void {
  if (df / 2.0 > 1) { streamGammas(s, o, n, df / 2.0, 2.0); return; }
  if (!(df > 0)) { for (let i = 0; i < n; i++) o[i] = legacyChisquare(s, df); return; }
  const t = blockAug(s);
  for (let i = 0; i < n; i++) { beforeValue(i, n); o[i] = legacyChisquare(t, df); }
  endBlockAug(s);
}

export function fillLegacyStandardT(s: AugState, o: Float64Array, n: number, df: number): void {
  if (!(df > 0)) { for (let i = 0; i < n; i++) o[i] = legacyStandardT(s, df); return; }
  const t = blockAug(s);
  for (let i = 0; i < n; i++) { beforeValue(i, n); o[i] = legacyStandardT(t, df); }
  endBlockAug(s);
}

export function fillLegacyBeta(s: AugState, o: Float64Array, n: number, a: number, b: number): void {
  if (a > 1 && b > 1) {
    const [ba, ca] = mtConstants(a), [bb, cb] = mtConstants(b);
    const g = GAMMAS.start(s);
    for (let i = 0; i < n; i++) {
      g.rest = 2 * (n - 1 - i) + 1;
      const Ga = g.next(ba, ca);
      g.rest--;
      const Gb = g.next(bb, cb);
      o[i] = Ga / (Ga + Gb);
    }
    g.finish(s);
    return;
  }
  if (!(a > 0) || !(b > 0)) { for (let i = 0; i < n; i++) o[i] = legacyBeta(s, a, b); return; }
  const t = blockAug(s);
  for (let i = 0; i < n; i++) { beforeValue(i, n); o[i] = legacyBeta(t, a, b); }
  endBlockAug(s);
}

export function fillLegacyF(s: AugState, o: Float64Array, n: number, dfnum: number, dfden: number): void {
  if (dfnum / 2.0 > 1 && dfden / 2.0 > 1) {
    const [bn, cn] = mtConstants(dfnum / 2.0), [bd, cd] = mtConstants(dfden / 2.0);
    const g = GAMMAS.start(s);
    for (let i = 0; i < n; i++) {
      g.rest = 2 * (n - 1 - i) + 1;
      const num = 2.0 * g.next(bn, cn) * dfden;
      g.rest--;
      o[i] = num / (2.0 * g.next(bd, cd) * dfnum);
    }
    g.finish(s);
    return;
  }
  if (!(dfnum > 0) || !(dfden > 0)) { for (let i = 0; i < n; i++) o[i] = legacyF(s, dfnum, dfden); return; }
  const t = blockAug(s);
  for (let i = 0; i < n; i++) { beforeValue(i, n); o[i] = legacyF(t, dfnum, dfden); }
  endBlockAug(s);
}

// The noncentral ones only for df > 1 and a positive nonc: the poisson branch (df <= 1) can draw
// nothing when its chi-square's shape wraps to 0.

export function fillLegacyNoncentralChisquare(s: AugState, o: Float64Array, n: number, df: number, nonc: number): void {
  if (!(df > 1) || !(nonc > 0)) { for (let i = 0; i < n; i++) o[i] = legacyNoncentralChisquare(s, df, nonc); return; }
  const t = blockAug(s);
  for (let i = 0; i < n; i++) { beforeValue(i, n); o[i] = legacyNoncentralChisquare(t, df, nonc); }
  endBlockAug(s);
}

export function fillLegacyNoncentralF(s: AugState, o: Float64Array, n: number, dfnum: number, dfden: number, nonc: number): void {
  if (!(dfnum > 1) || !(dfden > 0) || !(nonc > 0)) {
    for (let i = 0; i < n; i++) o[i] = legacyNoncentralF(s, dfnum, dfden, nonc);
    return;
  }
  const t = blockAug(s);
  for (let i = 0; i < n; i++) { beforeValue(i, n); o[i] = legacyNoncentralF(t, dfnum, dfden, nonc); }
  endBlockAug(s);
}

/** wald always draws its uniform. */
export function fillLegacyWald(s: AugState, o: Float64Array, n: number, mean: number, scale: number): void {
  const t = blockAug(s);
  for (let i = 0; i < n; i++) { beforeValue(i, n); o[i] = legacyWald(t, mean, scale); }
  endBlockAug(s);
}

export function fillLegacyNegativeBinomial(s: AugState, o: Float64Array, n: number, nn: number, p: number): void {
  if (!(nn > 0)) { for (let i = 0; i < n; i++) o[i] = legacyNegativeBinomial(s, nn, p); return; }
  const t = blockAug(s);
  for (let i = 0; i < n; i++) { beforeValue(i, n); o[i] = legacyNegativeBinomial(t, nn, p); }
  endBlockAug(s);
}

/** vonmises draws doubles only (one at least), from the generator itself rather than the AugState. */
export function fillLegacyVonmises(bg: BitGenerator, o: Float64Array, n: number, mu: number, kappa: number): void {
  if (Number.isNaN(kappa)) { for (let i = 0; i < n; i++) o[i] = legacyVonmises(bg, mu, kappa); return; }
  const ds = DOUBLES.start(bg) as unknown as BitGenerator;
  for (let i = 0; i < n; i++) { beforeValue(i, n); o[i] = legacyVonmises(ds, mu, kappa); }
}

/** Dirichlet rows (every alpha > 0 or NaN, so each of a row's k gammas takes a double at least). */
export function fillLegacyDirichlet(s: AugState, alpha: Float64Array, out: Float64Array): void {
  const k = alpha.length;
  if (k === 0) return;
  if (alpha.every((a) => a > 1)) { streamDirichlet(s, alpha, out); return; }
  const t = blockAug(s);
  const rows = out.length / k;
  for (let r = 0; r < rows; r++) {
    DOUBLES.rest = k * (rows - 1 - r);
    legacyDirichletRow(t, alpha, out, r * k);
  }
  endBlockAug(s);
}

/** legacyDirichletRow's rows through GAMMAS (every alpha above 1). */
function streamDirichlet(s: AugState, alpha: Float64Array, out: Float64Array): void {
  const k = alpha.length, rows = out.length / k;
  const bs = Float64Array.from(alpha, (a) => mtConstants(a)[0]), cs = Float64Array.from(alpha, (a) => mtConstants(a)[1]);
  const g = GAMMAS.start(s);
  for (let r = 0, i = 0; r < rows; r++, i += k) {
    let acc = 0.0;
    for (let j = 0; j < k; j++) {
      g.rest = k * (rows - 1 - r) + (k - 1 - j);
      const v = g.next(bs[j]!, cs[j]!);
      out[i + j] = v;
      acc = acc + v;
    }
    const invacc = 1 / acc;
    for (let j = 0; j < k; j++) out[i + j] = out[i + j]! * invacc;
  }
  g.finish(s);
}
