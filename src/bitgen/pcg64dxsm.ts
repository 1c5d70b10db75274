// numpy's PCG64DXSM: the DXSM output of the current state, then a step with the 64-bit
// "cheap multiplier". Seeded exactly like PCG64 (numpy reuses its srandom).
import { Pcg128Base } from './pcg128_base.js';
import { pcgKernels, PCG_CHEAP_MULT, type PcgKernel } from './pcg64_kernels.js';

export class PCG64DXSM extends Pcg128Base {
  get name(): string {
    return 'PCG64DXSM';
  }

  protected get multiplier(): bigint {
    return PCG_CHEAP_MULT;
  }

  protected kernel(): PcgKernel {
    return pcgKernels().dxsm;
  }
}
