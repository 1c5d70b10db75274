// Live cross-check against PyTorch where Debian's /usr/bin/python3 has torch (python3-torch):
// fresh seeds, sizes and parameters each run, both kernels, and states moved both ways.
// Skips, saying so, when that interpreter or torch is missing.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as torch from '../../src/torch/index.js';
import { paramRng } from '../helpers/live.js';
import { runEncoded, type Call, type Encoded } from './golden_cases.js';

const PY = '/usr/bin/python3';
const probe = spawnSync(PY, ['-c', 'import torch; print(torch.__version__)'], { encoding: 'utf8' });
const have = probe.status === 0;
if (!have) console.log(`torch live cross-check skipped: ${PY} cannot import torch (${(probe.stderr || String(probe.error)).trim().split('\n').pop()})`);

interface Case { seed: string; calls: Call[]; state?: string; then?: Call[] }

function runTorch(cases: Case[], kernel: 'avx2' | 'default'): { results: Encoded[]; state: string; then: Encoded[] }[] {
  const golden = join(__dirname, '..', '..', 'scripts', 'golden');
  const code = `
import sys, json, hashlib
sys.path.insert(0, ${JSON.stringify(golden)})
import torch, torch_export as tx
torch.set_num_threads(1)
out = []
for case in json.load(sys.stdin):
    if case.get('state'):
        torch.set_rng_state(torch.tensor(list(bytes.fromhex(case['state'])), dtype=torch.uint8))
    else:
        torch.manual_seed(int(case['seed']))
    res = []
    for c in case['calls']:
        c = {k: (int(v) if k in ('low', 'high') and isinstance(v, str) else v) for k, v in c.items()}
        try:
            r = tx.encode(torch, tx.run_call(torch, c))
        except RuntimeError as e:
            r = {'error': 'RuntimeError', 'message': str(e).split('\\n')[0]}
        r['state_sha256'] = hashlib.sha256(torch.get_rng_state().numpy().tobytes()).hexdigest()
        res.append(r)
    state = torch.get_rng_state().numpy().tobytes().hex()
    then = [tx.encode(torch, tx.run_call(torch, c)) for c in case.get('then', [])]
    out.append({'results': res, 'state': state, 'then': then})
print(json.dumps(out))
`;
  const env = { ...process.env, ...(kernel === 'default' ? { ATEN_CPU_CAPABILITY: 'default' } : {}) };
  const r = spawnSync(PY, ['-W', 'ignore', '-c', code], { input: JSON.stringify(cases), encoding: 'utf8', env, maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`torch failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as { results: Encoded[]; state: string; then: Encoded[] }[];
}

function randomCases(seed: number): Case[] {
  const r = paramRng(seed);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)]!;
  const floats = ['float32', 'float64', 'float16', 'bfloat16'];
  const cases: Case[] = [];
  for (let i = 0; i < 40; i++) {
    const s = BigInt(Math.floor(r() * 2 ** 32)) * BigInt(Math.floor(r() * 2 ** 32));
    const n = pick([1, 3, 15, 16, 17, 31, 33, 100, 257]);
    const d = pick(floats);
    const calls: Call[] = [];
    for (let k = 0; k < 3; k++) {
      calls.push(pick<Call>([
        { op: 'rand', size: [n], dtype: d },
        { op: 'randn', size: [n], dtype: d },
        { op: 'uniform_', size: [n], dtype: d, a: Math.fround(r() * 10 - 5), b: Math.fround(5 + r() * 10) },
        { op: 'normal_', size: [n], dtype: d, a: Math.fround(r() * 4 - 2), b: Math.fround(r() * 3) },
        { op: 'log_normal_', size: [n], dtype: d, a: Math.fround(r() - 0.5), b: Math.fround(0.1 + r()) },
        { op: 'exponential_', size: [n], dtype: d, a: Math.fround(0.1 + r() * 3) },
        { op: 'cauchy_', size: [n], dtype: d, a: r() * 10 - 5, b: r() * 3 },
        { op: 'geometric_', size: [n], dtype: pick([...floats, 'int32', 'int64']), a: Math.fround(0.01 + r() * 0.98) },
        { op: 'randint', low: -Math.floor(r() * 1000), high: 1 + Math.floor(r() * 2 ** (1 + r() * 40)), size: [n], dtype: pick([null, 'int64', 'float64', 'float32']) },
        { op: 'randperm', n, dtype: pick([null, 'int32', 'float32']) },
        { op: 'random_', size: [n], dtype: pick(['int8', 'uint8', 'int16', 'int32', 'float32', 'float64', 'bfloat16']), args: [] },
        { op: 'bernoulli_', size: [n], dtype: pick(['float32', 'float64', 'int32', 'bool']), a: Math.fround(r()) },
        { op: 'poisson', rates: Array.from({ length: n }, () => Math.fround(r() * pick([1, 9, 40, 500]))), dtype: pick(['float32', 'float64']) },
        { op: 'multinomial', p: Array.from({ length: Math.max(n, 2) }, () => Math.fround(0.01 + r())), dtype: pick(['float32', 'float64']), n: 1 + Math.floor(r() * Math.max(n, 2)), replacement: r() < 0.5 },
        { op: 'multinomial', p: Array.from({ length: Math.max(n, 2) }, (_, j) => (j === 0 || r() < 0.2 ? Math.fround(0.01 + r()) : 0)), dtype: pick(['float32', 'float64']), n: 1 + Math.floor(r() * Math.max(n, 2)), replacement: false },
      ]));
    }
    cases.push({ seed: s.toString(), calls: calls.map((c) => (c.op === 'randint' && (c.high as number) <= (c.low as number) ? { ...c, high: (c.low as number) + 1 } : c)) });
  }
  return cases;
}

/** A call's encoded result without the state hash (as the python side's `then` entries). */
function encodeOnly(call: Call): Encoded {
  const { state_sha256: _s, ...rest } = runEncoded(call, 'avx2');
  void _s;
  return rest;
}

describe.skipIf(!have)(`live torch cross-check (${have ? `torch ${probe.stdout.trim()}` : 'skipped'})`, () => {
  for (const kernel of ['avx2', 'default'] as const) {
    it(`random seeds, calls and parameters match torch (${kernel} kernel), with the state after each call`, () => {
      const seed = Date.now() % 100000 + (kernel === 'avx2' ? 0 : 1);
      const cases = randomCases(seed);
      const theirs = runTorch(cases, kernel);
      cases.forEach((c, i) => {
        torch.manual_seed(BigInt(c.seed));
        c.calls.forEach((call, k) => {
          expect(runEncoded(call, kernel), `parameter seed ${seed}, torch seed ${c.seed} ${JSON.stringify(call).slice(0, 300)}`).toEqual(theirs[i]!.results[k]);
        });
        expect(Buffer.from(torch.get_rng_state()).toString('hex')).toBe(theirs[i]!.state);
      });
    });
  }
  it('states move both ways: torch bytes continue here, our bytes continue in torch', () => {
    const thenCalls: Call[] = [{ op: 'randn', size: [5], dtype: 'float64' }, { op: 'rand', size: [40], dtype: 'float32' }];
    const cases = randomCases(7).slice(0, 10).map((c) => ({ ...c, then: thenCalls }));
    const theirs = runTorch(cases, 'avx2');
    const ours: string[] = [];
    theirs.forEach((t) => {
      // torch's bytes, loaded here, continue torch's stream
      torch.set_rng_state(new Uint8Array(Buffer.from(t.state, 'hex')));
      thenCalls.forEach((call, k) => expect(encodeOnly(call)).toEqual(t.then[k]));
      ours.push(Buffer.from(torch.get_rng_state()).toString('hex'));
    });
    // and our bytes, loaded into torch, give torch's next values
    const probeCall: Call = { op: 'randn', size: [3], dtype: 'float32' };
    const back = runTorch(ours.map((state) => ({ seed: '0', state, calls: [probeCall] })), 'avx2');
    ours.forEach((state, i) => {
      torch.set_rng_state(new Uint8Array(Buffer.from(state, 'hex')));
      expect(runEncoded(probeCall, 'avx2')).toEqual(back[i]!.results[0]);
    });
  });
});
