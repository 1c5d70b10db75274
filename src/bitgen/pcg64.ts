// numpy's PCG64: 128-bit LCG with the XSL-RR output of the stepped state.
import { kernels, type KernelPair } from './kernels.js';
import { PCG_MULT } from './kernels/pcg_ts.js';
import { Pcg128Base } from './pcg128_base.js';

/**
 * numpy's PCG64 bit generator: a 128-bit LCG with the XSL-RR output (numpy's default).
 * Constructor: `new PCG64(seed?)`, seed as for SeedSequence (default: fresh OS entropy).
 * @example const bg = new PCG64(12345); bg.random_raw(2);
 */
export class PCG64 extends Pcg128Base {
  /** Always `'PCG64'`. */
  get name(): string {
    return 'PCG64';
  }

  protected get multiplier(): bigint {
    return PCG_MULT;
  }

  protected kernel(): KernelPair {
    return kernels().xslrr;
  }

  get family(): 'xslrr' {
    return 'xslrr';
  }
}
