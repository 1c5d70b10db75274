// RandomState's Marsaglia-Tsang gammas (shape > 1) a batch at a time, with the polar method's
// logarithms through log's block form instead of one WebAssembly call per pair.
//
// For shapes above 1 every candidate is a legacy gauss then a uniform, accepted or not, so the
// doubles split into candidates before any of them is evaluated: a gauss is the cached one, or
// the next polar pair inside the unit circle (rejected pairs take their two doubles), and the
// uniform is the double after it. The exception is a gauss with 1 + c X <= 0, which numpy follows
// with another gauss instead of a uniform: there the batch is split again from that double.
//
// Never drawing past numpy: a batch draws at most 1 + `rest` doubles beyond the incomplete
// candidate it starts with (`rest`: one double for each gamma still to come after the current
// one, which needs one more at least), so every double drawn is one numpy draws.
import type { BitGenerator } from '../bitgen/bit_generator.js';
import { mtB, mtC } from '../distributions/gamma.js';
import { log } from '../math/index.js';
import { logBlock } from '../math/wasm/backend.js';
import type { AugState } from './aug_state.js';

const CAP = 2048;
const NONE = -1;

/** Marsaglia-Tsang's constants for a shape above 1 (gamma.ts's mtB and mtC). */
export function mtConstants(shape: number): [number, number] {
  const b = mtB(shape);
  return [b, mtC(b)];
}

class GammaStream {
  private readonly d = new Float64Array(CAP);
  private len = 0;
  /** d[0, end) holds the batch's candidates; d[end, len) begins an incomplete one. */
  private end = 0;
  // per candidate: its gauss (an index into G), its uniform, where that uniform sits in d, and
  // the cached gauss after it (an index into G, or NONE)
  private readonly cGauss = new Int32Array(CAP);
  private readonly cU = new Float64Array(CAP);
  private readonly cUAt = new Int32Array(CAP);
  private readonly cCache = new Int32Array(CAP);
  private nCand = 0;
  private cur = 0;
  /** G[0]: the gauss cached before the batch; G[1 + 2p] and G[2 + 2p]: pair p's f x2 and f x1. */
  private readonly G = new Float64Array(CAP + 2);
  private readonly x1 = new Float64Array(CAP >> 1);
  private readonly x2 = new Float64Array(CAP >> 1);
  private readonly r2 = new Float64Array(CAP >> 1);
  private pairs = 0;
  /** Whether G[0] is a cached gauss. */
  private hasGauss = 0;
  /** The cache after the batch's last candidate. */
  private endCache = NONE;
  private bg: BitGenerator | null = null;
  /** One double for each gamma still to come after the current one. */
  rest = 0;

  start(s: AugState): this {
    this.bg = s.bitgen;
    this.len = this.end = this.nCand = this.cur = 0;
    this.hasGauss = s.has_gauss;
    this.G[0] = s.gauss;
    this.endCache = s.has_gauss ? 0 : NONE;
    return this;
  }

  /** Puts the gauss cache back in s after the last gamma (every drawn double is used by then). */
  finish(s: AugState): void {
    this.carry(this.endCache);
    s.has_gauss = this.hasGauss;
    s.gauss = this.hasGauss ? this.G[0]! : 0.0;
  }

  /** The next gamma for Marsaglia-Tsang's constants b and c. */
  next(b: number, c: number): number {
    for (;;) {
      if (this.cur === this.nCand) {
        this.carry(this.endCache);
        this.refill(true);
        continue;
      }
      const j = this.cur++;
      const X = this.G[this.cGauss[j]!]!;
      let V = 1.0 + c * X;
      if (V <= 0.0) {
        // numpy draws another gauss here: the doubles from this uniform on split again
        this.carry(this.cCache[j]!);
        this.end = this.cUAt[j]!;
        this.refill(false);
        continue;
      }
      V = V * V * V;
      const U = this.cU[j]!;
      if (U < 1.0 - 0.0331 * (X * X) * (X * X)) return b * V;
      if (log(U) < 0.5 * X * X + b * (1 - V + log(V))) return b * V;
    }
  }

  /** Makes G[cache] (or no gauss, for NONE) the cache the next batch starts with. */
  private carry(cache: number): void {
    this.hasGauss = cache === NONE ? 0 : 1;
    this.G[0] = cache === NONE ? 0.0 : this.G[cache]!;
  }

  /** The incomplete candidate's doubles to the front, (with `draw`) new ones after them, split. */
  private refill(draw: boolean): void {
    const d = this.d;
    const left = this.len - this.end;
    d.copyWithin(0, this.end, this.len);
    this.len = left;
    if (draw) {
      const k = Math.min(CAP - left, 1 + this.rest);
      this.bg!.fill_double(d, left, left + k);
      this.len += k;
    }
    this.split();
    this.gausses();
    this.cur = 0;
  }

  /** d[0, len) into candidates, as far as complete ones go. */
  private split(): void {
    const d = this.d, len = this.len;
    let p = 0, pairs = 0, n = 0, cache = this.hasGauss ? 0 : NONE;
    for (;;) {
      const start = p;
      let gauss: number;
      const fromCache = cache !== NONE;
      if (fromCache) {
        gauss = cache;
        cache = NONE;
      } else {
        let a = 0, b = 0, r = 0, found = false;
        while (p + 2 <= len) {
          a = 2.0 * d[p]! - 1.0;
          b = 2.0 * d[p + 1]! - 1.0;
          r = a * a + b * b;
          p += 2;
          if (!(r >= 1.0 || r === 0.0)) { found = true; break; }
        }
        if (!found) { p = start; break; }
        this.x1[pairs] = a;
        this.x2[pairs] = b;
        this.r2[pairs] = r;
        gauss = 1 + 2 * pairs;
        cache = 2 + 2 * pairs;
        pairs++;
      }
      if (p === len) {
        // no uniform yet: this candidate starts the next batch
        if (fromCache) cache = gauss; else { pairs--; cache = NONE; }
        p = start;
        break;
      }
      this.cGauss[n] = gauss;
      this.cU[n] = d[p]!;
      this.cUAt[n] = p;
      this.cCache[n] = cache;
      n++;
      p++;
    }
    this.nCand = n;
    this.end = p;
    this.pairs = pairs;
    this.endCache = cache;
  }

  /** G for the batch's pairs, f = sqrt(-2 log(r2) / r2), the logs as blocks. */
  private gausses(): void {
    const n = this.pairs, r2 = this.r2, G = this.G;
    const L = logBlock(), buf = L.buf;
    for (let s = 0; s < n; s += buf.length) {
      const m = Math.min(buf.length, n - s);
      buf.set(r2.subarray(s, s + m));
      L.run(m, 0);
      for (let q = 0; q < m; q++) {
        const p = s + q;
        const f = Math.sqrt((-2.0 * buf[q]!) / r2[p]!);
        G[1 + 2 * p] = f * this.x2[p]!;
        G[2 + 2 * p] = f * this.x1[p]!;
      }
    }
  }
}

/** The one stream the fills share (they never nest). */
export const GAMMAS = new GammaStream();
