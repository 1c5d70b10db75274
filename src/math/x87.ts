// x87 extended precision (64-bit significand, round to nearest even) for OpenBLAS's dnrm2, whose
// nrm2.S squares and sums on the x87 stack: exact BigInt significands rounded after every step.
// Used once per reflector of a factorisation, never per draw.
import { F64, U32 } from './bits.js';

/** A non-negative x87 value m * 2^e. */
export interface Ext { m: bigint; e: number }

const EXT_BITS = 64;

function bitLength(m: bigint): number {
  return m === 0n ? 0 : m.toString(2).length;
}

/** Rounds m * 2^e to `bits` significant bits, half to even; `sticky` says nonzero bits were cut below m. */
function roundTo(m: bigint, e: number, bits: number, sticky = false): Ext {
  const k = bitLength(m) - bits;
  if (k <= 0) return { m, e };
  let q = m >> BigInt(k);
  const r = m & ((1n << BigInt(k)) - 1n), half = 1n << BigInt(k - 1);
  if (r > half || (r === half && (sticky || (q & 1n) === 1n))) q += 1n;
  return bitLength(q) > bits ? { m: q >> 1n, e: e + k + 1 } : { m: q, e: e + k };
}

/** |x| exactly as m * 2^e (x finite). */
function decompose(x: number): Ext {
  F64[0] = x;
  const hi = U32[1]! & 0x7fffffff, lo = U32[0]!;
  const biased = hi >>> 20;
  const frac = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  return biased === 0 ? { m: frac, e: -1074 } : { m: frac | (1n << 52n), e: biased - 1075 };
}

export function extSquare(x: number): Ext {
  const d = decompose(x);
  return roundTo(d.m * d.m, 2 * d.e, EXT_BITS);
}

export function extAdd(a: Ext, b: Ext): Ext {
  if (a.m === 0n) return b;
  if (b.m === 0n) return a;
  const e = Math.min(a.e, b.e);
  return roundTo((a.m << BigInt(a.e - e)) + (b.m << BigInt(b.e - e)), e, EXT_BITS);
}

function isqrt(n: bigint): bigint {
  let x = BigInt(Math.floor(Math.sqrt(Number(n))));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) break;
    x = y;
  }
  while (x * x > n) x -= 1n;
  while ((x + 1n) * (x + 1n) <= n) x += 1n;
  return x;
}

/** fsqrt to 64 bits, then the store to a double (a second rounding, as the kernel does). */
export function extSqrtToDouble(a: Ext): number {
  if (a.m === 0n) return 0;
  let { m, e } = a;
  if ((e & 1) !== 0) { m <<= 1n; e -= 1; }
  const s = Math.max(0, Math.ceil((2 * EXT_BITS + 8 - bitLength(m)) / 2));
  const big = m << BigInt(2 * s);
  const r = isqrt(big);
  const ext = roundTo(r, e / 2 - s, EXT_BITS, r * r !== big);
  const d = roundTo(ext.m, ext.e, 53);
  const half = Math.trunc(d.e / 2);
  return Number(d.m) * 2 ** half * 2 ** (d.e - half);
}
