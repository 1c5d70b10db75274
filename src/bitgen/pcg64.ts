// numpy's PCG64: 128-bit LCG with the XSL-RR output of the stepped state.
import { kernels, type KernelPair } from './kernels.js';
import { PCG_MULT } from './kernels/pcg_ts.js';
import { Pcg128Base } from './pcg128_base.js';

export class PCG64 extends Pcg128Base {
  get name(): string {
    return 'PCG64';
  }

  protected get multiplier(): bigint {
    return PCG_MULT;
  }

  protected kernel(): KernelPair {
    return kernels().xslrr;
  }
}
