// RandomState's state as JSON: the bit generator's JSON (numpy's state dict with integers as
// decimal strings) plus has_gauss (a decimal string) and gauss (a JSON number), i.e. Python's
// json.dumps of to_json(rs.get_state(legacy=False)) with the README's to_json.
import { stateToJSONValue } from '../bitgen/state_codec.js';
import { bitGeneratorFromJSON } from '../bitgen/state_json.js';
import type { BitGenerator } from '../bitgen/bit_generator.js';
import { ValueError } from '../core/errors.js';

export interface LegacyJSON {
  bitgen: BitGenerator;
  has_gauss: number;
  gauss: number;
}

export function legacyStateToJSON(state: Record<string, unknown>): object {
  const { has_gauss, gauss, ...bitgen } = state;
  return { ...(stateToJSONValue(bitgen) as object), has_gauss: String(has_gauss), gauss };
}

/**
 * JSON.stringify writes a typed array (get_state()'s Uint32Array key) as {"0": v0, "1": v1, ...};
 * this gives such an object back as an array, and anything else unchanged.
 */
function indexedObjectToArray(v: unknown, what: string): unknown {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return v;
  const keys = Object.keys(v);
  if (keys.length === 0 || keys[0] !== '0') return v;
  if (!keys.every((k, i) => k === String(i))) {
    throw new ValueError(`${what}: an object with keys "0", "1", ... must hold every index in order ` +
      '(what JSON.stringify writes for a typed array); pass rs.toJSON() or JSON.stringify(rs) for the portable form');
  }
  return keys.map((k) => (v as Record<string, unknown>)[k]);
}

/**
 * Parses the dict form above, or the legacy tuple form
 * ["MT19937", [key...], pos, has_gauss, gauss] (numbers or decimal strings), also as
 * JSON.stringify writes get_state()'s tuple or dict (the key as {"0": ..., "1": ...}).
 */
export function legacyStateFromJSON(json: string | object): LegacyJSON {
  let root = parseStateText(json);
  if (Array.isArray(root)) {
    if (root[0] !== 'MT19937' || (root.length !== 3 && root.length !== 5)) {
      throw new ValueError('state is not a legacy MT19937 state');
    }
    root = { bit_generator: 'MT19937', state: { key: indexedObjectToArray(root[1], 'key'), pos: root[2] },
      has_gauss: root[3] ?? 0, gauss: root[4] ?? 0 };
  }
  if (typeof root !== 'object' || root === null) throw new ValueError('state JSON must be an object or a legacy tuple');
  const { has_gauss = '0', gauss = 0, ...rest } = root as Record<string, unknown>;
  // JSON.stringify(rs.get_state(false)): the dict form with the key as an indexed object
  const inner = rest.state;
  if (typeof inner === 'object' && inner !== null && 'key' in inner) {
    rest.state = { ...inner, key: indexedObjectToArray((inner as { key: unknown }).key, 'state.key') };
  }
  const g = typeof gauss === 'string' ? Number(gauss) : gauss;
  if (typeof g !== 'number' || !Number.isFinite(g)) throw new ValueError(`gauss must be a finite number, got ${JSON.stringify(gauss)}`);
  const hg = has_gauss === '0' || has_gauss === 0 ? 0 : has_gauss === '1' || has_gauss === 1 ? 1 : -1;
  if (hg < 0) throw new ValueError(`has_gauss must be 0 or 1, got ${JSON.stringify(has_gauss)}`);
  return { bitgen: bitGeneratorFromJSON(rest), has_gauss: hg, gauss: g };
}

/** A state given as JSON text, parsed (a parsed object passes through); bad text is a ValueError. */
export function parseStateText(json: string | object): unknown {
  if (typeof json !== 'string') return json;
  try {
    return JSON.parse(json) as unknown;
  } catch (e) {
    throw new ValueError(`state JSON does not parse: ${(e as Error).message}`);
  }
}
