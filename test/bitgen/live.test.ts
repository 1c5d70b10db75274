// Live cross-check against numpy through python3: random seeds, deltas and jump counts each run.
// Skipped, with the reason printed, where python3 or numpy is unavailable.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { BitGenerator } from '../../src/bitgen/bit_generator.js';
import { MT19937 } from '../../src/bitgen/mt19937.js';
import { PCG64 } from '../../src/bitgen/pcg64.js';
import { PCG64DXSM } from '../../src/bitgen/pcg64dxsm.js';
import { Philox } from '../../src/bitgen/philox.js';
import { SFC64 } from '../../src/bitgen/sfc64.js';

const probe = spawnSync('python3', ['-c', 'import numpy'], { encoding: 'utf8' });
const reason = probe.error ? `python3 unavailable (${probe.error.message})` : probe.status !== 0 ? `numpy unavailable: ${probe.stderr.trim().split('\n').pop()}` : '';
if (reason) console.log(`live numpy cross-check skipped: ${reason}`);

const CLASSES = { PCG64, PCG64DXSM, Philox, SFC64, MT19937 } as const;

const PY = `
import json, sys
import numpy as np
cases = json.loads(sys.stdin.read())
out = []
for c in cases:
    C = getattr(np.random, c['gen'])
    seed = [int(s) for s in c['seed']] if isinstance(c['seed'], list) else int(c['seed'])
    bg = C(seed)
    r = {'raw': [str(v) for v in bg.random_raw(c['n']).tolist()]}
    r['child'] = [str(v) for v in bg.spawn(1)[0].random_raw(5).tolist()]
    if hasattr(bg, 'advance'):
        bg.advance(int(c['delta']))
        r['advanced'] = [str(v) for v in bg.random_raw(5).tolist()]
    if hasattr(bg, 'jumped'):
        r['jumped'] = [str(v) for v in bg.jumped(c['jumps']).random_raw(5).tolist()]
    out.append(r)
print(json.dumps(out))
`;

function randBig(bits: number): bigint {
  let v = 0n;
  for (let i = 0; i < bits; i += 30) v = (v << 30n) | BigInt(Math.floor(Math.random() * 2 ** 30));
  return BigInt.asUintN(bits, v);
}

describe('live numpy cross-check', () => {
  it.skipIf(reason !== '')('random seeds, spawn, advance and jumped for every generator', () => {
    const cases = Object.keys(CLASSES).flatMap((gen) => [0, 1, 2].map((k) => ({
      gen: gen as keyof typeof CLASSES,
      seed: k === 2 ? [randBig(32).toString(), randBig(64).toString()] : randBig(k === 0 ? 32 : 128).toString(),
      n: 1 + Math.floor(Math.random() * 700),
      delta: (randBig(140) - (1n << 139n)).toString(),
      jumps: 1 + Math.floor(Math.random() * 3),
    })));
    const res = spawnSync('python3', ['-c', PY], { input: JSON.stringify(cases), encoding: 'utf8' });
    expect(res.status, res.stderr).toBe(0);
    const want = JSON.parse(res.stdout) as Record<string, string[]>[];
    const str = (a: unknown) => Array.from(a as BigUint64Array, String);
    cases.forEach((c, i) => {
      const label = JSON.stringify(c);
      const seed = Array.isArray(c.seed) ? c.seed.map(BigInt) : BigInt(c.seed);
      const bg: BitGenerator = new CLASSES[c.gen](seed);
      expect(str(bg.random_raw(c.n)), label).toEqual(want[i]!.raw);
      expect(str(bg.spawn(1)[0]!.random_raw(5)), label).toEqual(want[i]!.child);
      if ('advance' in bg) {
        (bg as PCG64).advance(BigInt(c.delta));
        expect(str(bg.random_raw(5)), label).toEqual(want[i]!.advanced);
      }
      if ('jumped' in bg) expect(str((bg as PCG64).jumped(c.jumps).random_raw(5)), label).toEqual(want[i]!.jumped);
    });
  });
});

const PY_FROM_JSON = `
import json, sys
import numpy as np
def from_json(x):
    if isinstance(x, dict): return {k: v if k == 'bit_generator' else from_json(v) for k, v in x.items()}
    if isinstance(x, list): return np.array([int(v) for v in x], dtype=np.uint64)
    return int(x)
out = {}
for name, text in json.loads(sys.stdin.read()).items():
    bg = getattr(np.random, name)()
    bg.state = from_json(json.loads(text))
    c = bg.ctypes
    out[name] = [str(c.next_uint32(c.state))] + [str(v) for v in bg.random_raw(5).tolist()]
print(json.dumps(out))
`;

describe('live JSON hand-over to numpy', () => {
  it.skipIf(reason !== '')('numpy continues the stream of a state exported by JSON.stringify(bg)', () => {
    const gens = Object.entries(CLASSES).map(([name, C]) => {
      const bg: BitGenerator = new C(Math.floor(Math.random() * 2 ** 32));
      bg.random_raw(1 + Math.floor(Math.random() * 300));
      bg.next_uint32();
      return [name, bg] as const;
    });
    const res = spawnSync('python3', ['-c', PY_FROM_JSON], {
      input: JSON.stringify(Object.fromEntries(gens.map(([n, bg]) => [n, JSON.stringify(bg)]))), encoding: 'utf8',
    });
    expect(res.status, res.stderr).toBe(0);
    const want = JSON.parse(res.stdout) as Record<string, string[]>;
    for (const [name, bg] of gens) {
      const got = [String(bg.next_uint32()), ...Array.from(bg.random_raw(5) as BigUint64Array, String)];
      expect(got, name).toEqual(want[name]);
    }
  });
});
