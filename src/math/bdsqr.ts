// LAPACK's dbdsqr for an upper bidiagonal matrix, updating only the right singular vectors VT
// (implicit zero-shift and shifted QR sweeps, chasing in the direction LAPACK picks), followed by
// the reorderings dlasdq and dbdsdc apply: the path dgesdd takes for matrices up to 25 x 25.
import { LAPACK_EPS, type Rotation, dlartg, dlas2, dlasv2, fsign } from './plane_rotations.js';

const MAXITR = 6;
const UNFL = 2 ** -1022;

/** Applies the plane rotations (c[j], s[j]) to rows lo+j, lo+j+1 of the n-column matrix vt. */
function rotateRows(vt: Float64Array, n: number, lo: number, count: number, c: Float64Array, s: Float64Array, forward: boolean): void {
  const step = (j: number): void => {
    const ct = c[j]!, st = s[j]!;
    if (ct === 1 && st === 0) return;
    const a = (lo + j) * n, b = (lo + j + 1) * n;
    for (let i = 0; i < n; i++) {
      const temp = vt[b + i]!;
      vt[b + i] = ct * temp - st * vt[a + i]!;
      vt[a + i] = st * temp + ct * vt[a + i]!;
    }
  };
  if (forward) for (let j = 0; j < count; j++) step(j);
  else for (let j = count - 1; j >= 0; j--) step(j);
}

function swapRows(vt: Float64Array, n: number, i: number, j: number): void {
  for (let k = 0; k < n; k++) {
    const t = vt[i * n + k]!;
    vt[i * n + k] = vt[j * n + k]!;
    vt[j * n + k] = t;
  }
}

/**
 * Singular values of the upper bidiagonal (d, e) into d (descending, non-negative), with vt
 * (n x n row-major, rows = right vectors) multiplied by the rotations. Returns false if the
 * iteration did not converge (LAPACK's INFO > 0).
 */
export function bdsqr(d: Float64Array, e: Float64Array, vt: Float64Array): boolean {
  const n = d.length;
  const ok = n <= 1 || sweepToConvergence(d, e, vt, n);
  if (!ok) return false;
  for (let i = 0; i < n; i++) {
    if (d[i]! < 0) {
      d[i] = -d[i]!;
      for (let k = 0; k < n; k++) vt[i * n + k] = -vt[i * n + k]!;
    }
  }
  // dbdsqr: selection sort into decreasing order
  for (let i = 1; i <= n - 1; i++) {
    let isub = 0;
    let smin = d[0]!;
    for (let j = 1; j <= n - i; j++) {
      if (d[j]! <= smin) { isub = j; smin = d[j]!; }
    }
    const last = n - i;
    if (isub !== last) {
      d[isub] = d[last]!;
      d[last] = smin;
      swapRows(vt, n, isub, last);
    }
  }
  // dlasdq: into increasing order, then dbdsdc: back into decreasing order
  for (let i = 0; i < n; i++) {
    let isub = i, smin = d[i]!;
    for (let j = i + 1; j < n; j++) if (d[j]! < smin) { isub = j; smin = d[j]!; }
    if (isub !== i) {
      d[isub] = d[i]!;
      d[i] = smin;
      swapRows(vt, n, isub, i);
    }
  }
  for (let i = 0; i < n - 1; i++) {
    let kk = i, p = d[i]!;
    for (let j = i + 1; j < n; j++) if (d[j]! > p) { kk = j; p = d[j]!; }
    if (kk !== i) {
      d[kk] = d[i]!;
      d[i] = p;
      swapRows(vt, n, i, kk);
    }
  }
  return true;
}

function sweepToConvergence(d: Float64Array, e: Float64Array, vt: Float64Array, n: number): boolean {
  const eps = LAPACK_EPS;
  const tolmul = Math.max(10, Math.min(100, eps ** -0.125));
  const tol = tolmul * eps;
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
  const thresh = Math.max(tol * sminoa, MAXITR * (n * (n * UNFL)));
  const maxitdivn = MAXITR * n;
  let iterdivn = 0, iter = -1, oldll = -1, oldm = -1, idir = 0;
  let m = n; // 1-based index of the bottom of the active block, as in LAPACK
  const rot: Rotation = { c: 0, s: 0, r: 0 };
  const w1 = new Float64Array(n), w2 = new Float64Array(n), w3 = new Float64Array(n), w4 = new Float64Array(n);
  // 1-based accessors keep the code next to LAPACK's
  const D = (i: number): number => d[i - 1]!;
  const E = (i: number): number => e[i - 1]!;
  const setD = (i: number, v: number): void => { d[i - 1] = v; };
  const setE = (i: number, v: number): void => { e[i - 1] = v; };
  for (;;) {
    if (m <= 1) return true;
    if (iter >= n) {
      iter -= n;
      iterdivn++;
      if (iterdivn >= maxitdivn) return false;
    }
    smax = Math.abs(D(m));
    let ll = 0;
    let split = false;
    for (let lll = 1; lll <= m - 1; lll++) {
      ll = m - lll;
      const abss = Math.abs(D(ll)), abse = Math.abs(E(ll));
      if (abse <= thresh) { split = true; break; }
      smax = Math.max(smax, abss, abse);
    }
    if (split) {
      setE(ll, 0);
      if (ll === m - 1) { m -= 1; continue; }
    } else {
      ll = 0;
    }
    ll += 1;
    if (ll === m - 1) {
      const r = dlasv2(D(m - 1), E(m - 1), D(m));
      setD(m - 1, r.ssmax);
      setE(m - 1, 0);
      setD(m, r.ssmin);
      const a = (m - 2) * n, b = (m - 1) * n;
      for (let i = 0; i < n; i++) {
        const x = vt[a + i]!, y = vt[b + i]!;
        vt[a + i] = r.csr * x + r.snr * y;
        vt[b + i] = r.csr * y - r.snr * x;
      }
      m -= 2;
      continue;
    }
    if (ll > oldm || m < oldll) idir = Math.abs(D(ll)) >= Math.abs(D(m)) ? 1 : 2;
    let smin = 0;
    let restart = false;
    if (idir === 1) {
      if (Math.abs(E(m - 1)) <= Math.abs(tol) * Math.abs(D(m))) { setE(m - 1, 0); continue; }
      let mu = Math.abs(D(ll));
      smin = mu;
      for (let lll = ll; lll <= m - 1; lll++) {
        if (Math.abs(E(lll)) <= tol * mu) { setE(lll, 0); restart = true; break; }
        mu = Math.abs(D(lll + 1)) * (mu / (mu + Math.abs(E(lll))));
        smin = Math.min(smin, mu);
      }
    } else {
      if (Math.abs(E(ll)) <= Math.abs(tol) * Math.abs(D(ll))) { setE(ll, 0); continue; }
      let mu = Math.abs(D(m));
      smin = mu;
      for (let lll = m - 1; lll >= ll; lll--) {
        if (Math.abs(E(lll)) <= tol * mu) { setE(lll, 0); restart = true; break; }
        mu = Math.abs(D(lll)) * (mu / (mu + Math.abs(E(lll))));
        smin = Math.min(smin, mu);
      }
    }
    if (restart) continue;
    oldll = ll;
    oldm = m;
    let shift: number;
    if (n * tol * (smin / smax) <= Math.max(eps, 0.01 * tol)) {
      shift = 0;
    } else {
      let sll: number;
      if (idir === 1) {
        sll = Math.abs(D(ll));
        shift = dlas2(D(m - 1), E(m - 1), D(m))[0];
      } else {
        sll = Math.abs(D(m));
        shift = dlas2(D(ll), E(ll), D(ll + 1))[0];
      }
      if (sll > 0 && (shift / sll) ** 2 < eps) shift = 0;
    }
    iter += m - ll;
    const count = m - ll; // rotations in this sweep
    if (shift === 0) {
      if (idir === 1) {
        let cs = 1, oldcs = 1, oldsn = 0;
        for (let i = ll; i <= m - 1; i++) {
          dlartg(D(i) * cs, E(i), rot);
          cs = rot.c;
          const sn = rot.s, r = rot.r;
          if (i > ll) setE(i - 1, oldsn * r);
          dlartg(oldcs * r, D(i + 1) * sn, rot);
          oldcs = rot.c; oldsn = rot.s; setD(i, rot.r);
          w1[i - ll] = cs; w2[i - ll] = sn;
        }
        const h = D(m) * cs;
        setD(m, h * oldcs);
        setE(m - 1, h * oldsn);
        rotateRows(vt, n, ll - 1, count, w1, w2, true);
        if (Math.abs(E(m - 1)) <= thresh) setE(m - 1, 0);
      } else {
        let cs = 1, oldcs = 1, oldsn = 0;
        for (let i = m; i >= ll + 1; i--) {
          dlartg(D(i) * cs, E(i - 1), rot);
          cs = rot.c;
          const sn = rot.s, r = rot.r;
          if (i < m) setE(i, oldsn * r);
          dlartg(oldcs * r, D(i - 1) * sn, rot);
          oldcs = rot.c; oldsn = rot.s; setD(i, rot.r);
          w3[i - ll - 1] = oldcs; w4[i - ll - 1] = -oldsn;
        }
        const h = D(ll) * cs;
        setD(ll, h * oldcs);
        setE(ll, h * oldsn);
        rotateRows(vt, n, ll - 1, count, w3, w4, false);
        if (Math.abs(E(ll)) <= thresh) setE(ll, 0);
      }
    } else if (idir === 1) {
      let f = (Math.abs(D(ll)) - shift) * (fsign(1, D(ll)) + shift / D(ll));
      let g = E(ll);
      for (let i = ll; i <= m - 1; i++) {
        dlartg(f, g, rot);
        const cosr = rot.c, sinr = rot.s;
        if (i > ll) setE(i - 1, rot.r);
        f = cosr * D(i) + sinr * E(i);
        setE(i, cosr * E(i) - sinr * D(i));
        g = sinr * D(i + 1);
        setD(i + 1, cosr * D(i + 1));
        dlartg(f, g, rot);
        const cosl = rot.c, sinl = rot.s;
        setD(i, rot.r);
        f = cosl * E(i) + sinl * D(i + 1);
        setD(i + 1, cosl * D(i + 1) - sinl * E(i));
        if (i < m - 1) {
          g = sinl * E(i + 1);
          setE(i + 1, cosl * E(i + 1));
        }
        w1[i - ll] = cosr; w2[i - ll] = sinr;
      }
      setE(m - 1, f);
      rotateRows(vt, n, ll - 1, count, w1, w2, true);
      if (Math.abs(E(m - 1)) <= thresh) setE(m - 1, 0);
    } else {
      let f = (Math.abs(D(m)) - shift) * (fsign(1, D(m)) + shift / D(m));
      let g = E(m - 1);
      for (let i = m; i >= ll + 1; i--) {
        dlartg(f, g, rot);
        const cosr = rot.c, sinr = rot.s;
        if (i < m) setE(i, rot.r);
        f = cosr * D(i) + sinr * E(i - 1);
        setE(i - 1, cosr * E(i - 1) - sinr * D(i));
        g = sinr * D(i - 1);
        setD(i - 1, cosr * D(i - 1));
        dlartg(f, g, rot);
        const cosl = rot.c, sinl = rot.s;
        setD(i, rot.r);
        f = cosl * E(i - 1) + sinl * D(i - 1);
        setD(i - 1, cosl * D(i - 1) - sinl * E(i - 1));
        if (i > ll + 1) {
          g = sinl * E(i - 2);
          setE(i - 2, cosl * E(i - 2));
        }
        w3[i - ll - 1] = cosl; w4[i - ll - 1] = -sinl;
      }
      setE(ll, f);
      if (Math.abs(E(ll)) <= thresh) setE(ll, 0);
      rotateRows(vt, n, ll - 1, count, w3, w4, false);
    }
  }
}
