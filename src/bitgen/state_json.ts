// State interchange with numpy through JSON. The Python side (checked both ways):
//   def to_json(x):
//       if isinstance(x, dict): return {k: to_json(v) for k, v in x.items()}
//       if isinstance(x, (list, tuple)): return [to_json(v) for v in x]
//       if isinstance(x, np.ndarray): return [str(int(v)) for v in x.ravel().tolist()]
//       if isinstance(x, (int, np.integer)) and not isinstance(x, bool): return str(int(x))
//       return x
//   def from_json(x):
//       if isinstance(x, dict): return {k: v if k == 'bit_generator' else from_json(v) for k, v in x.items()}
//       if isinstance(x, list): return np.array([int(v) for v in x], dtype=np.uint64)
//       return int(x)
//   text = json.dumps(to_json(bg.state), separators=(',', ':'))   # equals JSON.stringify(bg)
//   bg.state = from_json(json.loads(text))                          # loads JSON.stringify(bg)
import { ValueError } from '../core/errors.js';
import type { BitGenerator } from './bit_generator.js';
import { MT19937 } from './mt19937.js';
import { PCG64 } from './pcg64.js';
import { PCG64DXSM } from './pcg64dxsm.js';
import { Philox } from './philox.js';
import { SFC64 } from './sfc64.js';
import { stateFromJSONValue } from './state_codec.js';

const CLASSES: Record<string, new () => BitGenerator> = { MT19937, PCG64, PCG64DXSM, Philox, SFC64 };

/**
 * A bit generator of the class named in the state JSON (text or parsed), holding that state.
 * Like numpy's `bg = PCG64(); bg.state = ...`, its seed_seq is a fresh, unrelated SeedSequence.
 * @param json - a JSON string or parsed object, as from JSON.stringify(bg) or numpy's to_json above.
 * @example const bg = bitGeneratorFromJSON(JSON.stringify(new Philox(1)));
 */
export function bitGeneratorFromJSON(json: string | object): BitGenerator {
  const state = stateFromJSONValue(json) as { bit_generator?: unknown };
  const name = typeof state === 'object' && state !== null ? state.bit_generator : undefined;
  const Ctor = typeof name === 'string' && Object.hasOwn(CLASSES, name) ? CLASSES[name] : undefined;
  if (Ctor === undefined) throw new ValueError(`unknown bit_generator ${JSON.stringify(name)} in state JSON`);
  const bg = new Ctor();
  bg.state = state;
  return bg;
}
