// JAX's global flags that change jax.random's results: the key layout (jax_threefry_partitionable,
// on by default since jax 0.5.0), x64 mode (jax_enable_x64: 64-bit default dtypes and seeds) and
// jax_random_seed_offset. Read them with `config.values` or `config.read(name)`.
// `xla_fma` is ours, not JAX's: whether float32/float64 `a*b + c` steps are evaluated as one fused
// multiply-add, as XLA:CPU's LLVM backend does on FMA-capable hosts (x86-64 with FMA3, ARM64).
import { ValueErrorOf } from '../core/messages.js';

export interface JaxConfigValues {
  jax_threefry_partitionable: boolean;
  jax_enable_x64: boolean;
  jax_random_seed_offset: number;
  xla_fma: boolean;
}

const DEFAULTS: JaxConfigValues = {
  jax_threefry_partitionable: true,
  jax_enable_x64: false,
  jax_random_seed_offset: 0,
  xla_fma: true,
};

const current: JaxConfigValues = { ...DEFAULTS };

export const config = {
  /** The live values (read-only view; change them with `update`). */
  get values(): Readonly<JaxConfigValues> {
    return { ...current };
  },
  read<K extends keyof JaxConfigValues>(name: K): JaxConfigValues[K] {
    if (!(name in DEFAULTS)) throw new AttributeError(`Unrecognized config option: ${String(name)}`);
    return current[name];
  },
  update<K extends keyof JaxConfigValues>(name: K, value: JaxConfigValues[K]): void {
    if (!(name in DEFAULTS)) throw new AttributeError(`Unrecognized config option: ${String(name)}`);
    const want = typeof DEFAULTS[name];
    if (typeof value !== want) throw new TypeError(`${String(name)} must be a ${want}, got ${typeof value}`);
    if (name === 'jax_random_seed_offset' && !Number.isInteger(value)) {
      throw ValueErrorOf(`${name} must be an integer, got ${String(value)}`);
    }
    current[name] = value;
  },
  /** Restores every flag to its default (handy in tests). */
  reset(): void {
    Object.assign(current, DEFAULTS);
  },
};

/** Python's AttributeError, which jax.config raises for unknown names. */
export class AttributeError extends Error {
  override name = 'AttributeError';
}
