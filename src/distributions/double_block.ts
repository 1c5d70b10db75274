// A read-ahead block of next_double values for the fills whose samplers draw a varying number of
// doubles per value (poisson, zipf, logseries, hypergeometric): the sampler calls next_double on
// this one class instead of on five bit-generator classes (a call site V8 then inlines), and the
// doubles come from fill_double a block at a time.
//
// Never drawing past numpy: `rest` is a lower bound, set by the fill before each value, on the
// doubles the values after the current one will take; a refill takes the double being asked for
// plus at most `rest` more, so the generator's state after the fill is numpy's.
import type { BitGenerator } from '../bitgen/bit_generator.js';

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
