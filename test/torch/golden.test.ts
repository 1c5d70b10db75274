// Every case exported from torch 1.13.1 by scripts/golden/torch_export.py, for both kernels:
// the values bit for bit (or their sha256 and ends), errors by message, and the sha256 of the
// 5056 state bytes after every call (after a call that throws: the state before it).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as torch from '../../src/torch/index.js';
import { runEncoded, stateSha, type Call, type Encoded } from './golden_cases.js';

interface Case { seed: string; calls: Call[]; results: Encoded[] }
interface Doc { torch: string; kernel: 'avx2' | 'default'; cases: Case[]; state_after_randn3_seed_2_63_1: string }

function load(name: string): Doc {
  return JSON.parse(readFileSync(join(__dirname, '..', 'golden', name), 'utf8')) as Doc;
}

for (const file of ['torch.json', 'torch_default.json']) {
  const doc = load(file);
  describe(`${file} (torch ${doc.torch}, kernel ${doc.kernel})`, () => {
    const groups = new Map<string, Case[]>();
    for (const c of doc.cases) {
      const key = c.calls.map((x) => `${x.op}:${String(x.dtype)}`).join('+');
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key)!.push(c);
    }
    for (const [key, cases] of groups) {
      it(`${key} (${cases.length} cases)`, () => {
        for (const c of cases) {
          torch.manual_seed(BigInt(c.seed));
          c.calls.forEach((call, i) => {
            const want = c.results[i]!;
            const before = stateSha();
            const got = runEncoded(call, doc.kernel);
            const what = `seed ${c.seed} call ${i} ${JSON.stringify(call).slice(0, 200)}`;
            if (want.error === undefined) { expect(got, what).toEqual(want); return; }
            // torch's error and text; the state as before the call, even where torch checks
            // while drawing and fails after some draws (README: every check comes first here)
            expect({ error: got.error, message: got.message }, what).toEqual({ error: want.error, message: want.message });
            expect(got.state_sha256, `${what}: state unchanged by a call that throws`).toBe(before);
          });
        }
      });
    }
  });
}

describe('state bytes', () => {
  it('match torch byte for byte after manual_seed(2**63-1); randn(3)', () => {
    const doc = load('torch.json');
    torch.manual_seed(2n ** 63n - 1n);
    torch.randn(3);
    expect(Buffer.from(torch.get_rng_state()).toString('hex')).toBe(doc.state_after_randn3_seed_2_63_1);
  });
});
