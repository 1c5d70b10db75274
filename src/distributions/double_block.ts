// A read-ahead block of next_double values for the fills whose samplers draw a varying number of
// doubles per value (poisson, zipf, logseries, hypergeometric): the sampler calls next_double on
// this one class instead of on five bit-generator classes (a call site V8 then inlines), and the
// doubles come from fill_double a block at a time.
//
// Never drawing past numpy: `rest` is a lower bound, set by the fill before each value, on the
// doubles the values after the current one will take; a refill takes the double being asked for
// plus at most `rest` more, so the generator's state after the fill is numpy's.
import type { BitGenerator } from '../bitgen/bit_generator.js';
import { BlockBitGenerator } from '../bitgen/block_base.js';
import { isMT19937 } from '../core/brands.js';

const TWO21 = 2097152;
const TWO_M53 = 1.1102230246251565e-16;

/**
 * How next_double reads an output pair: 1 for the 64-bit generators (top 53 bits of next_uint64),
 * 2 for MT19937 (27 + 26 bits of its two words, high word first), 0 when unknown (a user's own
 * BitGenerator subclass: callers then draw one at a time).
 */
export function pairKind(bg: BitGenerator): 0 | 1 | 2 {
  return bg instanceof BlockBitGenerator ? 1 : isMT19937(bg) ? 2 : 0;
}

/** numpy's next_double of output pair (lo, hi) under pairKind `k`. */
export const pairDouble = (lo: number, hi: number, k: number): number =>
  (k === 1 ? hi * TWO21 + (lo >>> 11) : (hi >>> 5) * 67108864 + (lo >>> 6)) * TWO_M53;

/** What a sampler needs from its generator when it only draws doubles. */
export interface DoubleSource {
  next_double(): number;
}

const CHUNK = 1024;

export class DoubleBlock implements DoubleSource {
  private readonly buf = new Float64Array(CHUNK);
  private p = 0;
  private len = 0;
  private bg: BitGenerator | null = null;
  /** Doubles the values after the current one take at least. */
  rest = 0;

  /** Starts a fill on bg (the block is empty: every earlier fill used up what it read). */
  start(bg: BitGenerator): this {
    this.bg = bg;
    this.p = this.len = 0;
    return this;
  }

  next_double(): number {
    if (this.p === this.len) this.refill();
    return this.buf[this.p++]!;
  }

  private refill(): void {
    const len = Math.min(CHUNK, 1 + this.rest);
    this.bg!.fill_double(this.buf, 0, len);
    this.len = len;
    this.p = 0;
  }
}

/** The one block the fills share (they never nest). */
export const DOUBLES = new DoubleBlock();

/** What a sampler needs when it draws 64-bit outputs (next_uint64 into lo, hi) and doubles. */
export interface Draws64 extends DoubleSource {
  next_uint64(): void;
  readonly lo: number;
  readonly hi: number;
}

/**
 * The same read-ahead over fill_uint64 output pairs, for samplers that mix next_uint64 and
 * next_double (the gamma family: a ziggurat normal, then a uniform). Each of the two takes one
 * output pair; `kind` is pairKind's (1: a 64-bit generator, 2: MT19937).
 */
export class OutputBlock implements Draws64 {
  private readonly buf = new Uint32Array(2 * CHUNK);
  private p = 0;
  private len = 0;
  private kind = 1;
  private bg: BitGenerator | null = null;
  lo = 0;
  hi = 0;
  /** Outputs the values after the current one take at least. */
  rest = 0;

  start(bg: BitGenerator, kind: 1 | 2): this {
    this.bg = bg;
    this.kind = kind;
    this.p = this.len = 0;
    return this;
  }

  next_uint64(): void {
    if (this.p === this.len) this.refill();
    const j = 2 * this.p++;
    this.lo = this.buf[j]!;
    this.hi = this.buf[j + 1]!;
  }

  next_double(): number {
    if (this.p === this.len) this.refill();
    const j = 2 * this.p++;
    return pairDouble(this.buf[j]!, this.buf[j + 1]!, this.kind);
  }

  private refill(): void {
    const len = Math.min(CHUNK, 1 + this.rest);
    this.bg!.fill_uint64(this.buf, 0, len);
    this.len = len;
    this.p = 0;
  }
}

/** The one output block the fills share (they never nest). */
export const OUTPUTS = new OutputBlock();
