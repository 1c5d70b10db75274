// JAX's global flags that change jax.random's results: the key layout (jax_threefry_partitionable,
// on by default since jax 0.5.0), x64 mode (jax_enable_x64: 64-bit default dtypes and seeds) and
// jax_random_seed_offset. Read them with `config.values` or `config.read(name)`.
// `xla_fma` is ours, not JAX's: whether float32/float64 `a*b + c` steps are evaluated as one fused
// multiply-add, as XLA:CPU's LLVM backend does on FMA-capable hosts (x86-64 with FMA3, ARM64).
import { ValueErrorOf } from '../core/messages.js';

/** The flags `config` holds: JAX's three that change jax.random's bits, and our `xla_fma`. */
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

/**
 * jax.config for the flags that matter to jax.random: `update(name, value)`, `read(name)`, `values`
 * and `reset()`. Defaults: jax_threefry_partitionable true, jax_enable_x64 false,
 * jax_random_seed_offset 0, xla_fma true.
 * @example config.update('jax_threefry_partitionable', false)
 */
export const config = {
  /**
   * The live values (a read-only copy; change them with `update`).
   * @example config.values.jax_enable_x64
   */
  get values(): Readonly<JaxConfigValues> {
    return { ...current };
  },
  /**
   * One flag's current value, as `jax.config.<name>` reads it; unknown names raise AttributeError.
   * @param name - the flag's name, e.g. 'jax_enable_x64'
   * @example config.read('jax_threefry_partitionable')
   */
  read<K extends keyof JaxConfigValues>(name: K): JaxConfigValues[K] {
    if (!(name in DEFAULTS)) throw new AttributeError(`Unrecognized config option: ${String(name)}`);
    return current[name];
  },
  /**
   * jax.config.update(name, value): sets a flag for every later call. Unknown names raise
   * AttributeError; a value of the wrong type TypeError; a non-integer seed offset ValueError.
   * @param name - the flag's name
   * @param value - its new value (boolean, or an integer for jax_random_seed_offset)
   * @example config.update('jax_enable_x64', true)
   */
  update<K extends keyof JaxConfigValues>(name: K, value: JaxConfigValues[K]): void {
    if (!(name in DEFAULTS)) throw new AttributeError(`Unrecognized config option: ${String(name)}`);
    const want = typeof DEFAULTS[name];
    if (typeof value !== want) throw new TypeError(`${String(name)} must be a ${want}, got ${typeof value}`);
    if (name === 'jax_random_seed_offset' && !Number.isInteger(value)) {
      throw ValueErrorOf(`${name} must be an integer, got ${String(value)}`);
    }
    current[name] = value;
  },
  /**
   * Restores every flag to its default (handy in tests); not in JAX.
   * @example config.reset()
   */
  reset(): void {
    Object.assign(current, DEFAULTS);
  },
};

/**
 * Python's AttributeError, which jax.config raises for unknown names.
 * @example new AttributeError('Unrecognized config option: jax_foo')
 */
export class AttributeError extends Error {
  override name = 'AttributeError';
}
