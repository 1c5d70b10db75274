import { describe, expect, it } from 'vitest';
import * as derived from '../../src/distributions/ziggurat_constants.js';
import * as numpyTables from './ziggurat_float_tables.js';

describe('float32 ziggurat tables derived from the double ones', () => {
  for (const name of ['ki_float', 'wi_float', 'fi_float', 'ke_float', 'we_float', 'fe_float'] as const) {
    it(`${name} equals numpy's table entry for entry`, () => {
      const ours = derived[name], theirs = numpyTables[name];
      expect(ours.constructor).toBe(theirs.constructor);
      expect(ours.length).toBe(256);
      const diff = [];
      for (let i = 0; i < 256; i++) if (!Object.is(ours[i], theirs[i])) diff.push([i, ours[i], theirs[i]]);
      expect(diff).toEqual([]);
    });
  }
});
