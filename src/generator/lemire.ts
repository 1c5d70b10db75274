// numpy's random_bounded_uint64(bitgen, 0, rng, 0, use_masked=0) for the index draws of
// choice and _shuffle_int: Lemire on 32 bits while rng fits, on 64 bits beyond.
import type { BitGenerator } from '../bitgen/bit_generator.js';
import { bounded32, bounded64, boundedRun, out64, range64, umulhi32 } from '../distributions/bounded.js';

/** A value in [0, rng] for an integer 0 <= rng < 2^53. */
export function lemireUpTo(bg: BitGenerator, rng: number): number {
  if (rng <= 0xffffffff) {
    if (rng === 0) return 0;
    if (rng === 0xffffffff) return bg.next_uint32();
    return bounded32(bg, rng, 0, false);
  }
  bounded64(bg, range64(BigInt(rng)), false);
  return out64.hi * 4294967296 + out64.lo;
}

/** A value in [0, rng] for any uint64 rng, as bigint. */
export function lemireUpToBig(bg: BitGenerator, rng: bigint): bigint {
  bounded64(bg, range64(rng), false);
  return (BigInt(out64.hi) << 32n) | BigInt(out64.lo >>> 0);
}

const RUN_WORDS = new Uint32Array(1024);

/**
 * out[w] = lemireUpTo(bg, first + w) for w < count (Floyd's increasing bounds), its words a block
 * at a time; first + count - 1 <= 0xffffffff. Every bound above 0 takes at least one word, so a
 * block never reaches past the words the draws one at a time would take.
 */
export function lemireRunUp(bg: BitGenerator, first: number, count: number, out: Float64Array): void {
  let p = 0, len = 0;
  for (let w = 0; w < count; w++) {
    const rng = first + w;
    if (rng === 0) { out[w] = 0; continue; }
    for (;;) {
      if (p === len) { len = Math.min(RUN_WORDS.length, count - w); bg.fill_uint32(RUN_WORDS, 0, len); p = 0; }
      const x = RUN_WORDS[p++]!;
      if (rng === 0xffffffff) { out[w] = x; break; }
      const excl = rng + 1;
      const lo = Math.imul(x, excl) >>> 0;
      if (lo < excl && lo < (0xffffffff - rng) % excl) continue;
      out[w] = umulhi32(x, excl);
      break;
    }
  }
}

const J = new Float64Array(2048);

/** numpy's _shuffle_int: for i = n-1 down to first, swap data[i] with data[lemire(0, i)]. */
export function shuffleInt(bg: BitGenerator, n: number, first: number, data: { [i: number]: number | bigint }): void {
  if (n - 1 > 0xffffffff) {
    for (let i = n - 1; i >= first; i--) swap(data, i, lemireUpTo(bg, i));
    return;
  }
  // the indices a block at a time from word blocks (boundedRun), then the swaps
  for (let i = n - 1; i >= first;) {
    const k = Math.min(J.length, i - first + 1);
    boundedRun(bg, i, k, J, false);
    if (data instanceof Float64Array) {
      for (let q = 0; q < k; q++, i--) { const b = J[q]!, t = data[b]!; data[b] = data[i]!; data[i] = t; }
    } else {
      for (let q = 0; q < k; q++, i--) swap(data, i, J[q]!);
    }
  }
}

function swap(data: { [i: number]: number | bigint }, i: number, j: number): void {
  const t = data[j]!;
  data[j] = data[i]!;
  data[i] = t;
}
