// numpy's PCG64DXSM: the DXSM output of the current state, then a step with the 64-bit
// "cheap multiplier". Seeded exactly like PCG64 (numpy reuses its srandom).
import { kernels, type KernelPair } from './kernels.js';
import { PCG_CHEAP_MULT } from './kernels/pcg_ts.js';
import { Pcg128Base } from './pcg128_base.js';

/**
 * numpy's PCG64DXSM bit generator: PCG64's state and seeding with the stronger DXSM output
 * and the 64-bit "cheap multiplier". Constructor: `new PCG64DXSM(seed?)`.
 * @example const bg = new PCG64DXSM(12345); bg.random_raw();
 */
export class PCG64DXSM extends Pcg128Base {
  /** Always `'PCG64DXSM'`. */
  get name(): string {
    return 'PCG64DXSM';
  }

  protected get multiplier(): bigint {
    return PCG_CHEAP_MULT;
  }

  protected kernel(): KernelPair {
    return kernels().dxsm;
  }

  get family(): 'dxsm' {
    return 'dxsm';
  }
}
