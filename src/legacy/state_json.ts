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
 * Parses the dict form above, or the legacy tuple form
 * ["MT19937", [key...], pos, has_gauss, gauss] (numbers or decimal strings).
 */
export function legacyStateFromJSON(json: string | object): LegacyJSON {
  let root: unknown = json;
  if (typeof json === 'string') {
    try {
      root = JSON.parse(json);
    } catch (e) {
      throw new ValueError(`state JSON does not parse: ${(e as Error).message}`);
    }
  }
  if (Array.isArray(root)) {
    if (root[0] !== 'MT19937' || (root.length !== 3 && root.length !== 5)) {
      throw new ValueError('state is not a legacy MT19937 state');
    }
    root = { bit_generator: 'MT19937', state: { key: root[1], pos: root[2] }, has_gauss: root[3] ?? 0, gauss: root[4] ?? 0 };
  }
  if (typeof root !== 'object' || root === null) throw new ValueError('state JSON must be an object or a legacy tuple');
  const { has_gauss = '0', gauss = 0, ...rest } = root as Record<string, unknown>;
  const g = typeof gauss === 'string' ? Number(gauss) : gauss;
  if (typeof g !== 'number' || !Number.isFinite(g)) throw new ValueError(`gauss must be a finite number, got ${JSON.stringify(gauss)}`);
  const hg = has_gauss === '0' || has_gauss === 0 ? 0 : has_gauss === '1' || has_gauss === 1 ? 1 : -1;
  if (hg < 0) throw new ValueError(`has_gauss must be 0 or 1, got ${JSON.stringify(has_gauss)}`);
  return { bitgen: bitGeneratorFromJSON(rest), has_gauss: hg, gauss: g };
}
