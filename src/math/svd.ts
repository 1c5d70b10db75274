// numpy.linalg.svd of a square matrix (n <= 25) along LAPACK's dgesdd path for m = n: dgebd2,
// dbdsdc -> dlasdq -> dbdsqr, dormbr, with every BLAS call in OpenBLAS's operation order
// (openblas.ts), so that the branches bdsqr takes, and with them the vectors' signs and bits,
// are numpy's. Work arrays are column-major; the result is row-major like numpy's.
import { EPS, PRECISION, SAFMIN, larf, larfg, lartg, lascl, lasrLV, lasrRV, sign } from './lapack_aux.js';
import { rot } from './openblas.js';

/** A = U diag(s) Vh with s descending (numpy.linalg.svd's order); row-major n x n. */
export interface Svd { u: Float64Array; s: Float64Array; vh: Float64Array }

/** dlas2: singular values of [[f, g], [0, h]]: [ssmin, ssmax]. */
function las2(f: number, g: number, h: number): [number, number] {
  const fa = Math.abs(f), ga = Math.abs(g), ha = Math.abs(h);
  const fhmn = Math.min(fa, ha), fhmx = Math.max(fa, ha);
  if (fhmn === 0) {
    if (fhmx === 0) return [0, ga];
    return [0, Math.max(fhmx, ga) * Math.sqrt(1 + (Math.min(fhmx, ga) / Math.max(fhmx, ga)) ** 2)];
  }
  if (ga < fhmx) {
    const as = 1 + fhmn / fhmx, at = (fhmx - fhmn) / fhmx, au = (ga / fhmx) ** 2;
    const c = 2 / (Math.sqrt(as * as + au) + Math.sqrt(at * at + au));
    return [fhmn * c, fhmx / c];
  }
  const au = fhmx / ga;
  if (au === 0) return [(fhmn * fhmx) / ga, ga];
  const as = 1 + fhmn / fhmx, at = (fhmx - fhmn) / fhmx;
  const c = 1 / (Math.sqrt(1 + (as * au) ** 2) + Math.sqrt(1 + (at * au) ** 2));
  const ssmin = (fhmn * c) * au;
  return [ssmin + ssmin, ga / (c + c)];
}

/** dlasv2: SVD of [[f, g], [0, h]]: [ssmin, ssmax, snr, csr, snl, csl]. */
function lasv2(f: number, g: number, h: number): [number, number, number, number, number, number] {
  let ft = f, fa = Math.abs(ft), ht = h, ha = Math.abs(h);
  let pmax = 1;
  const swap = ha > fa;
  if (swap) {
    pmax = 3;
    [ft, ht] = [ht, ft];
    [fa, ha] = [ha, fa];
  }
  const gt = g, ga = Math.abs(gt);
  let ssmin: number, ssmax: number, clt: number, crt: number, slt: number, srt: number;
  if (ga === 0) {
    ssmin = ha; ssmax = fa; clt = 1; crt = 1; slt = 0; srt = 0;
  } else {
    let gasmal = true;
    ssmin = 0; ssmax = 0; clt = 0; crt = 0; slt = 0; srt = 0;
    if (ga > fa) {
      pmax = 2;
      if (fa / ga < EPS) {
        gasmal = false;
        ssmax = ga;
        ssmin = ha > 1 ? fa / (ga / ha) : (fa / ga) * ha;
        clt = 1; slt = ht / gt; srt = 1; crt = ft / gt;
      }
    }
    if (gasmal) {
      const dd = fa - ha;
      let l = dd === fa ? 1 : dd / fa;
      const m = gt / ft;
      let t = 2 - l;
      const mm = m * m, tt = t * t;
      const s = Math.sqrt(tt + mm);
      const r = l === 0 ? Math.abs(m) : Math.sqrt(l * l + mm);
      const a = 0.5 * (s + r);
      ssmin = ha / a; ssmax = fa * a;
      if (mm === 0) {
        t = l === 0 ? sign(2, ft) * sign(1, gt) : gt / sign(dd, ft) + m / t;
      } else {
        t = (m / (s + t) + m / (r + l)) * (1 + a);
      }
      l = Math.sqrt(t * t + 4);
      crt = 2 / l; srt = t / l;
      clt = (crt + srt * m) / a;
      slt = (ht / ft) * srt / a;
    }
  }
  let csl: number, snl: number, csr: number, snr: number;
  if (swap) { csl = srt; snl = crt; csr = slt; snr = clt; } else { csl = clt; snl = slt; csr = crt; snr = srt; }
  let tsign = 1;
  if (pmax === 1) tsign = sign(1, csr) * sign(1, csl) * sign(1, f);
  if (pmax === 2) tsign = sign(1, snr) * sign(1, csl) * sign(1, g);
  if (pmax === 3) tsign = sign(1, snr) * sign(1, snl) * sign(1, h);
  ssmax = sign(ssmax, tsign);
  ssmin = sign(ssmin, tsign * sign(1, f) * sign(1, h));
  return [ssmin, ssmax, snr, csr, snl, csl];
}

/** dbdsqr('U') with vectors: d, e upper bidiagonal; vt (n x n) and u (n x n), column-major. */
function bdsqr(n: number, d: Float64Array, e: Float64Array, vt: Float64Array, u: Float64Array): boolean {
  if (n > 1) {
    const maxitr = 6;
    const tol = Math.max(10, Math.min(100, EPS ** -0.125)) * EPS;
    let smax = 0;
    for (let i = 0; i < n; i++) smax = Math.max(smax, Math.abs(d[i]!));
    for (let i = 0; i < n - 1; i++) smax = Math.max(smax, Math.abs(e[i]!));
    let sminoa = Math.abs(d[0]!);
    if (sminoa !== 0) {
      let mu = sminoa;
      for (let i = 1; i < n; i++) {
        mu = Math.abs(d[i]!) * (mu / (mu + Math.abs(e[i - 1]!)));
        sminoa = Math.min(sminoa, mu);
        if (sminoa === 0) break;
      }
    }
    sminoa = sminoa / Math.sqrt(n);
    const thresh = Math.max(tol * sminoa, maxitr * (n * (n * SAFMIN)));
    const cR = new Float64Array(n), sR = new Float64Array(n), cL = new Float64Array(n), sL = new Float64Array(n);
    const maxitdivn = maxitr * n;
    let iterdivn = 0, iter = -1, oldll = -1, oldm = -1, idir = 0;
    let m = n - 1; // 0-based index of the last row of the active block
    let smin = 0;
    // LAPACK loops forever once a NaN reaches thresh (an infinity in A does that): each pass
    // either sweeps (counted below), deflates, or zeroes an e that the NaN test never splits off.
    // Passes are bounded instead, and running out reports non-convergence.
    let passes = (maxitdivn + 1) * n * (2 * n + 4);
    main: for (;;) {
      if (m <= 0) break;
      if (--passes < 0) return false;
      if (iter >= n) {
        iter -= n;
        iterdivn++;
        if (iterdivn >= maxitdivn) return false;
      }
      smax = Math.abs(d[m]!);
      let ll = -1;
      let split = false;
      for (let lll = 1; lll <= m; lll++) {
        const l0 = m - lll;
        const abss = Math.abs(d[l0]!), abse = Math.abs(e[l0]!);
        if (abse <= thresh) { ll = l0; split = true; break; }
        smax = Math.max(smax, abss, abse);
      }
      if (split) {
        e[ll] = 0;
        if (ll === m - 1) { m -= 1; continue; }
      }
      ll += 1;
      if (ll === m - 1) {
        const [sigmn, sigmx, sinr, cosr, sinl, cosl] = lasv2(d[m - 1]!, e[m - 1]!, d[m]!);
        d[m - 1] = sigmx; e[m - 1] = 0; d[m] = sigmn;
        rot(n, vt, m - 1, n, m, n, cosr, sinr);
        rot(n, u, (m - 1) * n, 1, m * n, 1, cosl, sinl);
        m -= 2;
        continue;
      }
      if (ll > oldm || m < oldll) idir = Math.abs(d[ll]!) >= Math.abs(d[m]!) ? 1 : 2;
      if (idir === 1) {
        if (Math.abs(e[m - 1]!) <= Math.abs(tol) * Math.abs(d[m]!)) { e[m - 1] = 0; continue; }
        let mu = Math.abs(d[ll]!);
        smin = mu;
        for (let lll = ll; lll <= m - 1; lll++) {
          if (Math.abs(e[lll]!) <= tol * mu) { e[lll] = 0; continue main; }
          mu = Math.abs(d[lll + 1]!) * (mu / (mu + Math.abs(e[lll]!)));
          smin = Math.min(smin, mu);
        }
      } else {
        if (Math.abs(e[ll]!) <= Math.abs(tol) * Math.abs(d[ll]!)) { e[ll] = 0; continue; }
        let mu = Math.abs(d[m]!);
        smin = mu;
        for (let lll = m - 1; lll >= ll; lll--) {
          if (Math.abs(e[lll]!) <= tol * mu) { e[lll] = 0; continue main; }
          mu = Math.abs(d[lll]!) * (mu / (mu + Math.abs(e[lll]!)));
          smin = Math.min(smin, mu);
        }
      }
      oldll = ll; oldm = m;
      let shift: number;
      if (n * tol * (smin / smax) <= Math.max(EPS, 0.01 * tol)) {
        shift = 0;
      } else {
        let sll: number;
        if (idir === 1) { sll = Math.abs(d[ll]!); shift = las2(d[m - 1]!, e[m - 1]!, d[m]!)[0]; } else { sll = Math.abs(d[m]!); shift = las2(d[ll]!, e[ll]!, d[ll + 1]!)[0]; }
        if (sll > 0 && (shift / sll) ** 2 < EPS) shift = 0;
      }
      iter += m - ll;
      const len = m - ll + 1;
      if (shift === 0) {
        if (idir === 1) {
          let cs = 1, oldcs = 1, sn = 0, oldsn = 0, r = 0;
          for (let i = ll; i <= m - 1; i++) {
            [cs, sn, r] = lartg(d[i]! * cs, e[i]!);
            if (i > ll) e[i - 1] = oldsn * r;
            let di: number;
            [oldcs, oldsn, di] = lartg(oldcs * r, d[i + 1]! * sn);
            d[i] = di;
            cR[i - ll] = cs; sR[i - ll] = sn; cL[i - ll] = oldcs; sL[i - ll] = oldsn;
          }
          const h = d[m]! * cs;
          d[m] = h * oldcs; e[m - 1] = h * oldsn;
          lasrLV(true, len, cR, sR, vt, n, ll);
          lasrRV(true, n, len, cL, sL, 0, u, ll);
          if (Math.abs(e[m - 1]!) <= thresh) e[m - 1] = 0;
        } else {
          let cs = 1, oldcs = 1, sn = 0, oldsn = 0, r = 0;
          for (let i = m; i >= ll + 1; i--) {
            [cs, sn, r] = lartg(d[i]! * cs, e[i - 1]!);
            if (i < m) e[i] = oldsn * r;
            let di: number;
            [oldcs, oldsn, di] = lartg(oldcs * r, d[i - 1]! * sn);
            d[i] = di;
            cR[i - ll - 1] = cs; sR[i - ll - 1] = -sn; cL[i - ll - 1] = oldcs; sL[i - ll - 1] = -oldsn;
          }
          const h = d[ll]! * cs;
          d[ll] = h * oldcs; e[ll] = h * oldsn;
          lasrLV(false, len, cL, sL, vt, n, ll);
          lasrRV(false, n, len, cR, sR, 0, u, ll);
          if (Math.abs(e[ll]!) <= thresh) e[ll] = 0;
        }
      } else if (idir === 1) {
        let f = (Math.abs(d[ll]!) - shift) * (sign(1, d[ll]!) + shift / d[ll]!);
        let g = e[ll]!;
        for (let i = ll; i <= m - 1; i++) {
          let [cosr, sinr, r] = lartg(f, g);
          if (i > ll) e[i - 1] = r;
          f = cosr * d[i]! + sinr * e[i]!;
          e[i] = cosr * e[i]! - sinr * d[i]!;
          g = sinr * d[i + 1]!;
          d[i + 1] = cosr * d[i + 1]!;
          let cosl: number, sinl: number;
          [cosl, sinl, r] = lartg(f, g);
          d[i] = r;
          f = cosl * e[i]! + sinl * d[i + 1]!;
          d[i + 1] = cosl * d[i + 1]! - sinl * e[i]!;
          if (i < m - 1) {
            g = sinl * e[i + 1]!;
            e[i + 1] = cosl * e[i + 1]!;
          }
          cR[i - ll] = cosr; sR[i - ll] = sinr; cL[i - ll] = cosl; sL[i - ll] = sinl;
        }
        e[m - 1] = f;
        lasrLV(true, len, cR, sR, vt, n, ll);
        lasrRV(true, n, len, cL, sL, 0, u, ll);
        if (Math.abs(e[m - 1]!) <= thresh) e[m - 1] = 0;
      } else {
        let f = (Math.abs(d[m]!) - shift) * (sign(1, d[m]!) + shift / d[m]!);
        let g = e[m - 1]!;
        for (let i = m; i >= ll + 1; i--) {
          let [cosr, sinr, r] = lartg(f, g);
          if (i < m) e[i] = r;
          f = cosr * d[i]! + sinr * e[i - 1]!;
          e[i - 1] = cosr * e[i - 1]! - sinr * d[i]!;
          g = sinr * d[i - 1]!;
          d[i - 1] = cosr * d[i - 1]!;
          let cosl: number, sinl: number;
          [cosl, sinl, r] = lartg(f, g);
          d[i] = r;
          f = cosl * e[i - 1]! + sinl * d[i - 1]!;
          d[i - 1] = cosl * d[i - 1]! - sinl * e[i - 1]!;
          if (i > ll + 1) {
            g = sinl * e[i - 2]!;
            e[i - 2] = cosl * e[i - 2]!;
          }
          cR[i - ll - 1] = cosr; sR[i - ll - 1] = -sinr; cL[i - ll - 1] = cosl; sL[i - ll - 1] = -sinl;
        }
        e[ll] = f;
        if (Math.abs(e[ll]!) <= thresh) e[ll] = 0;
        lasrLV(false, len, cL, sL, vt, n, ll);
        lasrRV(false, n, len, cR, sR, 0, u, ll);
      }
    }
  }
  // make the values positive (negating rows of vt), then dbdsqr's sort: the smallest of the
  // unsorted head (its last occurrence) moves to the end of the head
  for (let i = 0; i < n; i++) {
    if (d[i]! < 0) {
      d[i] = -d[i]!;
      for (let j = 0; j < n; j++) vt[i + j * n] = -vt[i + j * n]!;
    }
  }
  for (let i = 0; i < n - 1; i++) {
    const last = n - 1 - i;
    let isub = 0, smin = d[0]!;
    for (let j = 1; j <= last; j++) if (d[j]! <= smin) { isub = j; smin = d[j]!; }
    if (isub !== last) {
      d[isub] = d[last]!; d[last] = smin;
      swapPair(n, vt, isub, last, u);
    }
  }
  return true;
}

/** Swaps rows p, q of vt and columns p, q of u (both n x n, column-major). */
function swapPair(n: number, vt: Float64Array, p: number, q: number, u: Float64Array): void {
  for (let r = 0; r < n; r++) {
    let t = vt[p + r * n]!; vt[p + r * n] = vt[q + r * n]!; vt[q + r * n] = t;
    t = u[r + p * n]!; u[r + p * n] = u[r + q * n]!; u[r + q * n] = t;
  }
}

/** dlasdq's insertion pass to ascending order, then dbdsdc's selection sort to descending. */
function bdsdcOrder(n: number, d: Float64Array, vt: Float64Array, u: Float64Array): void {
  for (let i = 0; i < n; i++) {
    let isub = i, smin = d[i]!;
    for (let j = i + 1; j < n; j++) if (d[j]! < smin) { isub = j; smin = d[j]!; }
    if (isub !== i) { d[isub] = d[i]!; d[i] = smin; swapPair(n, vt, isub, i, u); }
  }
  for (let i = 0; i < n - 1; i++) {
    let kk = i, p = d[i]!;
    for (let j = i + 1; j < n; j++) if (d[j]! > p) { kk = j; p = d[j]!; }
    if (kk !== i) { d[kk] = d[i]!; d[i] = p; swapPair(n, vt, i, kk, u); }
  }
}

/** dgebd2 for m = n: A (column-major, overwritten by the reflectors) to upper bidiagonal d, e. */
function gebd2(n: number, A: Float64Array, d: Float64Array, e: Float64Array, tauq: Float64Array, taup: Float64Array): void {
  const work = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const ii = i + i * n;
    tauq[i] = larfg(n - i, A, ii, Math.min(i + 1, n - 1) + i * n, 1);
    d[i] = A[ii]!;
    A[ii] = 1;
    if (i < n - 1) larf(true, n - i, n - i - 1, A, ii, 1, tauq[i]!, A, ii + n, n, work);
    A[ii] = d[i]!;
    if (i < n - 1) {
      const ij = i + (i + 1) * n;
      taup[i] = larfg(n - i - 1, A, ij, i + Math.min(i + 2, n - 1) * n, n);
      e[i] = A[ij]!;
      A[ij] = 1;
      larf(false, n - i - 1, n - i - 1, A, ij, n, taup[i]!, A, ij + 1, n, work);
      A[ij] = e[i]!;
    } else {
      taup[i] = 0;
    }
  }
}

/** dormbr('Q', 'L', 'N') then dormbr('P', 'R', 'T'): U = Q U and VT = VT P^T (dorm2r, dorml2). */
function applyReflectors(n: number, A: Float64Array, tauq: Float64Array, taup: Float64Array, u: Float64Array, vt: Float64Array): void {
  const work = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    const ii = i + i * n, aii = A[ii]!;
    A[ii] = 1;
    larf(true, n - i, n, A, ii, 1, tauq[i]!, u, i, n, work);
    A[ii] = aii;
  }
  // P's reflectors live in A(i, i+1:n); dorml2 applies them to VT(:, 2:n) last to first
  for (let i = n - 2; i >= 0; i--) {
    const ij = i + (i + 1) * n, aij = A[ij]!;
    A[ij] = 1;
    larf(false, n, n - 1 - i, A, ij, n, taup[i]!, vt, (i + 1) * n, n, work);
    A[ij] = aij;
  }
}

const SMLNUM = Math.sqrt(SAFMIN) / PRECISION, BIGNUM = 1 / SMLNUM;

/**
 * numpy.linalg.svd (full_matrices) of a square matrix by LAPACK's small-n dgesdd path; null if it
 * fails to converge, as it does on any NaN (an infinity instead turns every output into NaN).
 */
export function svdLapack(a: Float64Array, n: number): Svd | null {
  if (a.some(Number.isNaN)) return null;
  const A = new Float64Array(n * n);
  let anrm = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) { A[i + j * n] = a[i * n + j]!; anrm = Math.max(anrm, Math.abs(a[i * n + j]!)); }
  }
  const scaled = anrm > 0 && anrm < SMLNUM ? SMLNUM : anrm > BIGNUM ? BIGNUM : 0;
  if (scaled !== 0) lascl(anrm, scaled, A);
  const d = new Float64Array(n), e = new Float64Array(Math.max(n - 1, 1));
  const tauq = new Float64Array(n), taup = new Float64Array(n);
  gebd2(n, A, d, e, tauq, taup);
  const u = new Float64Array(n * n), vt = new Float64Array(n * n);
  for (let i = 0; i < n; i++) { u[i + i * n] = 1; vt[i + i * n] = 1; }
  if (n === 1) {
    u[0] = sign(1, d[0]!);
    d[0] = Math.abs(d[0]!);
  } else {
    if (!bdsqr(n, d, e, vt, u)) return null;
    bdsdcOrder(n, d, vt, u);
  }
  applyReflectors(n, A, tauq, taup, u, vt);
  if (scaled !== 0) lascl(scaled, anrm, d);
  const U = new Float64Array(n * n), VH = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < n; k++) { U[i * n + k] = u[i + k * n]!; VH[i * n + k] = vt[i + k * n]!; }
  }
  return { u: U, s: d, vh: VH };
}
