import { describe, expect, it } from 'vitest';
import { MT19937 } from '../../src/bitgen/mt19937.js';
import { sha256Hex } from '../helpers/golden.js';

// numpy's test_generator_mt19937.py JUMP_TEST_DATA (produced there with the original C code).
const JUMP_TEST_DATA = [
  { seed: 0, steps: 10,
    initial: { key_sha256: 'bb1636883c2707b51c5b7fc26c6927af4430f2e0785a8c7bc886337f919f9edf', pos: 9 },
    jumped: { key_sha256: 'ff682ac12bb140f2d72fba8d3506cf4e46817a0db27aae1683867629031d8d55', pos: 598 } },
  { seed: 384908324, steps: 312,
    initial: { key_sha256: '16b791a1e04886ccbbb4d448d6ff791267dc458ae599475d08d5cced29d11614', pos: 311 },
    jumped: { key_sha256: 'a0110a2cf23b56be0feaed8f787a7fc84bef0cb5623003d75b26bdfa1c18002c', pos: 276 } },
  { seed: [839438204, 980239840, 859048019, 821], steps: 511,
    initial: { key_sha256: 'd306cf01314d51bd37892d874308200951a35265ede54d200f1e065004c3e9ea', pos: 510 },
    jumped: { key_sha256: '0e00ab449f01a5195a83b4aee0dfbc2ce8d46466a640b92e33977d2e42f777f8', pos: 475 } },
];

function keyHash(bg: MT19937): string {
  const key = bg.state.state.key;
  return sha256Hex(new Uint8Array(key.buffer, key.byteOffset, key.byteLength));
}

describe('MT19937.jumped', () => {
  it.each(JUMP_TEST_DATA)("numpy's test_jumped data, seed $seed", (cfg) => {
    const bg = new MT19937(cfg.seed);
    bg.random_raw(cfg.steps);
    expect(bg.state.state.pos).toBe(cfg.initial.pos);
    expect(keyHash(bg)).toBe(cfg.initial.key_sha256);
    const before = bg.state;
    const j = bg.jumped();
    expect(j.state.state.pos).toBe(cfg.jumped.pos);
    expect(keyHash(j)).toBe(cfg.jumped.key_sha256);
    expect(bg.state).toEqual(before);
    expect(j).not.toBe(bg);
  });

  it('jumped(2) is jumped().jumped(); jumped(0) copies', () => {
    const bg = new MT19937(5);
    expect(bg.jumped(2).state).toEqual(bg.jumped().jumped().state);
    expect(bg.jumped(0).state).toEqual(bg.state);
    expect(bg.jumped(1.5).state).toEqual(bg.jumped(1).state);
    expect(bg.jumped(-2).state).toEqual(bg.state);
  });
});
