// numpy's PCG64DXSM: the DXSM output of the current state, then a step with the 64-bit
// "cheap multiplier". Seeded exactly like PCG64 (numpy reuses its srandom).
import { kernels, type KernelPair } from './kernels.js';
import { PCG_CHEAP_MULT } from './kernels/pcg_ts.js';
import { Pcg128Base } from './pcg128_base.js';

export class PCG64DXSM extends Pcg128Base {
  get name(): string {
    return 'PCG64DXSM';
  }

  protected get multiplier(): bigint {
    return PCG_CHEAP_MULT;
  }

  protected kernel(): KernelPair {
    return kernels().dxsm;
  }
}
