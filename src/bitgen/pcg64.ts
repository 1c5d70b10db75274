// numpy's PCG64: 128-bit LCG with the XSL-RR output of the stepped state.
import { Pcg128Base } from './pcg128_base.js';
import { pcgKernels, PCG_MULT, type PcgKernel } from './pcg64_kernels.js';

export class PCG64 extends Pcg128Base {
  get name(): string {
    return 'PCG64';
  }

  protected get multiplier(): bigint {
    return PCG_MULT;
  }

  protected kernel(): PcgKernel {
    return pcgKernels().xslrr;
  }
}
